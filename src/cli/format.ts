import type { CodedEvent } from '../model/event.js';

/** Output formats of `readout code`: JSON Lines (the stable format), CSV, and an aligned table for people. */

export function toJsonl(events: CodedEvent[]): string {
  return events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : '');
}

const CSV_COLUMNS = ['doc', 'sentence_index', 'date', 'date_precision', 'source_code', 'source_name', 'code', 'root', 'quad_class', 'goldstein', 'plover', 'target_code', 'target_name', 'modality', 'trigger', 'rule', 'location', 'sentence'] as const;

export function toCsv(events: CodedEvent[]): string {
  const rows = events.map((e) => [
    e.doc, e.sentence_index, e.date ?? '', e.date_precision ?? '', e.source.code, e.source.name, e.code, e.root, e.quad_class,
    e.goldstein, e.plover, e.target.code, e.target.name, e.modality, e.trigger, e.rule, e.location?.name ?? '', e.sentence,
  ]);
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Display width: CJK and full-width characters take two columns in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

function fit(s: string, width: number): string {
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width) {
      out = out.slice(0, -1) + '…';
      w = width;
      break;
    }
    out += ch;
    w += cw;
  }
  return out + ' '.repeat(Math.max(0, width - displayWidth(out)));
}

export function toTable(events: CodedEvent[], options: { explain: boolean; codeName: (code: string) => string }): string {
  const { explain, codeName } = options;
  const head = ['date', 'source', 'code', 'event', 'target', 'modality', 'evidence'];
  const widths = [10, 22, 4, 28, 22, 9, 36];
  const lines = [head.map((h, i) => fit(h, widths[i]!)).join('  '), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const e of events) {
    const actor = (a: CodedEvent['source']) => `${a.code} ${a.name}`;
    const cells = [e.date ?? '?', actor(e.source), e.code, codeName(e.code), actor(e.target), e.modality, `#${e.sentence_index} ${e.trigger}`];
    lines.push(cells.map((c, i) => fit(String(c), widths[i]!)).join('  ').trimEnd());
    if (explain) {
      lines.push(`    sentence: ${e.sentence}`);
      lines.push(`    rule:     ${e.rule}  trigger «${e.trigger}»  date ${e.date ?? 'unknown'} (${e.date_precision ?? '-'}${e.date_text ? `, from «${e.date_text}»` : ', publication date'})`);
      lines.push(`    source:   ${e.source.text} — ${e.source.resolution}`);
      lines.push(`    target:   ${e.target.text} — ${e.target.resolution}`);
      lines.push(`    roles:    ${e.explanation}`);
    }
  }
  lines.push(`${events.length} event${events.length === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}
