// What a timeline is about: keywords (from --query or a dataset's keyword list), an entity and a date range.
// Articles outside the range or not about the query are left out; summary sentences must name a keyword,
// which keeps background sentences ("Shares fell 2% on Tuesday") out of a story's timeline.
import type { TimelineDoc } from './collection.js';
import { contentWords } from './text.js';
import { dayNumber } from './dates.js';

export interface TimelineQuery {
  /** Lowercased keywords; a sentence matches when it contains any of them. */
  keywords: string[];
  entity?: string;
  fromDay: number;
  toDay: number;
}

/** Turns the user's options into a query; dates default to the span of the articles. */
export function makeQuery(
  docs: TimelineDoc[],
  opts: { query?: string; keywords?: string[]; entity?: string; from?: string; to?: string },
): TimelineQuery {
  const keywords = [
    ...(opts.keywords ?? []).map((k) => k.toLowerCase().trim()).filter((k) => k.length > 0),
    ...(opts.query ? contentWords(opts.query) : []),
  ];
  let fromDay = opts.from ? dayNumber(opts.from) : Number.NaN;
  let toDay = opts.to ? dayNumber(opts.to) : Number.NaN;
  if (opts.from && Number.isNaN(fromDay)) fromDay = dayNumber(`${opts.from}-01`.slice(0, 10));
  if (opts.to && Number.isNaN(toDay)) toDay = endOfPeriod(opts.to);
  // Without a range, any past event may appear; events after the latest article are plans, not history.
  if (Number.isNaN(fromDay)) fromDay = -Infinity;
  if (Number.isNaN(toDay)) {
    toDay = -Infinity;
    for (const d of docs) {
      const day = dayNumber(d.published);
      if (day > toDay) toDay = day;
    }
  }
  return { keywords: [...new Set(keywords)], entity: opts.entity, fromDay, toDay };
}

/** Last day of a YYYY or YYYY-MM period (for --to 2020 or --to 2020-06). */
function endOfPeriod(value: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  if (m[2] === undefined) return dayNumber(`${y + 1}-01-01`) - 1;
  const mo = Number(m[2]);
  return dayNumber(mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`) - 1;
}

export function textMatchesKeywords(text: string, keywords: string[]): boolean {
  if (keywords.length === 0) return true;
  const lower = text.toLowerCase();
  return keywords.some((k) => lower.includes(k));
}

function mentionsEntity(doc: TimelineDoc, entity: string): boolean {
  const e = entity.toLowerCase();
  if (doc.entities?.some((m) => m.name.toLowerCase() === e || m.text.toLowerCase() === e)) return true;
  return doc.text.toLowerCase().includes(e);
}

/**
 * The articles a timeline is built from: on topic and published on or after `from`. Articles published after
 * `to` are kept because they often look back on events inside the range; entries stay inside it.
 */
export function selectDocs(docs: TimelineDoc[], q: TimelineQuery): TimelineDoc[] {
  return docs.filter((d) => {
    const day = dayNumber(d.published);
    if (Number.isNaN(day) || day < q.fromDay) return false;
    if (q.entity && !mentionsEntity(d, q.entity)) return false;
    return textMatchesKeywords(d.text, q.keywords);
  });
}
