// Closed-class words of English: a "name" made only of them ("I'm", "We", "It's", "They'll", "Here") is a
// capitalised function word the tagger mistook for a name, never a person, organisation or place.

/**
 * Pronouns, determiners, prepositions, conjunctions, auxiliaries and a few sentence adverbs and interjections,
 * lowercased. Left out on purpose: words that are also common names when capitalised ("may", "will", "can",
 * "mark", "bill"); all-capital words (US, IT) are never read as these.
 */
const CLOSED_CLASS = new Set([
  // personal, possessive, reflexive, demonstrative, interrogative and indefinite pronouns
  'i', 'me', 'my', 'mine', 'myself', 'you', 'your', 'yours', 'yourself', 'yourselves', 'he', 'him', 'his', 'himself',
  'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'we', 'us', 'our', 'ours', 'ourselves', 'they', 'them',
  'their', 'theirs', 'themselves', 'this', 'that', 'these', 'those', 'who', 'whom', 'whose', 'which', 'what',
  'whoever', 'whatever', 'whichever', 'someone', 'somebody', 'something', 'anyone', 'anybody', 'anything',
  'everyone', 'everybody', 'everything', 'nobody', 'nothing', 'none', 'y\'all', 'ya',
  // determiners and quantifiers
  'a', 'an', 'the', 'some', 'any', 'no', 'every', 'each', 'all', 'both', 'either', 'neither', 'few', 'many',
  'much', 'more', 'most', 'less', 'least', 'several', 'such', 'other', 'another',
  // prepositions and conjunctions
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'about', 'as', 'into', 'onto', 'over', 'under',
  'after', 'before', 'since', 'until', 'till', 'than', 'between', 'among', 'during', 'through', 'via', 'per',
  'against', 'without', 'within', 'upon', 'despite', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'unless',
  'because', 'although', 'though', 'while', 'whereas', 'when', 'where', 'why', 'how', 'whether', 'then', 'there',
  'here', 'thus', 'hence', 'also', 'not', 'just', 'only', 'even', 'still', 'too', 'very',
  // auxiliaries and the modals that are no names
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'shall', 'should', 'would', 'could', 'must', 'might', 'ought',
  // interjections and answers that open quotes
  'yes', 'no', 'oh', 'ok', 'okay', 'hey', 'well', 'please', 'thanks', 'hello', 'hi', 'wow', 'ah', 'yeah',
]);

/** The clitic forms of contractions: I'm, we're, it's, they've, she'll, he'd, don't, can't, won't, y'all. */
const CLITIC = /^(?:m|re|s|ve|ll|d|t|all)$/;

/** A word of a name that is a closed-class word or a contraction of one ("I'm", "Don't", "We'll", "Can't"). */
export function isClosedClassWord(word: string): boolean {
  if (word.length > 1 && word === word.toUpperCase()) return false; // US, IT, WHO: acronyms
  const w = word.toLowerCase().replace(/[’‘`]/g, "'");
  if (CLOSED_CLASS.has(w)) return true;
  const parts = w.split("'");
  if (parts.length !== 2) return false;
  const [head, clitic] = parts as [string, string];
  if (clitic === 't' && /n$/.test(head)) return CLOSED_CLASS.has(head.slice(0, -1)) || /^(?:ca|wo|do|does|did|is|are|was|were|has|have|had)n?$/.test(head);
  return CLITIC.test(clitic) && (CLOSED_CLASS.has(head) || head === 'let');
}

/**
 * True for a name made only of closed-class words and contractions ("I'm", "We", "It's", "That's", "This One"):
 * not an entity whatever the tagger said.
 */
export function isFunctionWordName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  return words.length > 0 && words.every(isClosedClassWord);
}
