// Keeps the scale benchmark's figures (bench/scale-results.json) and writes them out: the "Stop 10: scale"
// section of bench/RESULTS.md and bench/scale.svg (CPU seconds against corpus size, both axes logarithmic).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MixFigures } from './scaleMix.js';
import { REQUESTS, type RequestFigures, type RequestKind } from './scaleRequests.js';

export interface IngestFigures {
  articles: number;
  cpu: number;
  wall: number;
  rssMB: number;
  perCpuSecond: number;
  kbPerArticle: number;
  /** CPU seconds by phase when the ingest was run phase by phase (bench/scalePhased.ts). */
  phases?: { store: number; analysis: number; stories: number };
}

/**
 * A store that was not ingested but built of copies of an ingested one (bench/scaleClone.ts): its size is
 * `copies` times `baseSize`, its vocabulary, entities and story sizes those of the base. Reported and plotted as such.
 */
export interface CloneOrigin {
  copies: number;
  baseSize: number;
  /** CPU and wall seconds of building it (not an ingest). */
  cpu: number;
  wall: number;
}

export interface Run {
  label: string;
  store: 'sqlite' | 'postgres';
  size: number;
  seed: number;
  date: string;
  /** One-minute load average of the machine during the run (2 cores). */
  load: number;
  /** Absent for a cloned store, which had no ingest of its own. */
  ingest?: IngestFigures;
  cloned?: CloneOrigin;
  requests: Partial<Record<RequestKind, RequestFigures>>;
  /** The p50/p95 of a mix of timeline requests (bench/scaleMix.ts). */
  mix?: MixFigures;
}

const SECTION = '## Stop 10: scale';

export function recordRun(dir: string, run: Run): void {
  const file = join(dir, 'scale-results.json');
  const runs = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as Run[] : [])
    .filter((r) => !(r.label === run.label && r.store === run.store && r.size === run.size));
  runs.push(run);
  runs.sort((a, b) => a.label.localeCompare(b.label) || a.store.localeCompare(b.store) || a.size - b.size);
  writeFileSync(file, `${JSON.stringify(runs, null, 1)}\n`);
  writeSection(join(dir, 'RESULTS.md'), runs);
  writeFileSync(join(dir, 'scale.svg'), plot(runs));
}

const f = (x: number, d = 2): string => x.toFixed(d);

/** The size column: a cloned store says so. */
const sizeOf = (r: Run): string => (r.cloned ? `${r.size} (cloned: ${r.cloned.copies} × ${r.cloned.baseSize})` : `${r.size}`);

function table(runs: Run[]): string[] {
  const lines = [
    '| engine | store | articles | load | ingest CPU-s | articles / CPU-s | wall s | ingest RSS MB | KB / article |',
    '|---|---|---|---|---|---|---|---|---|',
    ...runs.map((r) => `| ${r.label} | ${r.store} | ${sizeOf(r)} | ${r.load} | ${r.ingest ? `${f(r.ingest.cpu, 0)} | ` +
      `${f(r.ingest.perCpuSecond, 1)} | ${f(r.ingest.wall, 0)} | ${f(r.ingest.rssMB, 0)} | ${f(r.ingest.kbPerArticle, 1)}`
      : `no ingest: cloned in ${f(r.cloned?.cpu ?? 0, 0)} CPU-s | — | ${f(r.cloned?.wall ?? 0, 0)} | — | —`} |`),
    '',
    'A cloned store (bench/scaleClone.ts) is copies of an ingested one with new article and story ids: its requests',
    'read N times the postings and matches of its base, with the base\'s vocabulary, entities and story sizes. It is',
    'not an ingest of that many articles.',
    '',
    'Requests, CPU seconds of the call (cold / warm median) and peak RSS MB of the process:',
    '',
    `| engine | store | articles | ${Object.keys(REQUESTS).join(' | ')} |`,
    `|---|---|---|${Object.keys(REQUESTS).map(() => '---').join('|')}|`,
    ...runs.map((r) => `| ${r.label} | ${r.store} | ${sizeOf(r)} | ${(Object.keys(REQUESTS) as RequestKind[]).map((k) => {
      const q = r.requests[k];
      return q ? `${f(q.coldCpu)} / ${f(q.warmCpu)}, ${f(q.rssMB, 0)} MB` : '—';
    }).join(' | ')} |`),
    '',
    'Timeline request mix (bench/scaleMix.ts: queries naming, timelines of, entities from the most to the least',
    'covered, and story timelines; each asked once after a warm-up), CPU seconds per request, and ingest by phase',
    'where it was run phase by phase (bench/scalePhased.ts; CPU-s of storing, analysis, story assignment):',
    '',
    '| engine | store | articles | requests | p50 | p95 | max | RSS MB | ingest phases: store / analysis / stories |',
    '|---|---|---|---|---|---|---|---|---|',
    ...runs.filter((r) => r.mix || r.ingest?.phases).map((r) => {
      const m = r.mix;
      const p = r.ingest?.phases;
      return `| ${r.label} | ${r.store} | ${sizeOf(r)} | ${m ? `${m.requests} | ${f(m.p50)} | ${f(m.p95)} | ${f(m.max)} | ` +
        `${f(m.rssMB, 0)}` : '— | — | — | — | —'} | ${p ? `${f(p.store, 0)} / ${f(p.analysis, 0)} / ${f(p.stories, 0)}` : '—'} |`;
    }),
  ];
  return lines;
}

function writeSection(path: string, runs: Run[]): void {
  const text = readFileSync(path, 'utf8');
  const body = [
    SECTION,
    '',
    'Written by `node --import tsx bench/scale.ts` (synthetic corpora resampled from T17, seed 1; see',
    '`bench/scaleCorpus.ts`). Ingest = `chronicle ingest corpus.jsonl` with analysis and stories in a fresh store,',
    'measured by /usr/bin/time (user + sys of all threads). Request kinds: ' +
      Object.entries(REQUESTS).map(([k, v]) => `${k} = ${v}`).join('; ') + '. Plot: `bench/scale.svg`.',
    '',
    ...table(runs),
    '',
  ].join('\n');
  const at = text.indexOf(SECTION);
  let next: string;
  if (at >= 0) {
    const end = text.indexOf('\n## ', at + SECTION.length);
    next = text.slice(0, at) + body + (end >= 0 ? `\n${text.slice(end + 1)}` : '');
  } else {
    const first = text.indexOf('\n## ');
    next = first >= 0 ? `${text.slice(0, first + 1)}${body}\n${text.slice(first + 1)}` : `${text}\n${body}`;
  }
  writeFileSync(path, next);
}

const COLORS = ['#1b6ca8', '#c0392b', '#27ae60', '#8e44ad', '#d35400', '#16a085', '#7f8c8d', '#2c3e50'];

/** CPU seconds per request kind (warm) and ingest CPU-ms per article against corpus size, one line per series. */
function plot(runs: Run[]): string {
  const W = 760;
  const H = 440;
  const m = { l: 70, r: 250, t: 30, b: 50 };
  const series = new Map<string, { x: number; y: number; cloned: boolean }[]>();
  const add = (r: Run, name: string, y: number): void => {
    if (!(y > 0)) return;
    series.set(name, [...(series.get(name) ?? []), { x: r.size, y, cloned: r.cloned !== undefined }]);
  };
  for (const r of runs) {
    if (r.ingest) add(r, `${r.label}/${r.store} ingest per 1000 articles`, (r.ingest.cpu / r.size) * 1000);
    for (const k of Object.keys(REQUESTS) as RequestKind[]) add(r, `${r.label}/${r.store} ${k}`, r.requests[k]?.warmCpu ?? 0);
    if (r.mix) add(r, `${r.label}/${r.store} timeline mix p50`, r.mix.p50);
  }
  const all = [...series.values()].flat();
  if (all.length === 0) return '<svg xmlns="http://www.w3.org/2000/svg" role="img"><title>No scale figures yet</title></svg>\n';
  const lx = (v: number): number => Math.log10(v);
  const [x0, x1] = [Math.floor(lx(Math.min(...all.map((p) => p.x)))), Math.ceil(lx(Math.max(...all.map((p) => p.x))) + 0.01)];
  const [y0, y1] = [Math.floor(lx(Math.min(...all.map((p) => p.y)))), Math.ceil(lx(Math.max(...all.map((p) => p.y))) + 0.01)];
  const X = (v: number): number => m.l + ((lx(v) - x0) / Math.max(1, x1 - x0)) * (W - m.l - m.r);
  const Y = (v: number): number => H - m.b - ((lx(v) - y0) / Math.max(1, y1 - y0)) * (H - m.t - m.b);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`,
    '<title>Chronicle: cost per request and ingest against corpus size</title>',
    `<text x="${m.l}" y="18" font-size="13">CPU seconds (warm request; ingest: CPU-s per 1000 articles) against corpus size</text>`];
  for (let e = x0; e <= x1; e++) {
    out.push(`<line x1="${X(10 ** e)}" y1="${m.t}" x2="${X(10 ** e)}" y2="${H - m.b}" stroke="#ddd"/>`,
      `<text x="${X(10 ** e)}" y="${H - m.b + 16}" text-anchor="middle">${(10 ** e).toLocaleString('en')}</text>`);
  }
  for (let e = y0; e <= y1; e++) {
    out.push(`<line x1="${m.l}" y1="${Y(10 ** e)}" x2="${W - m.r}" y2="${Y(10 ** e)}" stroke="#ddd"/>`,
      `<text x="${m.l - 6}" y="${Y(10 ** e) + 4}" text-anchor="end">${10 ** e}</text>`);
  }
  out.push(`<text x="${(m.l + W - m.r) / 2}" y="${H - 12}" text-anchor="middle">articles in the store</text>`);
  [...series.entries()].forEach(([name, pts], i) => {
    const c = COLORS[i % COLORS.length]!;
    const sorted = pts.sort((a, b) => a.x - b.x);
    out.push(`<polyline fill="none" stroke="${c}" stroke-width="2" points="${sorted.map((p) => `${f(X(p.x), 1)},${f(Y(p.y), 1)}`).join(' ')}"/>`);
    // A cloned store's point is hollow: copies of a smaller ingest, not an ingest of its size.
    for (const p of sorted) {
      out.push(`<circle cx="${f(X(p.x), 1)}" cy="${f(Y(p.y), 1)}" r="3" ${p.cloned ? `fill="white" stroke="${c}"` : `fill="${c}"`}/>`);
    }
    out.push(`<text x="${W - m.r + 10}" y="${m.t + 14 * i + 4}" fill="${c}">${name.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`);
  });
  if (all.some((p) => p.cloned)) {
    out.push(`<text x="${W - m.r + 10}" y="${m.t + 14 * series.size + 10}" fill="#555">hollow point: cloned store</text>`,
      `<text x="${W - m.r + 10}" y="${m.t + 14 * series.size + 24}" fill="#555">(copies of a smaller ingest,</text>`,
      `<text x="${W - m.r + 10}" y="${m.t + 14 * series.size + 38}" fill="#555">bench/scaleClone.ts)</text>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
