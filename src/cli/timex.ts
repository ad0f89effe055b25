// chronicle timex <files...> [--dct DATE] [--out DIR]
// TimeML input (.tml / .TE3input) → <DIR>/<name>.tml with our TIMEX3 tags (scorable by TempEval-3's tools);
// plain text → JSON of the time expressions (the date comes from --dct or a seed-format "date YYYY-MM-DD" line).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Register } from './commands.js';
import { tagTimexes } from '../service/timex.js';
import { outputName, parseTimeml, writeTimeml } from '../formats/timeml.js';

const SEED_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const register: Register = (program, setExit) => {
  program
    .command('timex')
    .description('Tag time expressions (TIMEX3) in TimeML files or plain-text articles.')
    .argument('<files...>', 'TimeML (.tml, .TE3input) or plain-text files')
    .option('--dct <date>', 'publication date YYYY-MM-DD (overrides the file\'s own)')
    .option('--out <dir>', 'folder for tagged TimeML output', '.')
    .action((files: string[], opts: { dct?: string; out: string }) => {
      if (opts.dct && !ISO_DATE.test(opts.dct)) {
        console.error(`timex: --dct ${opts.dct}: expected YYYY-MM-DD`);
        setExit(2);
        return;
      }
      for (const file of files) {
        let source: string;
        try {
          source = readFileSync(file, 'utf8');
        } catch (err) {
          console.error(`timex: ${file}: cannot read (${(err as Error).message})`);
          setExit(1);
          continue;
        }
        try {
          if (/<TEXT\b/.test(source)) {
            const doc = parseTimeml(source, file);
            const dct = opts.dct ?? doc.dct;
            mkdirSync(opts.out, { recursive: true });
            const out = join(opts.out, outputName(file));
            writeFileSync(out, writeTimeml(doc, tagTimexes(doc.text, dct)));
            console.error(`timex: ${file} → ${out}`);
          } else {
            const seed = SEED_DATE.exec(source);
            const dct = opts.dct ?? seed?.[1];
            if (!dct) {
              console.error(`timex: ${file}: no publication date; pass --dct YYYY-MM-DD or start the file with "date YYYY-MM-DD"`);
              setExit(2);
              continue;
            }
            // Offsets are into the text after the seed's date line, as the article text is stored.
            const text = seed ? source.slice(seed[0].length) : source;
            console.log(JSON.stringify({ file, dct, timexes: tagTimexes(text, dct) }, null, 2));
          }
        } catch (err) {
          console.error(`timex: ${(err as Error).message}`);
          setExit(1);
        }
      }
    });
};
