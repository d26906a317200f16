import type { Readout } from '../engine.js';
import { ErrorCodes, InputError } from '../errors.js';
import type { NewDocument, Store } from '../store/store.js';
import { codeDocument, contentHash } from './code-document.js';
import { readSource } from './formats/index.js';
import type { Progress } from './progress.js';
import type { SourceDocument } from './source.js';
import { walk } from './walk.js';

export interface IngestOptions {
  store: Store;
  /** Called the first time a document needs coding: a re-ingest of stored content never loads the engine. */
  engine: () => Readout;
  progress?: Progress;
  /** Called for each rejected input as it happens (the command prints it). */
  onRejected?: (err: InputError) => void;
  /** Documents per batch: looked up, coded and committed together. A kill loses at most one batch, which the next run redoes. */
  batchDocuments?: number;
}

export interface IngestSummary {
  /** Documents, sentences and events added by this run. */
  documents: number;
  sentences: number;
  events: number;
  /** Documents whose content was already stored (a no-op). */
  alreadyStored: number;
  rejected: { input: string; reason: string; code: string }[];
  /** Files in the folders that are not of a type ingest reads. */
  ignored: number;
}

/**
 * readout ingest: walks the inputs in a fixed order and reads each file's documents; every batch of documents is
 * checked against the store by content hash (one query), the new ones are coded and committed in one
 * transaction. Every committed batch is whole, ids follow the input order, and the stories depend only on the set
 * of events: so a run killed at any moment and started again ends exactly as a run that was never stopped.
 */
export async function ingest(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const { store, progress } = options;
  const batchDocuments = options.batchDocuments ?? 50;
  const summary: IngestSummary = { documents: 0, sentences: 0, events: 0, alreadyStored: 0, rejected: [], ignored: 0 };
  const reject = (err: InputError) => {
    summary.rejected.push({ input: err.input, reason: err.reason, code: err.code });
    options.onRejected?.(err);
  };
  let engine: Readout | null = null;
  let pending: SourceDocument[] = [];
  // The previous batch's commit: the next batch is coded while the database writes (PostgreSQL works in its own
  // process). Commits still run one after the other, in input order.
  let committing: Promise<void> = Promise.resolve();

  const commitPending = async () => {
    const documents = pending;
    pending = [];
    const hashes = documents.map((doc) => contentHash(doc.text));
    const stored = await store.storedHashes(hashes);
    const batch: NewDocument[] = [];
    for (const [i, doc] of documents.entries()) {
      const hash = hashes[i]!;
      if (stored.has(hash)) {
        summary.alreadyStored++;
        continue;
      }
      engine ??= options.engine();
      const coded = tryCoding(engine, doc, hash);
      if (coded instanceof InputError) reject(coded);
      else {
        batch.push(coded);
        stored.add(hash); // the same content twice in one batch is stored once
      }
    }
    await committing;
    committing = store.addDocuments(batch).then((added) => {
      summary.documents += added.documents;
      summary.sentences += added.sentences;
      summary.events += added.events;
      // Documents the transaction found stored: committed by the batch before, or by another process.
      summary.alreadyStored += batch.length - added.documents;
      progress?.advance(0, documents.length);
    });
    // Handled when awaited, before the next commit or at the end; not an unhandled rejection meanwhile.
    committing.catch(() => {});
  };

  for await (const entry of walk(paths)) {
    if ('ignored' in entry) {
      summary.ignored++;
      continue;
    }
    if ('rejected' in entry) {
      reject(entry.rejected);
      continue;
    }
    let counted = 0;
    for await (const item of readSource(entry.file)) {
      counted += item.bytes ?? 0;
      progress?.advance(item.bytes ?? 0, 0);
      if ('rejected' in item) reject(item.rejected);
      else pending.push(item.document);
      if (pending.length >= batchDocuments) await commitPending();
    }
    progress?.advance(Math.max(0, entry.size - counted), 0);
  }
  if (pending.length) await commitPending();
  await committing;
  progress?.finish();
  return summary;
}

/** A document the coder cannot take (no text it knows, a language it does not code, a fault) is rejected by name. */
function tryCoding(engine: Readout, doc: SourceDocument, hash: string): NewDocument | InputError {
  try {
    return codeDocument(engine, doc, hash);
  } catch (err) {
    if (err instanceof InputError) return err;
    return new InputError(ErrorCodes.INPUT_PARSE, doc.source, `coding failed (${(err as Error).message})`);
  }
}
