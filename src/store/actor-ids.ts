import type { EventActor } from '../model/event.js';
import type { SqlExecutor } from './sql-driver.js';

/** Looked up per statement; well below both databases' limits on parameters. */
const LOOKUP_CHUNK = 300;

/**
 * Ids of the actors table: one row per distinct (code, name, role) — the resolved actor, not the words that
 * named it (those stay on the event). Known ids are cached; ids handed out inside a transaction join the cache
 * only once it commits, so a rolled-back batch leaves no ids behind that do not exist.
 */
export class ActorIds {
  private readonly committed = new Map<string, number>();

  /** Ids for every actor of the batch, inserting the new ones with ids from nextId on. */
  async resolve(tx: SqlExecutor, actors: readonly EventActor[], nextId: number): Promise<{ ids: Map<string, number>; commit: () => void }> {
    const ids = new Map<string, number>();
    const unknown = new Map<string, EventActor>();
    for (const a of actors) {
      const k = actorKey(a);
      const known = this.committed.get(k);
      if (known !== undefined) ids.set(k, known);
      else unknown.set(k, a);
    }
    const missing = [...unknown.values()];
    for (let i = 0; i < missing.length; i += LOOKUP_CHUNK) {
      const chunk = missing.slice(i, i + LOOKUP_CHUNK);
      const rows = await tx.all<{ id: number; code: string; name: string; role: string }>(
        `SELECT id, code, name, role FROM actors WHERE (code, name, role) IN (VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')})`,
        chunk.flatMap((a) => [a.code, a.name, a.role ?? '']),
      );
      for (const r of rows) ids.set(`${r.code}\u0000${r.name}\u0000${r.role}`, Number(r.id));
    }
    const inserts = missing.filter((a) => !ids.has(actorKey(a)));
    for (const a of inserts) ids.set(actorKey(a), nextId++);
    await tx.insert('actors', ['id', 'code', 'country', 'org', 'name', 'role'], inserts.map((a) => [ids.get(actorKey(a))!, a.code, a.country, a.org ?? null, a.name, a.role ?? '']));
    return { ids, commit: () => ids.forEach((id, k) => this.committed.set(k, id)) };
  }
}

export function actorKey(a: EventActor): string {
  return `${a.code}\u0000${a.name}\u0000${a.role ?? ''}`;
}
