// Builds the two story-clustering evaluation sets from the shared data, for `chronicle eval stories <dir>`
// (each immediate subfolder of <dir> is one gold story):
//   <out>/t17/<topic>/<folder>  symlinks to ../shared/data/t17/<folder> — T17's 17 folders grouped by their
//                               9 topics (the folder name's part before "_").
//   <out>/meantime/<corpus>/    MEANTIME English's 4 topic corpora; its articles are NAF-style XML, so each is
//                               written out as a seed-format file: "date <creation time>", the title, the text.
// Usage: node --import tsx scripts/make-story-sets.ts [out]   (default out: /tmp/stories)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detokenize, parsePublicationDate } from '../src/sources/index.js';
import { sharedData } from '../src/util/paths.js';

const out = resolve(process.argv[2] ?? '/tmp/stories');

function fail(message: string): never {
  process.stderr.write(`make-story-sets: ${message}\n`);
  process.exit(1);
}

function makeT17(): void {
  const t17 = sharedData('t17');
  if (!t17 || !existsSync(t17)) fail('../shared/data/t17 is missing');
  const dest = join(out, 't17');
  rmSync(dest, { recursive: true, force: true });
  let folders = 0;
  for (const folder of readdirSync(t17).sort()) {
    if (!existsSync(join(t17, folder, 'InputDocs'))) continue;
    const topic = folder.split('_')[0]!;
    mkdirSync(join(dest, topic), { recursive: true });
    symlinkSync(resolve(t17, folder), join(dest, topic, folder));
    folders++;
  }
  process.stdout.write(`t17: ${folders} folders linked under ${dest}\n`);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : XML_ENTITIES[e.toLowerCase()]!);

/** One MEANTIME document as seed text, or the reason it cannot be used. */
export function meantimeToSeed(xml: string): { seed: string } | { error: string } {
  const sentences = new Map<number, string[]>();
  for (const m of xml.matchAll(/<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const n = Number(m[1]);
    let list = sentences.get(n);
    if (!list) sentences.set(n, (list = []));
    list.push(unescapeXml(m[2]!));
  }
  if (sentences.size === 0) return { error: 'no <token> elements' };
  const lines = [...sentences.keys()].sort((a, b) => a - b).map((k) => detokenize(sentences.get(k)!.join(' ')));
  const dct = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  let date = dct ? parsePublicationDate(/\bvalue="([^"]*)"/.exec(dct)?.[1] ?? '') : undefined;
  // Wikinews puts the date as the line after the title ("December 10, 2013"): used when the DCT is missing.
  if (!date && lines.length > 1) date = parsePublicationDate(lines[1]!);
  if (!date) return { error: 'no creation time (TIMEX3 functionInDocument="CREATION_TIME") and no date line' };
  return { seed: `date ${date.slice(0, 10)}\n${lines.join('\n')}\n` };
}

function makeMeantime(): void {
  const root = sharedData('meantime-en', 'intra_cross-doc_annotation');
  if (!root || !existsSync(root)) fail('../shared/data/meantime-en/intra_cross-doc_annotation is missing');
  const dest = join(out, 'meantime');
  rmSync(dest, { recursive: true, force: true });
  let written = 0;
  for (const corpus of readdirSync(root).sort()) {
    const dir = join(root, corpus);
    const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();
    if (files.length === 0) continue;
    mkdirSync(join(dest, corpus), { recursive: true });
    for (const file of files) {
      const result = meantimeToSeed(readFileSync(join(dir, file), 'utf8'));
      if ('error' in result) {
        process.stderr.write(`make-story-sets: skipped ${join(dir, file)}: ${result.error}\n`);
        continue;
      }
      writeFileSync(join(dest, corpus, file.replace(/\.xml$/, '.txt')), result.seed);
      written++;
    }
  }
  process.stdout.write(`meantime: ${written} articles written under ${dest}\n`);
}

makeT17();
makeMeantime();
