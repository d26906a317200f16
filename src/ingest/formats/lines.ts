import { createReadStream } from 'node:fs';

/**
 * The lines of a file as bytes, streamed: a JSON Lines archive of any size is read in constant memory. Lines are
 * split on LF (a CR before it is kept; JSON treats it as whitespace) and numbered from 1.
 */
export async function* byteLines(path: string): AsyncIterable<{ line: number; bytes: Buffer }> {
  let pending: Buffer[] = [];
  let line = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      pending.push(chunk.subarray(start, nl));
      yield { line: ++line, bytes: Buffer.concat(pending) };
      pending = [];
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length) yield { line: ++line, bytes: Buffer.concat(pending) };
}
