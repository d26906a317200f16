import type { Cell, Column, Exported } from './columns.js';

/**
 * CSV (RFC 4180 quoting, header row) and TSV as GDELT and ICEWS write it: tabs and line breaks inside a value are
 * turned into spaces, since those files have no quoting.
 */
export function delimitedWriter(columns: readonly Column[], style: 'csv' | 'tsv', header: boolean): { header: string; row: (x: Exported) => string } {
  const cell = style === 'csv' ? csvCell : tsvCell;
  const sep = style === 'csv' ? ',' : '\t';
  return {
    header: header ? `${columns.map((c) => cell(c.name)).join(sep)}\n` : '',
    row: (x) => `${columns.map((c) => cell(c.value(x))).join(sep)}\n`,
  };
}

function csvCell(v: Cell): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function tsvCell(v: Cell): string {
  return v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' ');
}
