// Grammatical gender of a person's name, for resolving "he" and "she" (speaker.ts). A short list of common
// English first names and titles, written for Chronicle; a name not on it is of unknown gender and fits both.

const FEMALE = new Set(`
hillary melania ivanka chelsea nancy elizabeth kellyanne sarah carly nikki michelle condoleezza madeleine
loretta huma donna debbie dianne kamala susan susana mary patricia jennifer linda barbara margaret lisa
karen betty sandra ashley emily anna maria laura amy angela rebecca katie kate kathleen kathy catherine
jessica stephanie rachel julia julie helen deborah alice ann anne jane joan janet judy heather megyn
ruth sheila theresa teresa jill amanda christine caroline claire diane gina maxine
tammy kirsten tulsi elise ileana cathy jeanne marsha samantha valerie wendy yvonne
`.split(/\s+/).filter(Boolean));

const MALE = new Set(`
donald bill barack joe mike ted marco jeb ben chris john james robert michael william david richard
thomas charles paul mark steven stephen george kevin brian jason jeff jeffrey eric reince newt rudy
rudolph bernie tim mitch harry rand scott martin jim jimmy ron rick ronald gary peter jack
andrew tony anthony frank dick al corey paul roger sean steve lou mitt dan daniel matt matthew adam
josh joshua patrick ryan chuck nick tom larry greg gregory henry franklin vladimir xi bob robby
`.split(/\s+/).filter(Boolean));

const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'lady', 'queen', 'sister', 'congresswoman', 'chairwoman', 'spokeswoman', 'businesswoman']);
const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'brother', 'father', 'congressman', 'chairman', 'spokesman', 'businessman']);

export type Gender = 'f' | 'm';

/** 'f' or 'm' from a title or first name in `name` ("Mrs. Clinton", "Hillary Clinton"), else undefined. */
export function nameGender(name: string): Gender | undefined {
  const had = cache.get(name);
  if (had !== undefined || cache.has(name)) return had;
  const g = readGender(name);
  if (cache.size > 50_000) cache.clear();
  cache.set(name, g);
  return g;
}

const cache = new Map<string, Gender | undefined>();

function readGender(name: string): Gender | undefined {
  const words = name.toLowerCase().match(/\p{L}+/gu);
  if (!words) return undefined;
  for (const w of words.slice(0, 3)) {
    if (FEMALE_TITLES.has(w)) return 'f';
    if (MALE_TITLES.has(w)) return 'm';
  }
  // the first name may follow a title or role: "Gov. Phil Bryant", "Secretary of State Hillary Clinton"
  for (const w of words.slice(0, 5)) {
    if (FEMALE.has(w)) return 'f';
    if (MALE.has(w)) return 'm';
  }
  return undefined;
}
