import { describe, expect, it } from 'vitest';
import { Progress } from './progress.js';

function output(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, out: { isTTY, write: (s: string) => writes.push(s) } };
}

describe('Progress', () => {
  it('redraws one bar on a terminal, with rate and ETA, and keeps it below printed lines', () => {
    let now = 0;
    const { writes, out } = output(true);
    const progress = new Progress(out, 1000, () => now);
    now = 2000;
    progress.advance(250, 50);
    expect(writes.at(-1)).toBe('\r\x1b[K[######..................] 25% 50 documents, 25.0 documents/s, ETA 6s');
    progress.line('readout: bad.txt: empty file');
    expect(writes.slice(-3)).toEqual(['\r\x1b[K', 'readout: bad.txt: empty file\n', '\r\x1b[K[######..................] 25% 50 documents, 25.0 documents/s, ETA 6s']);
    progress.finish();
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it('prints a plain line every few seconds elsewhere', () => {
    let now = 0;
    const { writes, out } = output(false);
    const progress = new Progress(out, 1000, () => now);
    now = 1000;
    progress.advance(100, 10);
    expect(writes).toEqual([]);
    now = 6000;
    progress.advance(400, 110);
    expect(writes).toEqual(['ingest: 50% 120 documents, 20.0 documents/s, ETA 6s\n']);
    progress.line('readout: bad.txt: empty file');
    progress.finish();
    expect(writes.slice(1)).toEqual(['readout: bad.txt: empty file\n']);
  });
});
