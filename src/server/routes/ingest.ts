// POST /api/ingest: a file's bytes (application/octet-stream, ?filename=) read by the same readers as
// `chronicle ingest`, or a JSON list of articles. New articles are analysed before the reply, so the next
// timeline request sees them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { FORMAT_NAMES, ingestItems, readPaths, type IngestSummary, type ReadOptions } from '../../service/index.js';
import type { Rejection, SourceItem } from '../../types.js';
import type { ServerContext } from '../context.js';
import { ApiError, badRequest } from '../errors.js';
import { ERRORS, stringEnum } from '../params.js';

/** Articles one JSON request may carry; bigger batches belong in a file upload. */
export const MAX_JSON_ARTICLES = 1000;
/** Rejections listed in a reply; the count covers the rest. */
export const MAX_LISTED_REJECTIONS = 200;

const OptionalText = Type.Optional(Type.String({ maxLength: 2000 }));

export const JsonArticles = Type.Object({
  articles: Type.Array(Type.Object({
    text: Type.String({ minLength: 1 }),
    published: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$' }),
    title: OptionalText,
    url: OptionalText,
    source: OptionalText,
  }, { additionalProperties: false }), { minItems: 1, maxItems: MAX_JSON_ARTICLES }),
}, { additionalProperties: false });

export const IngestQuery = Type.Object({
  filename: Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'name of the uploaded file (its extension picks the reader)' })),
  format: Type.Optional(stringEnum(FORMAT_NAMES, { description: 'read the file as this format instead of detecting it' })),
  date: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'publication date for records without one' })),
  analyze: Type.Optional(Type.Boolean({ default: true, description: 'analyse the new articles before replying' })),
}, { additionalProperties: false });

export const IngestReplySchema = Type.Object({
  new: Type.Integer(),
  duplicate: Type.Integer(),
  nearDuplicate: Type.Integer(),
  unchanged: Type.Integer(),
  rejected: Type.Integer(),
  analyzed: Type.Union([Type.Integer(), Type.Null()]),
  storedIds: Type.Array(Type.Integer()),
  rejections: Type.Array(Type.Object({ origin: Type.String(), reason: Type.String() })),
  warnings: Type.Array(Type.String()),
});

type JsonArticle = Static<typeof JsonArticles>['articles'][number];
type IngestQuery = Static<typeof IngestQuery>;


export interface IngestReply extends Omit<IngestSummary, 'storedIds'> {
  analyzed: number | null;
  storedIds: number[];
  rejections: Rejection[];
  warnings: string[];
}

/** A file name safe to create in a temporary folder: no directories, no odd characters. */
export function safeFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).replace(/[^\w.-]+/g, '_').replace(/^\.+/, '');
  if (!base) throw badRequest(`'filename' ${JSON.stringify(name)} has no usable characters`);
  return base.slice(-120);
}

/** Control characters, which no URL holds (and PostgreSQL cannot store a NUL in the origin made from it). */
const CONTROL = /[\u0000-\u001f\u007f]/;

async function* fromJson(articles: JsonArticle[]): AsyncGenerator<SourceItem> {
  for (const [i, a] of articles.entries()) {
    if (a.url !== undefined && CONTROL.test(a.url)) {
      yield { kind: 'reject', rejection: { origin: `api:articles[${i}]`, reason: "'url' contains a control character" } };
      continue;
    }
    yield {
      kind: 'article',
      article: {
        text: a.text, published: a.published, origin: `api:${a.url ?? `articles[${i}]`}`,
        ...(a.title !== undefined ? { title: a.title } : {}),
        ...(a.url !== undefined ? { url: a.url } : {}),
        ...(a.source !== undefined ? { source: a.source } : {}),
      },
    };
  }
}

/** Readers name records (and sometimes reasons) by path; clients should see the uploaded name, not our temporary folder. */
async function* renamedOrigins(items: AsyncIterable<SourceItem>, dir: string, label: string):
  AsyncGenerator<SourceItem> {
  const rename = (origin: string): string => origin.split(dir).join(label);
  for await (const item of items) {
    if (item.kind === 'article') yield { kind: 'article', article: { ...item.article, origin: rename(item.article.origin) } };
    else yield { kind: 'reject', rejection: { origin: rename(item.rejection.origin), reason: rename(item.rejection.reason) } };
  }
}

/** The bodies the route reads; anything else (text/plain, forms, no body) is refused before it is read. */
const BODY_TYPES = ['application/json', 'application/octet-stream'];

function refuseOtherBodies(request: FastifyRequest): Promise<void> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (BODY_TYPES.includes(type)) return Promise.resolve();
  const sent = type ? `'${type.slice(0, 100)}'` : 'no Content-Type';
  return Promise.reject(new ApiError(415, 'unsupported_media_type',
    `cannot read a body sent as ${sent}: send JSON ({"articles": [...]}) as application/json, or a file as ` +
    "application/octet-stream with '?filename='"));
}

export function registerIngestRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: ctx.limits.upload },
    (_request, body, done) => done(null, body));

  app.post<{ Querystring: IngestQuery; Body: Buffer | { articles: JsonArticle[] } }>('/api/ingest', {
    schema: {
      querystring: IngestQuery,
      body: {
        content: {
          'application/json': { schema: JsonArticles },
          'application/octet-stream': { schema: {} },
        },
      },
      response: { 200: IngestReplySchema, ...ERRORS },
    },
    onRequest: refuseOtherBodies,
  }, async (request) => {
    const body = request.body;
    const query = request.query;
    const upload = Buffer.isBuffer(body);
    if (upload && !query.filename) throw badRequest("a file upload needs '?filename=' (its extension picks the reader)");
    if (upload && body.length === 0) throw badRequest('the uploaded file is empty');
    const fileName = upload ? safeFileName(query.filename!) : undefined;

    return ctx.exclusive(async (): Promise<IngestReply> => {
      const rejections: Rejection[] = [];
      const hooks = { onRejection: (r: Rejection) => { if (rejections.length < MAX_LISTED_REJECTIONS) rejections.push(r); } };
      const analyze = query.analyze !== false;
      let summary: IngestSummary & { analyzed: number | null };
      if (upload && fileName) {
        const dir = await mkdtemp(join(tmpdir(), 'chronicle-upload-'));
        try {
          const path = join(dir, fileName);
          await writeFile(path, body);
          const opts: ReadOptions = {};
          if (query.format) opts.format = query.format;
          if (query.date) opts.defaultDate = query.date;
          summary = await ingestItems(ctx.store, renamedOrigins(readPaths([path], opts), `${dir}${sep}`, 'upload:'),
            { ...hooks, analyze });
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      } else {
        summary = await ingestItems(ctx.store, fromJson((body as { articles: JsonArticle[] }).articles), { ...hooks, analyze });
      }
      const warnings: string[] = [];
      if (summary.new + summary.duplicate + summary.nearDuplicate + summary.unchanged + summary.rejected === 0) {
        warnings.push(`no articles found in ${fileName ?? 'the request'}`);
      }
      const { analyzed } = summary;
      return { ...summary, analyzed, rejections, warnings };
    });
  });
}
