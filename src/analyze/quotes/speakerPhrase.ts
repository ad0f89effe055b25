// Whether a phrase the patterns took as a speaker can be one at all. A subject of speech is a noun phrase; the
// patterns, walking left from a cue, sometimes stop on something else: a fronted adjunct ("In August", "Thursday
// morning on Fox News's"), an adverb ("perhaps", "only"), a preposition's object cut short ("African-Americans
// by"), or a lone function word ("In", "But", "like"). Such a phrase attributes the content to no one.
const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'during', 'after', 'before',
  'since', 'to', 'of', 'into', 'about', 'like', 'than', 'as', 'amid', 'despite', 'over', 'under', 'through', 'via']);

const FUNCTION_WORDS = new Set(['but', 'and', 'or', 'so', 'yet', 'if', 'then', 'that', 'this', 'these', 'those', 'there',
  'here', 'only', 'perhaps', 'together', 'worth', 'also', 'even', 'just', 'still', 'now', 'not', 'well', 'instead',
  'however', 'meanwhile', 'too', 'again', 'already', 'a', 'an', 'the', 'some', 'all', 'both', 'each', 'such', 'what',
  'when', 'where', 'why', 'how', 'while', 'though', 'although', 'because', 'unless', 'whether', 'yes', 'no']);

const PHRASE_NOT_ENDING = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'them', 'him', 'me',
  'us', 'this', 'these', 'those', 'every', 'some', 'any', 'no']);

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', // not 'may': Theresa May
  'earlier', 'later', 'last', 'next', 'ago']);

const WORDS = /\p{L}[\p{L}'’.-]*|\p{N}+/gu;

/** True when text (a speaker phrase as the patterns found it) cannot name who spoke (see the header). */
export function notASpeaker(text: string): boolean {
  const words = (text.match(WORDS) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  if (words.length === 0) return true;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (PREPOSITIONS.has(first) || PREPOSITIONS.has(last)) return true;
  // a phrase ends on its noun: one ending on a determiner, a possessive or an object pronoun was cut out of a
  // clause ("make an", "reviewed them", "too many of their")
  if (words.length > 1 && PHRASE_NOT_ENDING.has(last)) return true;
  // numbers stay: "47% say", "43 said" count people
  if (words.every((w) => FUNCTION_WORDS.has(w) || TIME_WORDS.has(w) || PREPOSITIONS.has(w))) return true;
  // a date phrase: "Thursday morning", "this month", "In August" (a name is not led by a weekday or month)
  if (TIME_WORDS.has(first) && (words.length === 1 || TIME_WORDS.has(words[1]!) || PREPOSITIONS.has(words[1]!))) return true;
  // a lone adverb: "perhaps", "reportedly"
  return words.length === 1 && first.length > 4 && first.endsWith('ly') && !/^\p{Lu}/u.test(text.trim());
}
