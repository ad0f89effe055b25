// Five short articles about Egypt in 2011 for the quotes listing's tests (CLI and API): a press secretary answering
// a question about a head of state, an official speaking about him, and a quote about Tahrir Square repeated by
// two articles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const QUERY_ARTICLES: Array<[string, string]> = [
  ['2011-01-28', 'White House press secretary Robert Gibbs was asked if the administration supports Egyptian President Hosni Mubarak. He replied: "Egypt is a strong ally."'],
  ['2011-01-29', 'A senior U.S. State Department official said Egyptian President Hosni Mubarak "was not particularly forthcoming" in his speech. "Our initial impression is that he emphasized security far more than reform," said the official.'],
  ['2011-01-30', 'Protesters gathered in Tahrir Square on Sunday.\n\n"We will stay in Tahrir Square until the president leaves," said Ahmed Salah, an engineer.'],
  ['2011-01-31', 'Mohamed ElBaradei said the protests in Tahrir Square would go on for days.\n\nElBaradei said the army should protect the people of Cairo.'],
  ['2011-02-01', 'The opposition met in Cairo on Tuesday. Mohamed ElBaradei said the protests in Tahrir Square would go on for days.'],
];

export function writeQueryArticles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [i, [date, text]] of QUERY_ARTICLES.entries()) writeFileSync(join(dir, `${i}.txt`), `date ${date} ${text}\n`);
}
