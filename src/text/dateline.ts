// Datelines: the label a wire service or paper puts before the first sentence of a story ("LONDON (Reuters) -",
// "PORT ALDER, Veloria (VNS) —", "BEIJING, Aug. 25 (Xinhua) --", "AP NEW ORLEANS --"). It names where the story was
// filed and by whom; it is not part of what happened. Timelines cut it from shown sentences, the entity tagger does
// not tag inside it (an all-caps "KESSEL FORD" is not two people), and quotes do not start in it.

/** An agency in brackets, with PTB brackets as Timeline17 writes them: any short name after a capitals place. */
const AGENCY = String.raw`(?:\(|-LRB-)\s*[A-Za-z][A-Za-z.&' ]{0,24}?\s*(?:\)|-RRB-)`;
/** A well-known agency in brackets: the only kind accepted after a place in ordinary case or a fused headline,
 * where "(as Reuters reported) -" or "(BP) -" would otherwise pass for one. */
const KNOWN_AGENCY = String.raw`(?:\(|-LRB-)\s*(?:Reuters|CNN|AP|AFP|UPI|Xinhua|Bloomberg|dpa|DPA|ANSA|Kyodo|Yonhap|Interfax|TASS|PTI|IANS|CP|BBC|Associated Press|Canadian Press)\s*(?:\)|-RRB-)`;
/** The dash after a dateline: hyphen, double hyphen, en dash or em dash. */
const DASH = String.raw`(?:--?|—|–)`;
/** A dash that can end a dateline without an agency before it (a lone hyphen there is too often a range). */
const LONG_DASH = String.raw`(?:--|—|–)`;
/** A month-day stamp after the place: ", Aug. 25" or ", March 3". */
const STAMP = String.raw`(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})`;
/** A place written in capitals ("WASHINGTON", "NEW ORLEANS", "ST. LOUIS", "KESSEL FORD"). */
const CAPS_PLACE = String.raw`[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}`;
/** A place in ordinary case after a comma (", Veloria", ", Egypt", ", N.J."). */
const MORE_PLACE = String.raw`(?:\s*,\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*)?){0,2}`;

/** Anything (a headline or a time stamp fused into the sentence) before a place + agency + dash. */
const AGENCY_DATELINE = new RegExp(String.raw`^.{0,200}?${KNOWN_AGENCY}\s*${DASH}\s*`);
/** An all-caps place with optional agency prefix, region, stamp and agency, then a dash. */
const CAPS_DATELINE = new RegExp(
  String.raw`^(?:AP\s+)?${CAPS_PLACE}${MORE_PLACE}${STAMP}?(?:\s*${AGENCY}\s*${DASH}|\s*${LONG_DASH})\s+`,
);
/** A bracket naming the agency and the filing date, after which some sites put no dash ("TORONTO (UrduPoint News /
 * Sputnik - 20th June, 2020) Canada will ..."): it must hold a year or a known agency to pass for one. */
const STAMPED_BRACKET = String.raw`\((?=[^()]*(?:\b(?:19|20)\d{2}\b|Reuters|Xinhua|Sputnik|AFP|Bloomberg|UPI))[^()]{1,80}\)`;
const CAPS_STAMPED_DATELINE = new RegExp(String.raw`^(?:AP\s+)?${CAPS_PLACE}${MORE_PLACE}\s*${STAMPED_BRACKET}\s*(?:${DASH}\s*)?(?=[A-Z"“])`);
/** A place in ordinary case with its agency ("Cairo, Egypt (CNN) --"). */
const PLACE_AGENCY_DATELINE = new RegExp(String.raw`^[A-Z][A-Za-z.'’-]+${MORE_PLACE}${STAMP}?\s*${KNOWN_AGENCY}\s*${DASH}\s*`);

/**
 * Length of the dateline at the start of `text` (a sentence or an article's first paragraph), 0 when there is none.
 * A text that is nothing but a dateline has none: there is no story after it to label.
 */
export function datelineLength(text: string): number {
  const m =
    CAPS_DATELINE.exec(text) ?? CAPS_STAMPED_DATELINE.exec(text) ?? PLACE_AGENCY_DATELINE.exec(text) ?? AGENCY_DATELINE.exec(text);
  if (!m) return 0;
  const rest = text.slice(m[0].length);
  // The story must go on with a word: "LONDON -LRB- Reuters -RRB- -" alone, or "NATO - 3" is not a dateline.
  if (!/^["“'‘]?[A-Za-z0-9]/.test(rest)) return 0;
  return m[0].length;
}

/**
 * Character ranges [start, end) of datelines in an article: one at the very start of the text or at the start
 * of any paragraph within its first three paragraphs (the headline and a byline usually come first).
 */
export function datelineSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (let paragraph = 0; paragraph < 4 && start < text.length; paragraph++) {
    while (start < text.length && /\s/.test(text[start]!)) start++;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const n = datelineLength(line);
    if (n > 0) {
      spans.push([start, start + n]);
      break;
    }
    if (end < 0) break;
    start = end + 1;
  }
  return spans;
}
