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
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try { message = /** @type {ErrorBody} */ (await res.json()).error.message; } catch { /* not JSON */ }
    if (res.status === 401) unauthorized();
    throw new ApiFailure(res.status, message);
  }
  return res;
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

/**
 * Uploads one file to the ingest endpoint. XMLHttpRequest rather than fetch, because only it reports upload
 * progress.
 * @param {File} file
 * @param {(fraction: number) => void} onProgress
 * @returns {Promise<IngestReply>}
 */
export function uploadFile(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/ingest?filename=${encodeURIComponent(file.name)}`);
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
