import type { Readout } from '../engine.js';
import type { Store } from '../store/store.js';

/** What the routes share: the store, the coding engine (created when first needed) and the write token. */
export interface ServerContext {
  store: Store;
  engine: () => Readout;
  /** Bearer token that POST /api/documents requires; null: writes are disabled. */
  token: string | null;
}
