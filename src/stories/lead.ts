// What in an article's lead is not its headline, though it stands where one would: a title run into the first
// sentence without a stop (pages saved as plain text lose the line break or the title's styling: "Haiti
// earthquake: Aid outside Port-au-Prince An estimated 200,000 people died …"), and photo captions, which
// describe a picture ("Demonstrators protest in central Cairo, Egypt, on Tuesday", "Ban Ki-moon (R) listens
// to …") rather than report the news.

/**
 * Words that open a sentence far more often than they continue one when capitalised mid-line: after a word that
 * ends no phrase ("… Port-au-Prince An estimated …", "… says Panetta The Free Syrian Army …"), a new sentence.
 */
const STARTERS = new Set('The A An He She It They We This These Those His Her Its Their There'.split(' '));
/** Words a title does not end on: after them a capitalised word continues the phrase ("editor of The Times"). */
const CONTINUES = new Set(('a an the of to and or but nor in on at for from by with as that which who whose than into onto ' +
  'about over under after before during while because since if when where between among through per via is are was ' +
  'were be been has have had will would can could should may might must do does did not said says told tells ' +
  'reports wrote writes according like near against toward towards across behind beyond within without').split(' '));
/** Fewer words than this on either side of a seam: no title and lead, but one sentence. */
const MIN_SIDE = 3;

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

/** A weekday, a day and a month opening a stamp: "Thursday 14 January", "Monday, 18 January". */
const STAMP_AT = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/**
 * Highlight markers a page sets before a line it wants noticed ("Gadhafi appears on Libyan TV NEW: The U.N. …",
 * "UPDATE: …"): never part of a headline, and where one follows a title the lead begins.
 */
const MARKER = /^(?:NEW|UPDATE|UPDATED|BREAKING|WATCH|VIDEO|LIVE|EXCLUSIVE|JUST IN|DEVELOPING)[:!]?$/u;
/**
 * Words that open a sentence and continue one only in lower case: capitalised after a word that ends no phrase in
 * a sentence-case line ("… in Egypt Amid swine flu hysteria", "… swine flu Perhaps the alarm"), a new sentence.
 */
const FUNCTION_STARTERS = new Set(('Amid After As At But By For From If In On Once Since So Then Though Unless Until When ' +
  'Where While With Without Perhaps Meanwhile However Yet Now Like You We Our Your I\'m It\'s').split(' '));

/**
 * The title of a title run into its lead ("Syria: Aleppo is nail in Assad's coffin, says Panetta The Free Syrian
 * Army …" → "Syria: Aleppo is nail in Assad's coffin, says Panetta"); the sentence itself when it has no seam.
 * `text`, the article, shows which capitalised words are common words it writes in lower case elsewhere.
 */
export function titleOf(sentence: string, text = ''): string {
  const ws = words(sentence);
  while (ws.length > MIN_SIDE && MARKER.test(ws[0]!)) ws.shift();
  for (let i = MIN_SIDE; i <= ws.length - MIN_SIDE; i++) {
    const prev = ws[i - 1]!;
    // A marker in capitals after a title that is not itself in capitals ("… on Libyan TV NEW: The U.N. …").
    if (MARKER.test(ws[i]!) && /[:!]$/u.test(ws[i]!) && ws.slice(0, i).some((w) => /\p{Ll}/u.test(w))) return ws.slice(0, i).join(' ');
    // Two quotations side by side with nothing between: a quoted title, then the lead's quotation.
    if (/["”]$/u.test(prev) && /^["“]\p{Lu}/u.test(ws[i]!)) return ws.slice(0, i).join(' ');
    // A page's date stamp between title and lead: "… Your stories Thursday 14 January Up to 10,000 US troops …".
    if (STAMP_AT.test(ws.slice(i, i + 3).join(' '))) return ws.slice(0, i).join(' ');
    if (/[,;:\-–—(]$/u.test(prev) || CONTINUES.has(prev.toLowerCase())) continue;
    if (STARTERS.has(ws[i]!) || nameSeam(ws, i) || commonSeam(ws, i, text)) return ws.slice(0, i).join(' ');
  }
  return ws.join(' ');
}

/**
 * Whether the words before `i` are written in sentence case: some word after the first, other than a function
 * word, is in lower case. A Title Case headline ("Paulson, Bernanke Forge a Committee of Three") capitalises
 * every such word, so a capital there says nothing about where a sentence starts.
 */
function sentenceCase(ws: string[], i: number): boolean {
  return ws.slice(1, i).some((w) => /^\p{Ll}{4,}/u.test(w) && !CONTINUES.has(w.toLowerCase()));
}

/**
 * A capitalised common word after a sentence-case title: a function word that only opens sentences ("… in Egypt
 * Amid swine flu hysteria"), or a word the article writes in lower case elsewhere followed by its clause's verb
 * ("… ambassador to Syria Protests have continued"), or after a lower-case word ("… last weekend Health officials").
 */
function commonSeam(ws: string[], i: number, text: string): boolean {
  const w = ws[i]!;
  if (!/^\p{Lu}[\p{Ll}'’]+$/u.test(w) || !sentenceCase(ws, i)) return false;
  // A noun of an action or a quality is a common word whatever the article writes ("… at last Celebration in …").
  if (FUNCTION_STARTERS.has(w) || (/^\p{Ll}/u.test(ws[i - 1]!) && /(?:tion|sion|ment|ness|ity)s?$/u.test(w))) return true;
  const lower = w.toLowerCase();
  if (text.length === 0 || !new RegExp(`(?<![\\p{L}'’-])${lower.replace(/[’']/gu, "['’]")}(?![\\p{L}'’-])`, 'u').test(text)) return false;
  return /^\p{Ll}/u.test(ws[i - 1]!) || CLAUSE_VERB.test(ws[i + 1] ?? '');
}

/** Verbs that show a clause has begun: an auxiliary, a verb of saying, a regular past. */
const CLAUSE_VERB = /^(?:was|wasn't|were|has|hasn't|have|had|is|are|will|would|said|says|told|died|fled|led|won|lost|hit|met|left|made|took|gave|came|went|fell|rose|became|began|held|sent|shot|struck|[a-z]{3,}ed)$/u;
/** Nouns that introduce a person's name: after them a capitalised word continues the phrase. */
const ROLE = new Set(('striker leader president minister secretary doctor envoy spokesman spokeswoman chief director chairman ' +
  'governor singer star actor actress coach captain manager boss player judge general officer official senator mayor prince ' +
  'princess king queen pope rapper champion boxer writer author reporter correspondent editor activist lawyer analyst ' +
  'professor economist commander ambassador chancellor premier candidate nominee son daughter wife husband brother sister').split(' '));
/** What a headline above a lead seldom holds: an auxiliary or a verb of saying (headlines say "BP cancels dividend"). */
const AUXILIARY = /^(?:was|were|has|have|had|is|are|said|told)$/iu;

/**
 * A lead opening on a name after a title that ends in a common noun: "… over Syria resolution | Russian UN envoy
 * Vitaly Churkin addressed …", "Assad officials deny rebel Damascus volcano push | Activists released …", "… under
 * control | BP vice-president says …": a lower-case word, a capitalised one, its clause's verb within the next two
 * words or right after the name's run of capitals and role nouns, and no auxiliary in the title part.
 */
function nameSeam(ws: string[], i: number): boolean {
  // An acronym names an organisation too ("BP", "UN").
  if (!/[\p{Ll}\d'’"”]$/u.test(ws[i - 1]!) || /^\p{Lu}/u.test(ws[i - 1]!) || !/^\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u.test(ws[i]!)) return false;
  // A name a role noun introduces is the title's own ("… striker Wayne Rooney will miss").
  if (ROLE.has(ws[i - 1]!.toLowerCase()) || !(ws.slice(i + 1, i + 3).some((w) => CLAUSE_VERB.test(w)) || nameRunEnds(ws, i))) return false;
  // "An estimated 200,000": a participle after a determiner is no verb.
  if (!CLAUSE_VERB.test(ws[i + 1] ?? '') && /ed$/u.test(ws[i + 2] ?? '') && !nameRunEnds(ws, i)) return false;
  return !ws.slice(0, i).some((w, k) => AUXILIARY.test(w) && auxiliaryBefore(ws[k + 1] ?? ''));
}

/** An auxiliary only when a participle or "been"/"not" follows: "is good news", "may have spill" hold main verbs. */
const auxiliaryBefore = (next: string): boolean => /(?:ed|en|ing)$|^(?:been|being|not|n't)$/iu.test(next);

/**
 * Whether the words from `i` are a name with its title ("Russian UN envoy Vitaly Churkin", "Philippine boxing
 * champion Manny Pacquiao") ended by a clause's verb or by a colon before a quotation ("Adm Thad Allen: \"When").
 */
function nameRunEnds(ws: string[], i: number): boolean {
  let j = i + 1;
  while (j < Math.min(ws.length, i + 7)) {
    const w = ws[j]!;
    const role = (x: string | undefined): boolean => x !== undefined && ROLE.has(x.toLowerCase().replace(/[:,]$/u, ''));
    if ((!/^\p{Lu}/u.test(w) && !role(w) && !role(ws[j + 1])) || STARTERS.has(w)) break;
    if (/:$/u.test(w)) return /^\p{Lu}/u.test(w) && /^["“]/u.test(ws[j + 1] ?? '');
    j++;
  }
  return j > i + 1 && j < ws.length && /^\p{Lu}/u.test(ws[j - 1]!) && CLAUSE_VERB.test(ws[j]!);
}

/** Where a picture's subject stands in it: "(R)", "(L-R)", "(2nd L)", "(centre)". */
const POSITION = /\((?:L|R|C|L-R|R-L|2nd [LR]|3rd [LR]|left|right|centre|center|top|bottom|front|back|pictured|file)\)|,\s(?:left|right|centre|center|second left|second right)(?:,|$)/iu;
/** A photo credit: what follows a caption on a news page. */
const CREDIT = /^\s*(?:\(?(?:AP|AFP|Reuters|EPA|PA) Photo\b|(?:Photograph|Photo|Picture|Image)s?\s*:|\(?(?:[A-Z][\w.'-]*\s+){0,4}[A-Z][\w.'-]*\s*\/\s*(?:Getty|AFP|AP|Reuters|EPA|PA|Corbis|Bloomberg)\b|(?:REUTERS|AFP|AP|EPA|Getty Images)\b)/u;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A day the picture was taken: "on Tuesday", "May 31", "on Jan. 24, 2011". */
const PICTURE_DAY = new RegExp(`\\b(?:(?:on|last) ${WEEKDAY}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2} ${MONTH}|in this (?:file )?(?:photo|picture|image))`, 'u');
/**
 * What a report of a dated happening holds and a caption does not: a past or future verb ("was released Monday",
 * "died on Tuesday", "will meet on Friday"), a plan ("to visit on Friday"), an attribution.
 */
const REPORT = /\b(?:was|were|had|has|have|did|is|are|will|would|could|can|may|might|must|to|said|says|told|according|after|[a-z]{3,}ed|rose|fell|took|made|went|came|gave|left|began|ran|won|lost|hit|struck|became|brought|fought|found|fled|held|met|paid|sent|shot|spoke|stood|sought|sold|led|saw|knew|grew|drew|threw|broke)\b/u;

/**
 * Whether a sentence is a photo caption: it places people in the picture, is followed by a photo credit
 * (`after`: the text right after it), or states the picture's day without a verb of a report (a caption tells
 * what is seen in the present: "Oil floats around a rig … May 31").
 */
export function isCaption(sentence: string, after = ''): boolean {
  if (POSITION.test(sentence) || CREDIT.test(after)) return true;
  return PICTURE_DAY.test(sentence) && !REPORT.test(sentence.replace(PICTURE_DAY, ''));
}

/** Whether a line is a photo credit ("Photograph: Jae C. Hong/AP", "(AP Photo)"). */
export function isCredit(line: string): boolean {
  return CREDIT.test(line);
}
