import { join } from 'node:path';
import { z } from 'zod';
import { loadDataFile } from '../lexicon/data-file.js';

const codeSchema = z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits, as a quoted string');

const tableSchema = z.object({
  codes: z.array(
    z.object({
      code: codeSchema,
      name: z.string().min(1),
      goldstein: z.number().min(-10).max(10),
      goldstein_inherited: z.boolean().optional(),
      plover: z.string().min(1),
      plover_inherited: z.boolean().optional(),
      plover_mode: z.string().optional(),
    }).strict(),
  ),
});

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  plover: string;
  root: string;
}

/**
 * Quad classes. Default is GDELT's scheme: verbal cooperation 01–05, material cooperation 06–09, verbal
 * conflict 10–14, material conflict 15–20. The convention many ICEWS users follow instead counts 09
 * (investigate) as verbal conflict and 14 (protest) as material conflict: 06–08, 09–13, 14–20.
 */
export type QuadScheme = 'gdelt' | 'icews';

export function quadClass(code: string, scheme: QuadScheme = 'gdelt'): number {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 1;
  if (scheme === 'gdelt') return root <= 9 ? 2 : root <= 14 ? 3 : 4;
  return root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

/**
 * The roots where kinds of act begin. CAMEO orders its roots from cooperation to violence, so "from threats on"
 * (13–20) or "material conflict" (14–20, the ICEWS convention) is a root and everything after it.
 */
export const ROOTS_FROM = { investigation: 9, demand: 10, disapproval: 11, threat: 13, materialConflict: 14, force: 18 } as const;

/** Whether a code's root is the given kind's or one after it: `rootFrom('1123', 'demand')` is true. */
export function rootFrom(code: string, kind: keyof typeof ROOTS_FROM): boolean {
  return Number(code.slice(0, 2)) >= ROOTS_FROM[kind];
}

/** Whether a code's root is the first of the given kind's: `rootIs('138', 'threat')` is true, `rootIs('141', 'threat')` not. */
export function rootIs(code: string, kind: keyof typeof ROOTS_FROM): boolean {
  return Number(code.slice(0, 2)) === ROOTS_FROM[kind];
}

export class CameoTable {
  private readonly byCode: Map<string, CameoCode>;

  constructor(entries: readonly CameoCode[]) {
    this.byCode = new Map(entries.map((e) => [e.code, e]));
  }

  static load(dataDir: string): CameoTable {
    const table = loadDataFile(join(dataDir, 'cameo', 'codes.yaml'), tableSchema);
    return new CameoTable(table.codes.map((c) => ({ ...c, root: c.code.slice(0, 2) })));
  }

  get(code: string): CameoCode | undefined {
    return this.byCode.get(code);
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  get size(): number {
    return this.byCode.size;
  }

  all(): IterableIterator<CameoCode> {
    return this.byCode.values();
  }
}
