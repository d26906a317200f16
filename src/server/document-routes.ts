import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { codeDocument, contentHash } from '../ingest/code-document.js';
import { withTitle } from '../ingest/source.js';
import { isRealDate } from '../text/body.js';
import type { ServerContext } from './context.js';
import { apiEvent, highlights } from './api-event.js';
import { BadParameter, type PageParams, page } from './query-filter.js';
import { errorReply, highlightedEvent, newDocument, pageQuery } from './schemas.js';

/** Largest request body POST /api/documents accepts: far above any news article, far below what would hurt. */
export const DOCUMENT_BODY_LIMIT = 1024 * 1024;

interface NewDocumentBody {
  text: string;
  published?: string;
  title?: string;
  url?: string;
  language?: 'zh' | 'en' | 'auto';
}

/** GET /api/documents, GET /api/documents/:id, POST /api/documents. */
export function documentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: PageParams }>(
    '/api/documents',
    {
      schema: {
        summary: 'Stored documents, newest first',
        querystring: { type: 'object', additionalProperties: false, properties: pageQuery },
        response: {
          200: {
            type: 'object',
            properties: {
              documents: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { id: { type: 'integer' }, title: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, language: { type: 'string' }, events: { type: 'integer' } },
                },
              },
              total: { type: 'integer' },
            },
          },
          400: errorReply,
        },
      },
    },
    async (request) => ctx.store.queries.documentPage(page(request.query)),
  );

  app.get<{ Params: { id: string } }>(
    '/api/documents/:id',
    {
      schema: {
        summary: 'A document: its text, its sentences, and its events with where their evidence is',
        params: { type: 'object', properties: { id: { type: 'string', pattern: '^\\d{1,15}$' } } },
        response: {
          200: {
            type: 'object',
            properties: {
              id: { type: 'integer' },
              title: { type: ['string', 'null'] },
              url: { type: ['string', 'null'] },
              published: { type: ['string', 'null'] },
              language: { type: 'string' },
              source: { type: 'string' },
              text: { type: 'string' },
              sentences: {
                type: 'array',
                items: { type: 'object', properties: { index: { type: 'integer' }, start: { type: 'integer' }, end: { type: 'integer' }, section: { type: 'string' }, text: { type: 'string' } } },
              },
              events: { type: 'array', items: highlightedEvent },
            },
          },
          400: errorReply,
          404: errorReply,
        },
      },
    },
    async (request, reply) => {
      const doc = await ctx.store.queries.document(Number(request.params.id));
      if (!doc) return reply.code(404).send({ error: `no document ${request.params.id}` });
      const cameo = ctx.engine().cameo;
      return { ...doc, events: doc.events.map((e) => ({ ...apiEvent(e, cameo, doc), highlights: highlights(doc.text, e) })) };
    },
  );

  app.post<{ Body: NewDocumentBody }>(
    '/api/documents',
    {
      bodyLimit: DOCUMENT_BODY_LIMIT,
      // Before the body is read: a request without the token gets 401, whatever it carries.
      onRequest: (request, reply, done) => {
        const refusal = authorisationRefusal(request, ctx.token);
        if (!refusal) return done();
        if (refusal.status === 401) reply.header('WWW-Authenticate', 'Bearer realm="readout"');
        reply.code(refusal.status).send({ error: refusal.error });
      },
      schema: {
        summary: 'Codes a document and stores it with its events (needs Authorization: Bearer <READOUT_TOKEN>)',
        security: [{ bearer: [] }],
        body: newDocument,
        response: {
          200: createdReply('The same text was already stored: nothing was added.'),
          201: createdReply('Coded and stored.'),
          400: errorReply,
          401: errorReply,
          403: errorReply,
          413: errorReply,
        },
      },
    },
    async (request, reply) => addDocument(ctx, request.body, reply),
  );
}

async function addDocument(ctx: ServerContext, body: NewDocumentBody, reply: FastifyReply) {
  if (!body.text.trim()) throw new BadParameter('text: is empty');
  if (body.text.includes('\u0000')) throw new BadParameter('text: contains NUL characters (binary data, not text)');
  if (body.published && !isRealDate(body.published)) throw new BadParameter(`published: '${body.published}' is not a calendar date`);
  const text = withTitle(body.title ?? null, body.text);
  const hash = contentHash(text);
  const stored = await ctx.store.queries.documentByHash(hash);
  if (stored) return reply.code(200).send({ id: stored.id, created: false, events: stored.events });
  const language = body.language === 'zh' || body.language === 'en' ? body.language : null;
  const coded = codeDocument(
    ctx.engine(),
    { source: body.url ?? `api:${hash.slice(0, 12)}`, text, title: body.title ?? null, url: body.url ?? null, published: body.published ?? null, language, externalId: null, encoding: 'utf-8' },
    hash,
  );
  await ctx.store.addDocuments([coded]);
  // Another request may have stored the same text meanwhile: the store kept one, and both answers name it.
  const { id } = (await ctx.store.queries.documentByHash(hash))!;
  return reply.code(201).send({ id, created: true, events: coded.events.length });
}

function authorisationRefusal(request: FastifyRequest, token: string | null): { status: 401 | 403; error: string } | null {
  if (token === null) return { status: 403, error: 'writes are disabled: the server was started without READOUT_TOKEN' };
  const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  if (!given) return { status: 401, error: 'missing bearer token: send Authorization: Bearer <token>' };
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return { status: 401, error: 'wrong bearer token' };
  return null;
}

function createdReply(description: string) {
  return {
    description,
    type: 'object',
    properties: { id: { type: 'integer' }, created: { type: 'boolean' }, events: { type: 'integer' } },
  } as const;
}
