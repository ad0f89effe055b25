// @ts-check
// The JSON API as the page uses it: one wrapper per endpoint, one error type, and the API token kept for the
// browser session. A 401 anywhere asks the page for a token (see onUnauthorized).

/** @typedef {import('../../src/types.js').Article} Article */
/** @typedef {import('../../src/types.js').EntityMention} EntityMention */
/** @typedef {import('../../src/types.js').Quote} Quote */
/** @typedef {import('../../src/types.js').Rejection} Rejection */
/** @typedef {import('../../src/types.js').Sentence} Sentence */
/** @typedef {import('../../src/types.js').StorySummary} StorySummary */
/** @typedef {import('../../src/types.js').Timeline} Timeline */
/** @typedef {import('../../src/types.js').TimelineEntry} TimelineEntry */
/** @typedef {import('../../src/types.js').TimelineSentence} TimelineSentence */
/** @typedef {import('../../src/types.js').Timex} Timex */
/** @typedef {import('../../src/store/store.js').SearchHit} SearchHit */
/** @typedef {import('../../src/store/store.js').StoredEntity} StoredEntity */
/** @typedef {import('../../src/store/store.js').StoredQuote} StoredQuote */

// The replies below exist on the server only as JSON schemas (src/server/schemas.ts and the routes), so the
// page states the fields it relies on here.
/** GET /api/status. @typedef {{ articles: number, first?: string, last?: string }} Status */
/** GET /api/sources. @typedef {{ source: string, articles: number }} SourceCount */
/** GET /api/entities/mentions. @typedef {{ name: string, articles: number, byDate: { date: string, articles: number }[] }} EntityMentions */
/**
 * GET /api/articles/{id}.
 * @typedef {{ article: Article, analysed: boolean, sentences: Sentence[], timexes: Timex[],
 *   entities: EntityMention[], quotes: Quote[] }} AnnotatedArticle
 */
/**
 * POST /api/ingest.
 * @typedef {{ new: number, duplicate: number, nearDuplicate: number, unchanged: number, rejected: number,
 *   analyzed: number | null, storedIds: number[], rejections: Rejection[], warnings: string[] }} IngestReply
 */
/** Every failure's body. @typedef {{ error: { code: string, message: string } }} ErrorBody */
/**
 * GET /api/follow: a saved timeline with its counts (unread: entries new or changed since the last view).
 * @typedef {{ name: string, definition: Record<string, unknown>, createdAt: string, lastViewed?: string,
 *   lastExported?: string, edits: number, entries: number, unread: number }} FollowSummary
 */
/** @typedef {TimelineSentence & { key: string, manual?: true }} KeyedSentence */
/**
 * An entry of a saved timeline as viewed with `since`: its edits and whether it is news.
 * @typedef {Omit<TimelineEntry, 'sentences'> & { sentences: KeyedSentence[], pinned?: true, edited?: string[],
 *   status: 'new' | 'changed' | 'unchanged' }} SavedEntry
 */
/** @typedef {{ date: string, status: 'new' | 'changed', headline?: string, detail?: string }} DigestLine */
/**
 * GET /api/follow/{name}/timeline?since=…&format=json.
 * @typedef {{ saved: string, since: { at: string, asked: string, basis?: string },
 *   digest: { new: number, changed: number, unchanged: number, dropped: string[], lines: DigestLine[] },
 *   query: string, method: string, entries: SavedEntry[] }} SavedView
 */
/**
 * POST /api/follow/{name}/edit: one curation edit (the server's EditRequest).
 * @typedef {{ op: 'pin' | 'hide', date: string } | { op: 'hide-sentence', key: string }
 *   | { op: 'date', from: string, to: string } | { op: 'headline', date: string, text: string }
 *   | { op: 'merge', dates: [string, string] } | { op: 'undo' }} EditRequest
 */

/** Query parameters; empty values are left out of the URL. @typedef {Record<string, string | number | undefined>} Params */

const TOKEN_KEY = 'chronicle-token';
let token = sessionStorage.getItem(TOKEN_KEY) || '';
/** @type {() => void} */
let unauthorized = () => {};

/** @param {() => void} handler called when the server answers 401 (no token, or a wrong one) */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

/** @param {string} value the token to send from now on, for the rest of the browser session */
export function useToken(value) {
  token = value;
  sessionStorage.setItem(TOKEN_KEY, token);
}

export class ApiFailure extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) { super(message); this.status = status; }
}

/** @returns {Record<string, string>} */
function authHeaders() {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/**
 * @param {string} path
 * @param {Params} params
 * @returns {Promise<Response>} a response with a 2xx status
 */
async function get(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const url = qs.size ? `${path}?${qs}` : path;
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) await failWith(res);
  return res;
}

/**
 * Sends a JSON body (or none) with another method than GET.
 * @param {'POST' | 'DELETE'} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<Response>} a response with a 2xx status
 */
async function send(method, path, body) {
  const headers = { ...authHeaders(), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
  const res = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (!res.ok) await failWith(res);
  return res;
}

/**
 * @param {Response} res a response with an error status
 * @returns {Promise<never>}
 */
async function failWith(res) {
  let message = `${res.status} ${res.statusText}`;
  try { message = /** @type {ErrorBody} */ (await res.json()).error.message; } catch { /* not JSON */ }
  if (res.status === 401) unauthorized();
  throw new ApiFailure(res.status, message);
}

/**
 * The parsed JSON reply; its type is the caller's promise, since the server's schemas are not visible here.
 * @template T
 * @param {string} path
 * @param {Params} [params]
 * @returns {Promise<T>}
 */
async function getJson(path, params = {}) {
  return (await get(path, params)).json();
}

/** @returns {Promise<Status>} */
export const fetchStatus = () => getJson('/api/status');
/** @returns {Promise<SourceCount[]>} */
export const fetchSources = () => getJson('/api/sources');
/** @param {Params} params @returns {Promise<Timeline>} */
export const fetchTimeline = (params) => getJson('/api/timeline', params);
/** @param {Params} params a `format` other than json: the reply as text, ready to save */
export const fetchTimelineText = async (params) => (await get('/api/timeline', params)).text();
/** @param {Params} params @returns {Promise<SearchHit[]>} */
export const fetchSearch = (params) => getJson('/api/search', params);
/** @param {number} id @returns {Promise<AnnotatedArticle>} */
export const fetchArticle = (id) => getJson(`/api/articles/${id}`);
/** @param {Params} params @returns {Promise<StoredEntity[]>} */
export const fetchEntities = (params) => getJson('/api/entities', params);
/** @param {string} name @returns {Promise<EntityMentions>} */
export const fetchMentions = (name) => getJson('/api/entities/mentions', { name });
/** @param {Params} params @returns {Promise<StoredQuote[]>} */
export const fetchQuotes = (params) => getJson('/api/quotes', params);
/** @param {Params} params @returns {Promise<StorySummary[]>} */
export const fetchStories = (params) => getJson('/api/stories', params);

/** @param {string} name */
const followPath = (name) => `/api/follow/${encodeURIComponent(name)}`;
/** @returns {Promise<FollowSummary[]>} */
export const fetchFollows = () => getJson('/api/follow');
/** @param {string} name @param {Record<string, string>} definition the query form's fields */
export const createFollow = async (name, definition) => (await send('POST', '/api/follow', { name, ...definition })).json();
/** @param {string} name */
export const deleteFollow = async (name) => { await send('DELETE', followPath(name)); };
/**
 * @param {string} name
 * @param {string} since 'last-view' or the moment a first view compared with (so badges stay while curating)
 * @returns {Promise<SavedView>}
 */
export const fetchSaved = (name, since) => getJson(`${followPath(name)}/timeline`, { since, format: 'json' });
/** @param {string} name @param {EditRequest} edit */
export const editFollow = async (name, edit) => (await send('POST', `${followPath(name)}/edit`, edit)).json();
/**
 * A saved timeline rendered for publication, with the file name the server suggests.
 * @param {string} name
 * @param {string} format
 * @returns {Promise<{ blob: Blob, filename: string }>}
 */
export async function exportSaved(name, format) {
  const res = await get(`${followPath(name)}/export`, { format, download: 'true' });
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `timeline.${format}`;
  return { blob: await res.blob(), filename };
}

/**
 * Uploads one file to the ingest endpoint. XMLHttpRequest rather than fetch, because only it reports upload
 * progress.
 * @param {File} file
 * @param {(fraction: number) => void} onProgress
 * @param {string} [date] YYYY-MM-DD: the publication date of records that carry none
 * @returns {Promise<IngestReply>}
 */
export function uploadFile(file, onProgress, date = '') {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/ingest?filename=${encodeURIComponent(file.name)}${date ? `&date=${date}` : ''}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (ev) => { if (ev.lengthComputable) onProgress(ev.loaded / ev.total); });
    xhr.addEventListener('load', () => {
      /** @type {(IngestReply & Partial<ErrorBody>) | null} */
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON */ }
      if (xhr.status === 200 && body) resolve(body);
      else {
        if (xhr.status === 401) unauthorized();
        reject(new Error(body?.error?.message ?? `${xhr.status} ${xhr.statusText}`));
      }
    });
    xhr.addEventListener('error', () => reject(new Error('the connection failed')));
    xhr.send(file);
  });
}

/**
 * The message to show for a caught error (an ApiFailure's is the server's own message).
 * @param {unknown} err
 */
export function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}
