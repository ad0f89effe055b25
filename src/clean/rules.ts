// General furniture patterns of English news pages, each a named rule that returns the spans it sets aside.
// They are the second signal beside the learned repeat model (model.ts): they catch furniture a source shows
// too rarely to be learned (a stamp with today's time, one reader comment) and work on a store's first page.
import { lineStartMatches } from '../text/lineStarts.js';
import { lineRanges, sentenceAround, type Span } from './spans.js';

export interface FurnitureRule {
  name: string;
  find(text: string): Span[];
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|' +
  'Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?';
/** "Friday, 29 January 2010", "29th Apr 2009", "Tue Mar 29, 2011"; `year` is how a year may be written. */
const dateOf = (year: string): string =>
  `(?:${WEEKDAY},? )?(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? ${year}|${MONTH} \\d{1,2},? ${year})`;
const DATE = dateOf('\\d{4}');
const CLOCK = '\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?';
const ZONE = '(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT|UK time|local time|local)';

/**
 * Spans of `re`'s matches, or of one group's. `gate`, when given, is a cheap pattern every match must contain:
 * most pages hold none, and a literal search rules the text out faster than the full pattern, which is tried at
 * every position because its optional prefixes match anywhere.
 */
function matches(text: string, re: RegExp, group = 0, gate?: RegExp | ((text: string) => boolean)): Span[] {
  if (gate && !(typeof gate === 'function' ? gate(text) : gate.test(text))) return [];
  const out: Span[] = [];
  for (const m of lineStartMatches(text, re) ?? text.matchAll(re)) {
    const start = m.index + (group === 0 ? 0 : m[0].indexOf(m[group]!));
    out.push([start, start + (m[group] ?? m[0]).length]);
  }
  return out;
}

/** The sentences (within their line) holding a match of `re`. */
function sentencesWith(text: string, re: RegExp, keep: (sentence: string) => boolean = () => true): Span[] {
  const out: Span[] = [];
  let lines: Span[] | undefined;
  let li = 0;
  for (const m of lineStartMatches(text, re) ?? text.matchAll(re)) {
    lines ??= lineRanges(text); // only once there is a match: most texts have none
    while (li < lines.length - 1 && lines[li]![1] < m.index) li++;
    const span = sentenceAround(text, lines[li]!, m.index, m.index + m[0].length);
    const last = out[out.length - 1];
    if (last && last[0] === span[0]) continue; // two matches in one sentence
    if (keep(text.slice(span[0], span[1]))) out.push(span);
  }
  return out;
}

let lowerOf: { text: string; lower: string } | undefined;
/**
 * The text in lower case (kept for the last text), for gates: a case-insensitive pattern's ASCII letters match
 * only themselves in either case, so each of its literal words occurs in the lowered text wherever it matches.
 */
function lower(text: string): string {
  if (lowerOf?.text !== text) lowerOf = { text, lower: text.toLowerCase() };
  return lowerOf.lower;
}
const holds = (text: string, parts: readonly string[]): boolean => parts.some((p) => text.includes(p));

const LAST_UPDATED = new RegExp(`(?:${DATE} )?(?:Page )?last updated:? (?:at )?${CLOCK}(?: ${ZONE})?(?:,? ${DATE})?` +
  '(?: \\(an error occurred while processing this directive\\))?(?: Help\\b)?', 'gi');
// Before a clock and zone, a two-digit year is clear too ("15 February 12 22:17 GMT"); so is a dateline in
// capitals before a bar ("TRIPOLI | Tue Mar 29, 2011 7:12 pm EDT").
const DATE_CLOCK = new RegExp(`(?:\\b[A-Z][A-Z .'-]{1,30} )?(?:\\| )?(?:Aired )?` +
  `(?:${dateOf('(?:\\d{4}|\\d{2})')},?(?: at| -)? ${CLOCK} ?${ZONE}|${CLOCK} ?${ZONE},? ${DATE})(?: \\|)?`, 'g');
/** "(Update 9:45 p.m. Cairo, 2:45 p.m. ET)", "(8:48 a.m. ET, 2:28 p.m. in Libya)": a bracket opening on a clock. */
const UPDATE_NOTE = new RegExp(`\\((?:Updated? |${CLOCK} )[^()\\n]{0,80}(?:\\([^()\\n]{0,40}\\)[^()\\n]{0,40})?\\)`, 'g');
/** Bylines after a bar: "February 11, 2011 | By the CNN Staff", "| By Ben Wedeman, CNN". */
const BYLINE = new RegExp(`(?:${DATE} )?\\| ?By (?:the )?(?:[A-Z][\\w.'-]* ){0,2}(?:Staff|Wire|Writers?|Reporters?|Correspondents?)\\b|` +
  `\\| ?By [A-Z][\\w.'-]+(?: [A-Z][\\w.'-]+){0,2}, [A-Z]{2,}\\b`, 'g');
/** A staff byline opening a line, with no bar before it: "By the CNN Wire Staff", "By the Associated Press Writers". */
const LEAD_BYLINE = /^By (?:the )?(?:[A-Z][\w.'&-]* ){0,3}?(?:Wire |News )?(?:Staff|Writers?|Reporters?|Correspondents?)\b/gm;
/** A listed video's title, running time and date before its description: "Clinton warns of war (1:23) Mar 1 - ". */
const VIDEO_CAPTION = new RegExp(`^[^\n]{1,120}? \\(\\d{1,2}:\\d{2}\\) ${MONTH} \\d{1,2} - `, 'gm');
const LIVE_STAMP = new RegExp(`^[A-Z][A-Z .'-]{1,30}, ${CLOCK} ${ZONE}(?:, ${CLOCK} ${ZONE})?:`, 'gm');
const COMMENT_MARK = new RegExp(`${DATE} at ${CLOCK} ?\\|(?: ?Reply\\b)?|\\bAt ${CLOCK}(?: on)? ${DATE}, \\S{1,40} wrote:|` +
  // "Posted by: oline | September 16, 2008 1:50 PM | Report abuse": a reader's name, the time, the abuse link.
  `\\bPosted by:? [^|\\n]{1,60}\\| ?${DATE},? \\d{1,2}[:.]\\d{2} ?[AaPp]\\.?[Mm]\\.?(?: ?\\| ?Report abuse\\b)?|\\| ?Report abuse\\b`, 'g');
const EDITORS_NOTE = /^(?:Editor'?s note:|Correction:|(?:An )?earlier versions? of this (?:article|story)\b|This (?:article|story) (?:was|has been) (?:amended|corrected)\b)/gim;
/** At a line start (an opening quote allowed), three or more items of at most 25 characters without a sentence end, each before a bar. */
const LINK_BAR = /^["“]?(?:[^|\n.!?]{1,25}\|[ \t]?){3,}/gm;
/** Necessary parts of the patterns above (see `matches`): every LAST_UPDATED, DATE_CLOCK and BYLINE match holds one. */
const LAST_UPDATED_GATE = (t: string): boolean => lower(t).includes('last updated');
const SSI_ERROR = new RegExp(`(?:${CLOCK} (?:UK|${ZONE}) )?\\(an error occurred while processing this directive\\)`, 'g');
const SSI_GATE = (t: string): boolean => t.includes('an error occurred while processing');
const CLOCK_ZONE_GATE = new RegExp(`${CLOCK} ?${ZONE}`);
const BYLINE_GATE = (t: string): boolean => t.includes('|') && /\| ?By /.test(t);
/** Every COMMENT_MARK alternative holds a bar or "wrote:". */
const COMMENT_GATE = (t: string): boolean => t.includes('|') || t.includes('wrote:');
/** Every VIDEO_CAPTION match holds its bracketed running time. */
const VIDEO_GATE = (t: string): boolean => t.includes(') ') && /\(\d{1,2}:\d{2}\) /.test(t);
/**
 * Every PHOTO_CREDIT alternative holds a slash before a capital, "Photo/", a dash before a bracketed agency, or
 * "Photo(graph): ".
 */
const PHOTO_GATE = (t: string): boolean => (t.includes('/') && /\/[A-Z]|Photo\//.test(t)) || (t.includes('Photo') && /Photo(?:graph)?: /.test(t)) ||
  (t.includes(' - ') && / - (?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg)\)/.test(t));
const PHOTO_CREDIT = /\b(?:Photograph|Photo|Picture|Image)s?: [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}\/[A-Z][\w.]*(?: (?:Images|Photos?|Pictures))?(?: for [A-Z]\w+)?|\b[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\/(?:Getty Images|AFP|AP|Reuters|EPA|Corbis|PA)(?:\/Getty Images)?(?: for [A-Z]\w+)?|\((?:AP|AFP|Reuters|EPA) Photo\/[^()\n]{1,60}\)|\([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} - (?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg)\)|\b(?:Photograph|Photo): (?:PA|AP|AFP|Reuters|EPA|Getty Images)\b|(?<=^|\s)\/(?:Getty Images|AFP|AP|Reuters|EPA|PA)\b/g;

export const RULES: FurnitureRule[] = [
  // "Page last updated at 11:51 GMT, Friday, 29 January 2010", "24 June 2010 Last updated at 14:59 GMT".
  { name: 'last-updated', find: (t) => matches(t, LAST_UPDATED, 0, LAST_UPDATED_GATE) },
  // A web server's include error left in the page, with the clock the failed include should have followed it
  // with: "08:43 UK (an error occurred while processing this directive)".
  { name: 'server-include-error', find: (t) => matches(t, SSI_ERROR, 0, SSI_GATE) },
  // A page's own date and clock: "Monday 14 June 2010 18.00 BST", "| 16:21 UK time, Friday, 2 March 2012".
  { name: 'date-clock-stamp', find: (t) => matches(t, DATE_CLOCK, 0, CLOCK_ZONE_GATE) },
  // Live-blog entry stamps: "(Update 9:45 p.m. Cairo, 2:45 p.m. ET)", "LIBYA, 5:29 p.m. ET, 12:29 a.m. local:".
  { name: 'update-stamp', find: (t) => [...matches(t, UPDATE_NOTE), ...matches(t, LIVE_STAMP)] },
  // Bylines run into the body after a bar, or opening a line with a staff credit.
  { name: 'byline', find: (t) => [...matches(t, BYLINE, 0, BYLINE_GATE), ...matches(t, LEAD_BYLINE)] },
  // A video listing's title, running time and date; the description after the dash is kept.
  { name: 'video-caption', find: (t) => matches(t, VIDEO_CAPTION, 0, VIDEO_GATE) },
  {
    // Reader comments ("March 26, 2011 at 11:39 am | Reply", "At 12:46 pm on 10 Jun 2010, TonyP wrote:"):
    // pages put them after the article, so from the first of several marks to the end is the thread.
    name: 'comment-thread',
    find: (t) => {
      const marks = matches(t, COMMENT_MARK, 0, COMMENT_GATE);
      if (marks.length >= 2) return [[marks[0]![0], t.length]];
      return marks;
    },
  },
  // Poll widgets: "YES | NO Egyptian President Hosni Mubarak stepped down …".
  { name: 'poll-widget', find: (t) => matches(t, /\bYES ?\| ?NO\b/g, 0, (x) => x.includes('|')) },
  // Station idents: "From CNN Center, this is CNN SUNDAY MORNING."
  { name: 'station-id', find: (t) => (!t.includes('this is ') && !t.includes(' watching ') ? [] : sentencesWith(t, /\b(?:this is|you(?:'re| are) watching) (?:CNN|HLN|FOX|BBC|MSNBC|CNBC)\b/g)) },
  {
    // Promotions addressed to the reader: "Watch AC360 at 8 & 10 p.m. ET", "Send your video, images to CNN
    // iReport.", "For the latest from AC360 click here."
    name: 'promo',
    find: (t) => [
      // a showtime ends on "a.m. ET" / "pm ET": a text without one is not scanned for the longer pattern
      ...(!/m\.? ET\b/.test(t) ? [] : sentencesWith(t, /\b(?:Watch|[Tt]une in|Catch)\b[^.\n]{0,60}?\b\d{1,2}(?::\d{2})?(?: ?(?:&|and|-) ?\d{1,2}(?::\d{2})?)? ?(?:[ap]\.m\.|[ap]m) ET\b/g)),
      ...sentencesWith(t, /^(?:Share|Follow|Subscribe|Sign up|Click|Send (?:us )?your|Join|Download|Like us|Tell us|Email us|E-mail us)\b(?=[ ,])/gm,
        (s) => /\b(?:twitter|facebook|ireport|newsletter|e-?mail|videos?|images?|photos?|here|blog|feeds?|app|rss|inbox|comments?|experiences?|story|stories)\b/i.test(s)),
      ...(lower(t).includes('click here') ? sentencesWith(t, /\bclick here\b/gi) : []),
    ],
  },
  // Photo credits run into the caption or body: "Photograph: Staff/Reuters", "Kim Badawi/Getty Images for CNN".
  { name: 'photo-credit', find: (t) => matches(t, PHOTO_CREDIT, 0, PHOTO_GATE) },
  {
    // Comment policies and sign-up terms speak to the reader about posting: "Comments are not pre-screened
    // before they post.", "Views expressed in the comments do not represent those of Reuters."
    name: 'comment-policy',
    find: (t) => (!holds(lower(t), ['comment', 'post', 'discussion']) ? [] : sentencesWith(t, /\b(?:comments?|posts?|posting|discussion)\b/gi,
      (s) => !/^["“']/.test(s) &&
        /\b(?:pre-screened|moderat\w*|house rules|rules of conduct|terms of (?:service|use)|privacy policy|is (?:now )?closed|do not represent|will not be (?:displayed|published)|may be (?:published|edited|used)|we welcome|you agree|your (?:name|comments?))\b/i.test(s))),
  },
  // Broadcast transcript headers: everything up to "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE …".
  {
    name: 'transcript-header',
    find: (t) => matches(t, /^[\s\S]{0,1500}?THIS IS A RUSH TRANSCRIPT\.(?:\s*THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED\.)?/g, 0,
      (x) => x.includes('THIS IS A RUSH TRANSCRIPT.')),
  },
  // Editor's notes and corrections describe the piece, not the news: "Editor's note: Nancy Grace's new show …",
  // "Earlier versions of this article … carried the wrong dateline."
  { name: 'editors-note', find: (t) => (holds(lower(t), ['editor', 'correction:', 'earlier version', 'this article', 'this story']) ? sentencesWith(t, EDITORS_NOTE) : []) },
  // A bar of links: short items, each closed by a bar ("This Story: Read + | Watch + | Talk + |").
  { name: 'link-bar', find: (t) => matches(t, LINK_BAR, 0, (x) => x.includes('|')) },
];

/** Every rule's spans (unmerged). */
export function ruleSpans(text: string): Span[] {
  return RULES.flatMap((r) => r.find(text));
}
