import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../data-dir.js';
import { loadActorTables, officeOn } from './actor-tables.js';

const tables = loadActorTables(dataDir());

describe('the people tables', () => {
  it('list each person once, under one full name no other person has', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of tables.people) {
      const key = p.en.toLowerCase();
      if (seen.has(key)) clashes.push(`${p.en}: listed twice`);
      seen.set(key, p.en);
    }
    for (const p of tables.people) for (const alias of p.en_aliases ?? []) if (seen.has(alias.toLowerCase()) && seen.get(alias.toLowerCase()) !== p.en) clashes.push(`${p.en}: alias ${alias} is ${seen.get(alias.toLowerCase())}`);
    expect(clashes).toEqual([]);
  });

  it('list the offices of the 1990s and before of people whose later offices put them in a later file', () => {
    const office = (name: string, date: string) => officeOn(tables.people.find((p) => p.en === name)!, date)?.role;
    expect(office('Benjamin Netanyahu', '1997-10-10')).toBe('Head of Government');
    expect(office('Nawaz Sharif', '1998-06-01')).toBe('Head of Government');
    expect(office('Shimon Peres', '1993-09-13')).toBe('Minister of Foreign Affairs');
  });

  it('code a national politician of the 2010s by the international office they hold later', () => {
    const aboulGheit = tables.people.find((p) => p.en === 'Ahmed Aboul Gheit')!;
    expect(officeOn(aboulGheit, '2024-01-15')?.serves).toBe('ARL');
    expect(officeOn(aboulGheit, '2010-01-15')?.code).toBe('GOV');
  });

  it("give a leader of the EU or NATO their own state's earlier office", () => {
    const stoltenberg = tables.people.find((p) => p.en === 'Jens Stoltenberg')!;
    expect([officeOn(stoltenberg, '2012-01-01')?.code, stoltenberg.country]).toEqual(['GOV', 'NOR']);
    expect(officeOn(stoltenberg, '2018-01-01')?.serves).toBe('NAT');
  });

  it("list the earlier terms of people in office since 2020 (Putin as prime minister in 2010)", () => {
    const putin = tables.people.find((p) => p.en === 'Vladimir Putin')!;
    expect(officeOn(putin, '2010-06-01')?.role).toBe('Head of Government');
    expect(officeOn(putin, '2024-06-01')?.role).toBe('Head of State');
  });

  it('cover the 2000s and 2010s as well as the years since 2020', () => {
    const heldOn = (date: string) => tables.people.filter((p) => p.offices.some((o) => o.code === 'GOV' && o.from <= date && (!o.to || o.to >= date)));
    // Every member of the UN Security Council of 2015 had a head of government or state in office that day.
    for (const day of ['2005-06-01', '2015-06-01', '2023-06-01']) {
      const states = new Set(heldOn(day).map((p) => p.country));
      expect([...['CHN', 'FRA', 'GBR', 'RUS', 'USA', 'NGA', 'JOR', 'CHL', 'MYS', 'NZL'].filter((c) => !states.has(c))], day).toEqual([]);
    }
  });

  it('mark the women, whom a later "she" refers to, in each decade', () => {
    const pronounOf = (name: string) => tables.people.find((p) => p.en === name)?.pronoun;
    expect(['Condoleezza Rice', 'Theresa May', 'Kaja Kallas', 'Sheikh Hasina', 'Dilma Rousseff'].map(pronounOf)).toEqual(['she', 'she', 'she', 'she', 'she']);
    expect(['George W. Bush', 'Barack Obama', 'Xi Jinping'].map(pronounOf)).toEqual([undefined, undefined, undefined]);
  });
});

describe('the tables together', () => {
  it("refuse a person of a state no table has, naming the file and the line", () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-actors-'));
    try {
      cpSync(join(dataDir(), 'actors'), join(dir, 'actors'), { recursive: true });
      const people = join(dir, 'actors', 'people-2000s.yaml');
      const text = readFileSync(people, 'utf8');
      const line = text.slice(0, text.indexOf('  country: TMP')).split('\n').length;
      writeFileSync(people, text.replace('  country: TMP', '  country: TLS'));
      expect(() => loadActorTables(dir)).toThrow(new RegExp(`people-2000s\\.yaml:${line}: a code of countries\\.yaml or organisations\\.yaml`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the companies table', () => {
  it('names each company once, with names no state, place, organisation or person has', () => {
    const taken = new Map<string, string>();
    for (const c of tables.countries) for (const n of [...c.en, ...(c.demonym?.en ?? []), c.capital.en, ...(c.capital.en_aliases ?? [])]) taken.set(n.toLowerCase(), `country ${c.code}`);
    for (const p of tables.places) for (const n of p.en) taken.set(n.toLowerCase(), `place in ${p.country}`);
    for (const o of tables.organisations) for (const n of o.en) taken.set(n.toLowerCase(), `organisation ${o.code}`);
    for (const p of tables.people) for (const n of [p.en, ...(p.en_aliases ?? [])]) taken.set(n.toLowerCase(), `person ${p.en}`);
    const clashes: string[] = [];
    const seen = new Set<string>();
    for (const company of tables.companies) {
      for (const name of [...company.en, ...company.zh]) {
        const key = name.toLowerCase();
        if (seen.has(key)) clashes.push(`${name}: listed twice`);
        if (taken.has(key)) clashes.push(`${name}: also ${taken.get(key)}`);
        seen.add(key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives every company a state the country table knows', () => {
    const codes = new Set(tables.countries.map((c) => c.code));
    expect(tables.companies.filter((c) => !codes.has(c.country)).map((c) => `${c.en[0]} ${c.country}`)).toEqual([]);
  });
});
