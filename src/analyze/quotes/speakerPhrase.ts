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

const MONTHS = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/**
 * A time before a speaker that the phrase walked into: 'Tuesday Secretary of State Hillary Clinton', a
 * chronology's 'April 30 - An Obama aide', a live page's '56 PM BP'. Not a possessive ('Tuesday's report'),
 * nor the day a paper is named after ('Sunday Times').
 */
const LEAD_TIME = new RegExp(`^(?:(?:on|late|early)\\s+)?(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight)` +
  `(?:\\s+(?:morning|afternoon|evening|night))?(?:,?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS}(?:\\s+\\d{4})?)?` +
  `|${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:[.,]?\\s*\\d{4})?|${MONTHS}\\s+\\d{4}` +
  `|\\d{1,2}(?:[:.]\\d{2})?\\s*(?:AM|PM|am|pm|a\\.m\\.|p\\.m\\.)(?:\\s+(?:ET|GMT|BST))?)` +
  '(?:\\s*[-–—:,]\\s*|\\s+)(?!(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Independent|Observer|People|Star|Tribune|Sport)\\b)(?=\\p{L})', 'u');

const WEEKDAY = /^(?:(?:on|late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight)\b/;

/** A conjunction that opens the clause the speaker stands in: 'While Moscow stressed', 'When Hosni Mubarak said'. */
const LEAD_SUBORDINATOR = /^(?:While|When|Although|Though|Whereas|Because|Since|Unless|Until|If)\s+(?=\p{L})/u;

/** Where a speaker phrase text[start, end) really starts: past a time or a subordinating conjunction before it. */
export function speakerStart(text: string, start: number, end: number): number {
  const phrase = text.slice(start, end);
  let m = LEAD_TIME.exec(phrase);
  // 'March 2016 meeting with …': a month before a common noun dates it, unless a dash sets it apart
  if (m && /^\p{Ll}/u.test(phrase.slice(m[0].length)) && !/[-–—:]/.test(m[0]) && !WEEKDAY.test(m[0])) m = null;
  m ??= LEAD_SUBORDINATOR.exec(phrase);
  return m && m[0].length < phrase.length ? start + m[0].length : start;
}
