/**
 * Ingest progress on stderr. On a terminal: one bar, redrawn at most ten times a second, with documents, rate and
 * ETA. Otherwise (a log, CI): a plain line every few seconds. Progress is measured in input bytes, the one total
 * known before reading (a JSON Lines file's document count is not); the rate is in documents.
 */
export interface ProgressOutput {
  write(s: string): unknown;
  isTTY?: boolean;
}

const TTY_INTERVAL_MS = 100;
const LOG_INTERVAL_MS = 5000;
const BAR_WIDTH = 24;

export class Progress {
  private doneBytes = 0;
  private documents = 0;
  private lastDrawn = 0;
  private drawn = false;
  private readonly started: number;

  constructor(
    private readonly out: ProgressOutput,
    private readonly totalBytes: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.lastDrawn = this.started;
  }

  /** Counts read bytes and handled documents (stored or already there). */
  advance(bytes: number, documents: number): void {
    this.doneBytes += bytes;
    this.documents += documents;
    const t = this.now();
    if (t - this.lastDrawn < (this.out.isTTY ? TTY_INTERVAL_MS : LOG_INTERVAL_MS)) return;
    this.lastDrawn = t;
    this.draw();
  }

  /** Prints a line (a rejection) without tearing the bar. */
  line(text: string): void {
    this.clear();
    this.out.write(`${text}\n`);
    if (this.drawn) this.draw();
  }

  finish(): void {
    this.clear();
  }

  /** The status as text: percent, documents, rate and ETA. */
  private status(): string {
    const seconds = (this.now() - this.started) / 1000;
    const fraction = this.totalBytes > 0 ? Math.min(1, this.doneBytes / this.totalBytes) : 1;
    const rate = seconds > 0 ? this.documents / seconds : 0;
    const eta = fraction > 0 && fraction < 1 ? (seconds * (1 - fraction)) / fraction : 0;
    return `${Math.floor(fraction * 100)}% ${this.documents} documents, ${rate.toFixed(1)} documents/s, ETA ${duration(eta)}`;
  }

  private draw(): void {
    if (this.out.isTTY) {
      const fraction = this.totalBytes > 0 ? Math.min(1, this.doneBytes / this.totalBytes) : 1;
      const filled = Math.round(fraction * BAR_WIDTH);
      this.out.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${this.status()}`);
      this.drawn = true;
    } else {
      this.out.write(`ingest: ${this.status()}\n`);
    }
  }

  private clear(): void {
    if (this.out.isTTY && this.drawn) this.out.write('\r\x1b[K');
  }
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
