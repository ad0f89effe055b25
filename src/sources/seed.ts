// The seed format: the text starts with "date YYYY-MM-DD", then the article. In the real seed files the
// article's first sentence follows on the same line (" date 2020-08-26 OTTAWA — Beijing has …").
import type { SourceItem } from '../types.js';
import { isoDate } from './dates.js';
import { accept, reject } from './options.js';

const SEED_HEADER = /^\s*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)[ \t]*/;

/** True when the text starts with a seed header. */
export function looksLikeSeed(text: string): boolean {
  return SEED_HEADER.test(text);
}

export function parseSeed(text: string, origin: string): SourceItem {
  const m = SEED_HEADER.exec(text);
  if (!m) return reject(origin, 'not in seed format: the first line must start with "date YYYY-MM-DD"');
  const published = isoDate(+m[1]!, +m[2]!, +m[3]!);
  if (!published) return reject(`${origin}:1`, `"date ${m[1]}-${m[2]}-${m[3]}" is not a real calendar date`);
  const body = text.slice(m[0].length).trim();
  if (body.length === 0) return reject(origin, 'seed file has a date line but no article text');
  return accept({ text: body, published, origin });
}
