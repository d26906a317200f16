import { ErrorCodes, ReadoutError } from '../errors.js';
import type { SqlDriver } from './sql-driver.js';

/**
 * The store's schema, as numbered migrations applied in order and recorded in schema_migrations. A migration is
 * never edited once released: a change is a new entry. The SQL is the subset SQLite and PostgreSQL share (BIGINT
 * and DOUBLE PRECISION are accepted by both). Ids are handed out by the store, not by sequences, so that a run
 * that was killed and resumed gives the same ids as one that was not (a PostgreSQL sequence is not rolled back).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, sentences, actors, events, stories',
    sql: `
CREATE TABLE documents (
  id BIGINT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  url TEXT,
  external_id TEXT,
  title TEXT,
  published TEXT,
  language TEXT NOT NULL,
  encoding TEXT NOT NULL,
  script TEXT,
  lead_sentence INTEGER,
  text TEXT NOT NULL
);
CREATE TABLE sentences (
  document_id BIGINT NOT NULL REFERENCES documents (id),
  sentence_index INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  section TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (document_id, sentence_index)
);
CREATE TABLE actors (
  id BIGINT PRIMARY KEY,
  code TEXT NOT NULL,
  country TEXT,
  org TEXT,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  UNIQUE (code, name, role)
);
CREATE TABLE events (
  id BIGINT PRIMARY KEY,
  document_id BIGINT NOT NULL REFERENCES documents (id),
  sentence_index INTEGER NOT NULL,
  doc TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  trigger_word TEXT NOT NULL,
  source_actor BIGINT NOT NULL REFERENCES actors (id),
  source_code TEXT NOT NULL,
  source_text TEXT NOT NULL,
  source_resolution TEXT NOT NULL,
  target_actor BIGINT NOT NULL REFERENCES actors (id),
  target_code TEXT NOT NULL,
  target_text TEXT NOT NULL,
  target_resolution TEXT NOT NULL,
  code TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein DOUBLE PRECISION NOT NULL,
  plover TEXT NOT NULL,
  event_date TEXT,
  date_precision TEXT,
  date_text TEXT,
  first_day INTEGER,
  last_day INTEGER,
  location_name TEXT,
  location_country TEXT,
  modality TEXT NOT NULL,
  rule TEXT NOT NULL,
  section TEXT NOT NULL,
  explanation TEXT NOT NULL,
  story TEXT NOT NULL
);
CREATE INDEX events_document ON events (document_id);
CREATE INDEX events_story ON events (story);
CREATE INDEX events_days ON events (first_day, last_day);
CREATE TABLE stories (
  story TEXT PRIMARY KEY,
  source_code TEXT NOT NULL,
  target_code TEXT NOT NULL,
  root TEXT NOT NULL,
  lane TEXT NOT NULL,
  first_day INTEGER,
  last_day INTEGER,
  first_event BIGINT NOT NULL,
  mentions INTEGER NOT NULL,
  documents INTEGER NOT NULL
);
CREATE INDEX stories_dyad ON stories (source_code, target_code, root, lane, first_day);
`,
  },
  {
    version: 2,
    name: 'indexes for the API: events by actor and by code',
    sql: `
CREATE INDEX events_source_actor ON events (source_actor);
CREATE INDEX events_target_actor ON events (target_actor);
CREATE INDEX events_code ON events (code);
`,
  },
  {
    version: 3,
    // events_parties also covers the dyad-by-month aggregate, which then reads the index alone.
    name: 'parties of each event (country, else organisation) for dyad and country queries; newest-first order',
    sql: `
ALTER TABLE events ADD COLUMN source_party TEXT;
ALTER TABLE events ADD COLUMN target_party TEXT;
UPDATE events SET
  source_party = (SELECT COALESCE(a.country, a.org, SUBSTR(a.code, 1, 3)) FROM actors a WHERE a.id = events.source_actor),
  target_party = (SELECT COALESCE(a.country, a.org, SUBSTR(a.code, 1, 3)) FROM actors a WHERE a.id = events.target_actor);
CREATE INDEX events_parties ON events (source_party, target_party, event_date, date_precision, goldstein);
CREATE INDEX events_target_party ON events (target_party);
CREATE INDEX events_newest ON events (first_day, id);
`,
  },
];

/** The newest schema version this build knows; a store written by a newer Readout is refused. */
const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export async function migrate(driver: SqlDriver, where: string): Promise<void> {
  await driver.script('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  const [newest] = await driver.all<{ version: number | null }>('SELECT MAX(version) AS version FROM schema_migrations');
  if ((newest?.version ?? 0) > SCHEMA_VERSION)
    throw new ReadoutError(ErrorCodes.STORE, `${where}: written by a newer Readout (schema ${newest!.version}; this one knows up to ${SCHEMA_VERSION})`);
  for (const migration of MIGRATIONS) {
    await driver.writeTransaction(async (tx) => {
      // Checked inside the write lock: two processes opening a new store at once apply each migration once.
      const done = await tx.all('SELECT version FROM schema_migrations WHERE version = ?', [migration.version]);
      if (done.length) return;
      for (const statement of migration.sql.split(';').map((s) => s.trim()).filter(Boolean)) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name) VALUES (?, ?)', [migration.version, migration.name]);
    });
  }
}
