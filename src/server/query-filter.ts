import type { Page } from '../store/queries.js';
import type { EventFilter } from '../store/store.js';

/** The filter parameters as they arrive, already checked against schemas.filterQuery. */
export interface FilterParams {
  from?: string;
  to?: string;
  actor?: string;
  country?: string;
  dyad?: string;
  code?: string;
  quad?: string;
  language?: string;
  modality?: string;
  q?: string;
}

export interface PageParams {
  limit?: string;
  offset?: string;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** Thrown for a parameter that has the right shape but the wrong value; the server answers 400 with it. */
export class BadParameter extends Error {}

export function eventFilter(p: FilterParams): EventFilter {
  const list = (s: string | undefined) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined);
  const filter: EventFilter = {
    from: p.from,
    to: p.to,
    actors: list(p.actor),
    countries: list(p.country),
    dyad: p.dyad ? (p.dyad.split('-') as [string, string]) : undefined,
    codes: list(p.code),
    quads: list(p.quad)?.map(Number),
    languages: p.language ? [p.language] : undefined,
    modalities: list(p.modality),
    text: p.q?.trim() || undefined,
  };
  if (filter.from && filter.to && filter.from > filter.to) throw new BadParameter(`from: ${filter.from} is after to: ${filter.to}`);
  return filter;
}

export function page(p: PageParams): Page {
  const limit = p.limit === undefined ? DEFAULT_PAGE_SIZE : Number(p.limit);
  if (limit < 1 || limit > MAX_PAGE_SIZE) throw new BadParameter(`limit: must be between 1 and ${MAX_PAGE_SIZE}`);
  return { limit, offset: p.offset === undefined ? 0 : Number(p.offset) };
}
