// POST /api/ingest: a file's bytes (application/octet-stream, ?filename=) read by the same readers as
// `chronicle ingest`, or a JSON list of articles. New articles are analysed before the reply, so the next
// timeline request sees them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ingest, type IngestSummary } from '../../ingest/ingest.js';
import type { Rejection, SourceItem } from '../../types.js';
import type { ServerContext } from '../context.js';
import { badRequest } from '../errors.js';
import { loadAnalyze, loadSources, ModuleUnavailable, type ReadOptionsLike } from '../modules.js';
import { errorResponse } from '../params.js';

/** Articles one JSON request may carry; bigger batches belong in a file upload. */
export const MAX_JSON_ARTICLES = 1000;
/** Rejections listed in a reply; the count covers the rest. */
export const MAX_LISTED_REJECTIONS = 200;
export const UPLOAD_FORMATS = ['seed', 'text', 'tilse', 'newstls', 'jsonl', 'csv', 'html', 'feed'] as const;

const optionalText = { type: 'string', maxLength: 2000 } as const;

export const jsonArticlesSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['articles'],
  properties: {
    articles: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_JSON_ARTICLES,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['text', 'published'],
        properties: {
          text: { type: 'string', minLength: 1 },
          published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$' },
          title: optionalText,
          url: optionalText,
          source: optionalText,
        },
      },
    },
  },
} as const;

export const ingestQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    filename: { type: 'string', minLength: 1, maxLength: 255, description: 'name of the uploaded file (its extension picks the reader)' },
    format: { type: 'string', enum: UPLOAD_FORMATS, description: 'read the file as this format instead of detecting it' },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'publication date for records without one' },
    analyze: { type: 'boolean', default: true, description: 'analyse the new articles before replying' },
  },
} as const;

export const ingestReplySchema = {
  type: 'object',
  properties: {
    new: { type: 'integer' },
    duplicate: { type: 'integer' },
    nearDuplicate: { type: 'integer' },
    unchanged: { type: 'integer' },
    rejected: { type: 'integer' },
    analyzed: { type: ['integer', 'null'] },
    storedIds: { type: 'array', items: { type: 'integer' } },
    rejections: {
      type: 'array',
      items: { type: 'object', properties: { origin: { type: 'string' }, reason: { type: 'string' } } },
    },
    warnings: { type: 'array', items: { type: 'string' } },
  },
} as const;

interface JsonArticle { text: string; published: string; title?: string; url?: string; source?: string }
interface IngestQuery { filename?: string; format?: string; date?: string; analyze?: boolean }

export interface IngestReply extends Omit<IngestSummary, 'storedIds'> {
  analyzed: number | null;
  storedIds: number[];
  rejections: Rejection[];
  warnings: string[];
}

/** A file name safe to create in a temporary folder: no directories, no odd characters. */
export function safeFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).replace(/[^\w.\-]+/g, '_').replace(/^\.+/, '');
  if (!base) throw badRequest(`'filename' ${JSON.stringify(name)} has no usable characters`);
  return base.slice(-120);
}

async function* fromJson(articles: JsonArticle[]): AsyncGenerator<SourceItem> {
  for (const [i, a] of articles.entries()) {
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

/** Readers name records by their path; clients should see the uploaded name, not our temporary folder. */
async function* renamedOrigins(items: AsyncIterable<SourceItem>, dir: string, label: string):
  AsyncGenerator<SourceItem> {
  const rename = (origin: string): string => origin.split(dir).join(label);
  for await (const item of items) {
    if (item.kind === 'article') yield { kind: 'article', article: { ...item.article, origin: rename(item.article.origin) } };
    else yield { kind: 'reject', rejection: { ...item.rejection, origin: rename(item.rejection.origin) } };
  }
}

export function registerIngestRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: ctx.limits.upload },
    (_request, body, done) => done(null, body));

  app.post<{ Querystring: IngestQuery; Body: Buffer | { articles: JsonArticle[] } }>('/api/ingest', {
    schema: {
      querystring: ingestQuerySchema,
      body: {
        content: {
          'application/json': { schema: jsonArticlesSchema },
          'application/octet-stream': { schema: {} },
        },
      },
      response: { 200: ingestReplySchema, '4xx': errorResponse, '5xx': errorResponse },
    },
  }, async (request) => {
    const body = request.body;
    const query = request.query;
    const upload = Buffer.isBuffer(body);
    if (upload && !query.filename) throw badRequest("a file upload needs '?filename=' (its extension picks the reader)");
    if (upload && body.length === 0) throw badRequest('the uploaded file is empty');
    const fileName = upload ? safeFileName(query.filename!) : undefined;
    const sources = upload ? await loadSources() : undefined;

    return ctx.exclusive(async (): Promise<IngestReply> => {
      const rejections: Rejection[] = [];
      const hooks = { onRejection: (r: Rejection) => { if (rejections.length < MAX_LISTED_REJECTIONS) rejections.push(r); } };
      let summary: IngestSummary;
      if (upload && sources && fileName) {
        const dir = await mkdtemp(join(tmpdir(), 'chronicle-upload-'));
        try {
          const path = join(dir, fileName);
          await writeFile(path, body);
          const opts: ReadOptionsLike = {};
          if (query.format) opts.format = query.format;
          if (query.date) opts.defaultDate = query.date;
          summary = await ingest(renamedOrigins(sources.readSources([path], opts), `${dir}${sep}`, 'upload:'), ctx.store, hooks);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      } else {
        summary = await ingest(fromJson((body as { articles: JsonArticle[] }).articles), ctx.store, hooks);
      }
      const warnings: string[] = [];
      if (summary.new + summary.duplicate + summary.nearDuplicate + summary.unchanged + summary.rejected === 0) {
        warnings.push(`no articles found in ${fileName ?? 'the request'}`);
      }
      let analyzed: number | null = null;
      if (query.analyze !== false) {
        try {
          analyzed = (await (await loadAnalyze()).processPending(ctx.store)).analyzed;
        } catch (err) {
          if (!(err instanceof ModuleUnavailable)) throw err;
          warnings.push(`${err.message}; articles were stored but not analysed`);
        }
      }
      return { ...summary, analyzed, rejections, warnings };
    });
  });
}
