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

/**
 * The title of a title run into its lead ("Syria: Aleppo is nail in Assad's coffin, says Panetta The Free Syrian
 * Army …" → "Syria: Aleppo is nail in Assad's coffin, says Panetta"); the sentence itself when it has no seam.
 */
export function titleOf(sentence: string): string {
  const ws = words(sentence);
  for (let i = MIN_SIDE; i <= ws.length - MIN_SIDE; i++) {
    const prev = ws[i - 1]!;
    if (/[,;:\-–—(]$/u.test(prev) || CONTINUES.has(prev.toLowerCase())) continue;
    if (STARTERS.has(ws[i]!) || nameSeam(ws, i)) return ws.slice(0, i).join(' ');
  }
  return sentence;
}

/** Verbs that show a clause has begun: an auxiliary, a verb of saying, a regular past. */
const CLAUSE_VERB = /^(?:was|wasn't|were|has|hasn't|have|had|is|are|will|would|said|says|told|[a-z]{3,}ed)$/u;
/** Nouns that introduce a person's name: after them a capitalised word continues the phrase. */
const ROLE = new Set(('striker leader president minister secretary doctor envoy spokesman spokeswoman chief director chairman ' +
  'governor singer star actor actress coach captain manager boss player judge general officer official senator mayor prince ' +
  'princess king queen pope rapper champion boxer writer author reporter correspondent editor activist lawyer analyst ' +
  'professor economist commander ambassador chancellor premier candidate nominee son daughter wife husband brother sister').split(' '));
/** What a headline above a lead seldom holds: an auxiliary or a verb of saying (headlines say "BP cancels dividend"). */
const AUXILIARY = /^(?:was|were|has|have|had|is|are|said|told)$/iu;

/**
 * A lead opening on a name after a title that ends in a common noun: "… over Syria resolution | Russian UN envoy
 * …", "Assad officials deny rebel Damascus volcano push | Activists released …": a lower-case word, a capitalised
 * one, its clause's verb within the next two words, and no auxiliary in the title part.
 */
function nameSeam(ws: string[], i: number): boolean {
  if (!/[\p{Ll}\d'’]$/u.test(ws[i - 1]!) || /^\p{Lu}/u.test(ws[i - 1]!) || !/^\p{Lu}\p{Ll}/u.test(ws[i]!)) return false;
  // A name a role noun introduces is the title's own ("… striker Wayne Rooney will miss").
  if (ROLE.has(ws[i - 1]!.toLowerCase()) || !ws.slice(i + 1, i + 3).some((w) => CLAUSE_VERB.test(w))) return false;
  // "An estimated 200,000": a participle after a determiner is no verb.
  if (!CLAUSE_VERB.test(ws[i + 1] ?? '') && /ed$/u.test(ws[i + 2] ?? '')) return false;
  return !ws.slice(0, i).some((w) => AUXILIARY.test(w));
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
