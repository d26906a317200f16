import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { Readout } from '../engine.js';
import { InputError } from '../errors.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import type { ServerContext } from './context.js';
import { documentRoutes } from './document-routes.js';
import { BadParameter } from './query-filter.js';
import { readRoutes } from './read-routes.js';

export interface AppOptions {
  store: Store;
  /** Bearer token for writes; null or empty disables them. */
  token?: string | null;
  /** Folder of the built dashboard (dist/web); none: the API only. */
  webRoot?: string | null;
  engine?: () => Readout;
}

/** The built dashboard, dist/web, found from src/server (tests) and from dist/src/server (built) alike. */
export function defaultWebRoot(): string | null {
  for (const up of ['../../dist/web', '../../web']) {
    const dir = fileURLToPath(new URL(up, import.meta.url));
    if (basename(dirname(dir)) === 'dist' && existsSync(join(dir, 'index.html'))) return dir;
  }
  return null;
}

/** Readout's HTTP API (under /api, described at /api/openapi.json) and the dashboard (at /). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  let engine: Readout | null = null;
  const ctx: ServerContext = {
    store: options.store,
    engine: options.engine ?? (() => (engine ??= new Readout())),
    token: options.token || null,
  };
  // No coercion: query parameters are strings checked by pattern, and a body field of the wrong type is an error.
  const app = Fastify({ ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } } });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: `no route ${request.method} ${request.url.split('?')[0]}` }));
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Readout API', version: '1', description: 'Political events coded from Chinese and English news, with the evidence for each.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    // The dashboard shows untrusted article text: even if some text reached the DOM as markup, no script of it runs.
    if (!request.url.startsWith('/api/'))
      reply.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
  });
  readRoutes(app, ctx);
  documentRoutes(app, ctx);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  const webRoot = options.webRoot === undefined ? defaultWebRoot() : options.webRoot;
  if (webRoot) await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: 'index.html' });
  else app.get('/', async (_request, reply) => reply.code(503).type('text/plain').send('The dashboard is not built: run npm run build.\n'));
  return app;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Opens the store a --db argument names and serves it; close() stops the server and closes the store. */
export async function startServer(options: { db: string; port?: number; host?: string; token?: string | null; webRoot?: string | null }): Promise<RunningServer> {
  const store = await openStore(options.db, { mustExist: true });
  try {
    const app = await buildApp({ store, token: options.token === undefined ? (process.env['READOUT_TOKEN'] ?? null) : options.token, webRoot: options.webRoot });
    const host = options.host ?? '127.0.0.1';
    await app.listen({ port: options.port ?? 8080, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      app,
      close: async () => {
        await app.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}

function errorHandler(error: FastifyError, _request: unknown, reply: { code(n: number): { send(body: unknown): unknown } }) {
  if (error.validation) {
    const first = error.validation[0]!;
    const path = first.instancePath.slice(1).replace(/\//g, '.');
    const where = error.validationContext === 'body' ? ['body', path].filter(Boolean).join('.') : path;
    const detail = first.keyword === 'additionalProperties' ? `unknown parameter '${(first.params as { additionalProperty: string }).additionalProperty}'` : first.message;
    return reply.code(400).send({ error: `${where ? `${where.trim()}: ` : ''}${detail}` });
  }
  if (error instanceof BadParameter || error instanceof InputError) return reply.code(400).send({ error: error.message });
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return reply.code(error.statusCode).send({ error: error.message });
  // An unexpected failure: logged for the operator, a plain message for the client.
  console.error(error);
  return reply.code(500).send({ error: 'internal error' });
}
