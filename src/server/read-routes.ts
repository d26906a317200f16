import type { FastifyInstance } from 'fastify';
import type { ServerContext } from './context.js';
import { apiEvent } from './api-event.js';
import { type FilterParams, type PageParams, eventFilter, page } from './query-filter.js';
import { errorReply, event, filterQuery, pageQuery } from './schemas.js';

const filterSchema = { type: 'object', additionalProperties: false, properties: filterQuery } as const;
const month = { type: 'string', description: 'YYYY-MM' } as const;

/** GET /api/events, /api/dyads, /api/stats, /api/actors, /api/countries. */
export function readRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: FilterParams & PageParams }>(
    '/api/events',
    {
      schema: {
        summary: 'Events matching the filters, newest first (undated last), one page at a time',
        querystring: { type: 'object', additionalProperties: false, properties: { ...filterQuery, ...pageQuery } },
        response: {
          200: { type: 'object', properties: { events: { type: 'array', items: event }, total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' } } },
          400: errorReply,
        },
      },
    },
    async (request) => {
      const filter = eventFilter(request.query);
      const at = page(request.query);
      const result = await ctx.store.queries.eventPage(filter, at);
      const cameo = ctx.engine().cameo;
      return { events: result.events.map((e) => apiEvent(e, cameo, e)), total: result.total, limit: at.limit, offset: at.offset };
    },
  );

  app.get<{ Querystring: FilterParams }>(
    '/api/dyads',
    {
      schema: {
        summary: 'Events and mean Goldstein score per month and directed pair of parties (country, else organisation)',
        querystring: filterSchema,
        response: {
          200: {
            type: 'object',
            properties: {
              dyads: {
                type: 'array',
                items: { type: 'object', properties: { source: { type: 'string' }, target: { type: 'string' }, month, events: { type: 'integer' }, goldstein: { type: 'number' } } },
              },
            },
          },
          400: errorReply,
        },
      },
    },
    async (request) => ({ dyads: await ctx.store.queries.dyadMonths(eventFilter(request.query)) }),
  );

  app.get<{ Querystring: FilterParams }>(
    '/api/stats',
    {
      schema: {
        summary: 'Totals of the store, and of the events matching the filters: by month and quad class, top event codes, languages',
        querystring: filterSchema,
        response: { 200: statsReply, 400: errorReply },
      },
    },
    async (request) => {
      const [totals, summary] = await Promise.all([ctx.store.stats(), ctx.store.queries.summary(eventFilter(request.query))]);
      const cameo = ctx.engine().cameo;
      return {
        ...totals,
        events: summary.events,
        languages: summary.languages,
        by_month: summary.byMonth.map((m) => ({ month: m.month, quad_class: m.quadClass, events: m.events })),
        top_codes: summary.topCodes.map((c) => ({ ...c, name: cameo.get(c.code)?.name ?? c.code })),
        first_date: summary.firstDate,
        last_date: summary.lastDate,
      };
    },
  );

  app.get<{ Querystring: { q?: string; country?: string; limit?: string } }>(
    '/api/actors',
    {
      schema: {
        summary: 'Actors by how many events name them (either side)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { q: { type: 'string', minLength: 1, maxLength: 200 }, country: { type: 'string', pattern: '^[A-Za-z]{3}$' }, limit: pageQuery.limit },
        },
        response: {
          200: {
            type: 'object',
            properties: {
              actors: {
                type: 'array',
                items: { type: 'object', properties: { code: { type: 'string' }, country: { type: ['string', 'null'] }, name: { type: 'string' }, role: { type: 'string' }, events: { type: 'integer' } } },
              },
            },
          },
          400: errorReply,
        },
      },
    },
    async (request) => ({ actors: await ctx.store.queries.actorCounts({ text: request.query.q, country: request.query.country, limit: page(request.query).limit }) }),
  );

  app.get(
    '/api/countries',
    {
      schema: {
        summary: "Readout's countries and international organisations, with English and Chinese names (for labels)",
        response: {
          200: {
            type: 'object',
            properties: {
              countries: {
                type: 'array',
                items: { type: 'object', properties: { code: { type: 'string' }, kind: { type: 'string', enum: ['country', 'organisation'] }, en: { type: 'string' }, zh: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
    async () => {
      const tables = ctx.engine().tables;
      return {
        countries: [
          ...tables.countries.map((c) => ({ code: c.code, kind: 'country', en: c.en[0]!, zh: c.zh[0]! })),
          ...tables.organisations.filter((o) => !o.country).map((o) => ({ code: o.code, kind: 'organisation', en: o.en[0]!, zh: o.zh[0]! })),
        ],
      };
    },
  );
}

const statsReply = {
  type: 'object',
  properties: {
    documents: { type: 'integer' },
    sentences: { type: 'integer' },
    events: { type: 'integer', description: 'Events matching the filters.' },
    stories: { type: 'integer' },
    actors: { type: 'integer' },
    languages: { type: 'object', additionalProperties: { type: 'integer' } },
    by_month: { type: 'array', items: { type: 'object', properties: { month, quad_class: { type: 'integer' }, events: { type: 'integer' } } } },
    top_codes: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, events: { type: 'integer' }, goldstein: { type: 'number' } } } },
    first_date: { type: ['string', 'null'] },
    last_date: { type: ['string', 'null'] },
  },
} as const;
