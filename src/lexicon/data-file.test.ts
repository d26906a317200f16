import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataFileError, ErrorCodes } from '../errors.js';
import { parseDataText } from './data-file.js';

const FILE = 'data/actors/test-countries.yaml';

const countries = z.array(
  z.object({ code: z.string().regex(/^[A-Z]{3}$/, 'a three-letter upper-case code'), zh: z.array(z.string().min(1)) }).strict(),
);

function failure(source: string): DataFileError {
  try {
    parseDataText(source, FILE, countries);
  } catch (err) {
    expect(err).toBeInstanceOf(DataFileError);
    return err as DataFileError;
  }
  throw new Error('expected a DataFileError');
}

describe('parseDataText: valid files', () => {
  it('returns the validated data', () => {
    const data = parseDataText('- code: MNG\n  zh: [蒙古国, 蒙古]\n- code: KAZ\n  zh: [哈萨克斯坦]\n', FILE, countries);
    expect(data).toEqual([
      { code: 'MNG', zh: ['蒙古国', '蒙古'] },
      { code: 'KAZ', zh: ['哈萨克斯坦'] },
    ]);
  });

  it('applies schema defaults', () => {
    const schema = z.object({ words: z.array(z.string()).default([]) });
    expect(parseDataText('{}\n', FILE, schema)).toEqual({ words: [] });
  });
});

describe('parseDataText: YAML syntax errors name the file and the line', () => {
  it.each([
    ['a duplicate key', '- code: MNG\n  zh: [蒙古国]\n  code: MNG\n', 3],
    ['a tab used for indentation', '- code: MNG\n\tzh: [蒙古国]\n', 2],
    ['a nested mapping on one line', '# countries\n- code: MNG\n  zh: a: b\n', 3],
    ['a flow sequence left open at the end', '# countries\n- code: KAZ\n  iso2: KZ\n  zh: [哈萨克斯坦\n', 4],
  ])('%s', (_what, source, line) => {
    const err = failure(source);
    expect(err.code).toBe(ErrorCodes.DATA_FILE);
    expect(err.file).toBe(FILE);
    expect(err.line).toBe(line);
    expect(err.message.startsWith(`${FILE}:${line}: `)).toBe(true);
  });
});

describe('parseDataText: schema violations name the line of the entry and quote it', () => {
  it('points at a bad value and quotes it', () => {
    const source = '- code: MNG\n  zh: [蒙古国]\n- code: kaz\n  zh: [哈萨克斯坦]\n';
    const err = failure(source);
    expect(err.line).toBe(3);
    expect(err.message).toContain(`${FILE}:3:`);
    expect(err.message).toContain('a three-letter upper-case code');
    expect(err.message).toContain('"kaz"');
  });

  it('points at the entry with an unknown key and quotes the entry', () => {
    const source = '- code: MNG\n  zh: [蒙古国]\n\n# Central Asia\n- code: KAZ\n  zh: [哈萨克斯坦]\n  capital: 阿斯塔纳\n';
    const err = failure(source);
    expect(err.line).toBe(5);
    expect(err.message).toContain(`${FILE}:5:`);
    expect(err.message).toContain('capital');
    expect(err.message).toContain('"code":"KAZ"');
    expect(err.message).not.toContain('MNG');
  });

  it('points at a missing field’s entry', () => {
    const source = '- code: MNG\n  zh: [蒙古国]\n- code: KAZ\n';
    const err = failure(source);
    expect(err.line).toBe(3);
    expect(err.message).toContain('zh');
    expect(err.message).toContain('KAZ');
  });

  it('points at a wrong type deep in an entry', () => {
    const source = '- code: MNG\n  zh: [蒙古国]\n- code: KAZ\n  zh:\n    - 哈萨克斯坦\n    - 42\n';
    const err = failure(source);
    expect(err.line).toBe(6);
    expect(err.message).toContain('42');
  });

  it('reports line 1 for a document of the wrong shape', () => {
    const err = failure('code: MNG\n');
    expect(err.line).toBe(1);
    expect(err.message).toContain(FILE);
  });
});
