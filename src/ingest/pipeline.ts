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
  /** A batch is committed when it holds this many documents… */
  batchDocuments?: number;
  /** …or has been open this long: a kill loses at most this much work, which the next run redoes. */
  batchMs?: number;
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
 * readout ingest: walks the inputs in a fixed order, reads each file's documents, skips content already stored
 * (by hash, before coding), codes the rest and commits them in small batches. Every committed batch is whole
 * (one transaction), ids follow the input order, and the stories depend only on the set of events: so a run
 * killed at any moment and started again ends exactly as a run that was never stopped.
 */
export async function ingest(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const { store, progress } = options;
  const batchDocuments = options.batchDocuments ?? 50;
  const batchMs = options.batchMs ?? 1000;
  const summary: IngestSummary = { documents: 0, sentences: 0, events: 0, alreadyStored: 0, rejected: [], ignored: 0 };
  const reject = (err: InputError) => {
    summary.rejected.push({ input: err.input, reason: err.reason, code: err.code });
    options.onRejected?.(err);
  };
  let engine: Readout | null = null;
  let batch: NewDocument[] = [];
  const inBatch = new Set<string>();
  let batchOpened = Date.now();
  const flush = async () => {
    const added = await store.addDocuments(batch);
    summary.documents += added.documents;
    summary.sentences += added.sentences;
    summary.events += added.events;
    summary.alreadyStored += batch.length - added.documents;
    batch = [];
    inBatch.clear();
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
      if ('rejected' in item) {
        reject(item.rejected);
        progress?.advance(item.bytes ?? 0, 0);
        continue;
      }
      const hash = contentHash(item.document.text);
      if (inBatch.has(hash) || (await store.hasDocument(hash))) {
        summary.alreadyStored++;
      } else {
        engine ??= options.engine();
        const coded = tryCoding(engine, item.document, hash);
        if (coded instanceof InputError) reject(coded);
        else {
          if (!batch.length) batchOpened = Date.now();
          batch.push(coded);
          inBatch.add(hash);
        }
      }
      progress?.advance(item.bytes ?? 0, 1);
      if (batch.length >= batchDocuments || (batch.length && Date.now() - batchOpened >= batchMs)) await flush();
    }
    progress?.advance(Math.max(0, entry.size - counted), 0);
  }
  if (batch.length) await flush();
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
