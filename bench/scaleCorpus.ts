// Synthetic archives for the scale benchmark, built from Timeline17 so that the text analysis sees real news
// sentences. Articles come in "stories" of STORY_SIZE articles: one topic, one date shift and one naming
// world each. An article keeps a real T17 article's shape (its lead and length) with about half of its lines
// swapped for lines of other articles of the same topic; the dates move by whole 52-week steps (weekdays stay
// right; years written in the text move with them); proper names are renamed per world (a few hundred worlds),
// so that the entity count grows with the corpus and neither exact nor near-duplicate detection collapses the
// resampled text. Everything is drawn from one seeded generator: the same seed gives the same file.
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { readSources } from '../src/sources/index.js';

/** Articles per synthetic story (same topic, shift and world). */
const STORY_SIZE = 40;
/** Distinct naming worlds: a proper name has this many spellings across the corpus. */
const WORLDS = 331;
/** Share of an article's lines replaced by lines of other articles of its topic. */
const SWAP = 0.5;

interface Base { topic: string; published: string; title: string; source: string; lines: string[] }

/** mulberry32: small, fast, and enough for sampling. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, for decisions that must depend only on (name, world), not on the sampling order. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'ta', 'ros', 'el', 'dan', 'si', 'gor', 'ul', 'bra', 'ne', 'tik',
  'mo', 'zar', 'fe', 'lin', 'qu', 'hal', 'pe', 'dor', 'ri', 'sten'];
const KEEP = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov',
  'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** The spelling of `word` in `world`: about two names in three get a made-up one, the rest stay real. */
export function renamed(word: string, world: number): string {
  const h = hash(`${word}|${world}`);
  if (h % 3 === 0) return word;
  let out = '';
  let x = h;
  const n = 2 + (x % 2);
  for (let i = 0; i < n; i++) {
    x = Math.imul(x ^ (x >>> 13), 0x5bd1e995) >>> 0;
    out += SYLLABLES[x % SYLLABLES.length];
  }
  return out[0]!.toUpperCase() + out.slice(1);
}

/** Capitalised words that are names: seen capitalised mid-sentence and (almost) never in lower case. */
function properNames(bases: Base[]): Set<string> {
  const upper = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const b of bases) {
    for (const line of b.lines) {
      for (const m of line.matchAll(/(?<=[a-z,;] )([A-Z][a-z]{2,})\b|\b([a-z]{3,})\b/g)) {
        if (m[1]) upper.set(m[1], (upper.get(m[1]) ?? 0) + 1);
        else lower.set(m[2]!, (lower.get(m[2]!) ?? 0) + 1);
      }
    }
  }
  const out = new Set<string>();
  for (const [w, n] of upper) if (n >= 2 && !KEEP.has(w) && (lower.get(w.toLowerCase()) ?? 0) * 20 < n) out.add(w);
  return out;
}

const DAY_MS = 86_400_000;

function shiftDate(iso: string, weeks: number): string {
  return new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
}

async function loadBases(t17: string): Promise<Base[]> {
  const bases: Base[] = [];
  for await (const item of readSources([t17])) {
    if (item.kind !== 'article') continue;
    const a = item.article;
    const lines = a.text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    if (lines.length < 3) continue;
    // T17 folders are topic_outlet: the outlets of one topic share a pool.
    const topic = (a.topic ?? 'news').split('_')[0]!;
    bases.push({ topic, published: a.published.slice(0, 10), title: a.title ?? lines[0]!.slice(0, 80),
      source: a.source ?? topic, lines });
  }
  return bases;
}

/** Writes `count` synthetic articles as JSON Lines to `path` (skipped when the file exists). */
export async function writeCorpus(t17: string, count: number, seed: number, path: string): Promise<void> {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const bases = await loadBases(t17);
  const names = properNames(bases);
  const byTopic = new Map<string, Base[]>();
  for (const b of bases) byTopic.set(b.topic, [...(byTopic.get(b.topic) ?? []), b]);
  const topics = [...byTopic.keys()].sort();
  const pools = new Map(topics.map((t) => [t, byTopic.get(t)!.flatMap((b) => b.lines)]));
  const rand = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Named per process: two runs writing the same corpus must not rename each other's file away.
  const tmp = `${path}.${process.pid}.part`;
  const out = createWriteStream(tmp);
  let story = { topic: topics[0]!, weeks: 0, world: 0 };
  for (let i = 0; i < count; i++) {
    if (i % STORY_SIZE === 0) {
      // 52-week steps keep weekdays; -8..+8 years around the original events.
      story = { topic: pick(topics), weeks: 52 * (Math.floor(rand() * 17) - 8), world: Math.floor(rand() * WORLDS) };
    }
    const years = Math.round(story.weeks / 52);
    const rewrite = (s: string): string => s
      .replace(/\b[A-Z][a-z]{2,}\b/g, (w) => (names.has(w) ? renamed(w, story.world) : w))
      .replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) + years));
    const base = pick(byTopic.get(story.topic)!);
    const pool = pools.get(story.topic)!;
    const lines = base.lines.map((l, j) => (j > 0 && rand() < SWAP ? pick(pool) : l));
    const record = {
      date: shiftDate(base.published, story.weeks),
      title: rewrite(base.title),
      source: base.source,
      text: lines.map(rewrite).join('\n'),
    };
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  renameSync(tmp, path);
}
