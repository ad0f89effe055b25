// The noun phrase around a name: a title between an organisation and a person splits them, titles and
// descriptors before a name join its extent, and a "the" before it belongs to it only when the name ends the phrase.
import type { Token } from '../tokens.js';
import { isLowerWord, isNationality, isUpper, lower, spaced, type ExtentSpan } from './span.js';
import { CORPORATE_SUFFIX, ORG_DESCRIPTOR, PERSON_ROLE, PHRASE_BREAK } from './words.js';

/**
 * Splits a span that runs an organisation or place, a capitalised title and a person's name together ("Apple CEO
 * Steve Jobs", "Chrysler Chief Executive Robert Nardelli"), or a company's legal form and a person's name of two
 * or three words ("Chrysler LLC Jim Press"): the part before the title keeps the tagger's kind
 * (an organisation when the tagger said person), the name after it is a PERSON, and the title is left to
 * withPremodifiers. Spans without such a title come back unchanged.
 */
export function splitAtTitle(tokens: Token[], s: ExtentSpan): ExtentSpan[] {
  // A legal form ends a company name: "[Chrysler LLC] [Jim Press]" is a company and a person.
  for (let k = s.nameFrom + 1; k < s.nameTo - 2; k++) {
    if (!CORPORATE_SUFFIX.has(lower(tokens[k]!)) || !isUpper(tokens[k]!)) continue;
    const rest = tokens.slice(k + 1, s.nameTo);
    if (rest.length > 3 || !rest.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))) break;
    return [{ kind: 'ORG', from: s.from, to: k + 1, nameFrom: s.nameFrom, nameTo: k + 1 },
      { kind: 'PERSON', from: k + 1, to: s.nameTo, nameFrom: k + 1, nameTo: s.nameTo }];
  }
  for (let k = s.nameFrom + 1; k < s.nameTo - 1; k++) {
    if (!isUpper(tokens[k]!) || !PERSON_ROLE.has(lower(tokens[k]!))) continue;
    let j = k;
    while (j < s.nameTo && isUpper(tokens[j]!) && PERSON_ROLE.has(lower(tokens[j]!))) j++;
    if (j >= s.nameTo || !tokens.slice(j, s.nameTo).every(isUpper)) return [s];
    const left: ExtentSpan = { kind: s.kind === 'PERSON' ? 'ORG' : s.kind, from: s.from, to: k, nameFrom: s.nameFrom, nameTo: k };
    return [left, { kind: 'PERSON', from: j, to: s.nameTo, nameFrom: j, nameTo: s.nameTo }];
  }
  return [s];
}

/**
 * Extends a PERSON or ORG mention to the left over its noun-phrase premodifiers when the word just before the
 * name is a role or title ("President", "chief executive", "analyst") or an organisation descriptor
 * ("automaker", "manufacturer", "firm"). The run goes on over further lowercase modifiers ("aircraft
 * manufacturer", "private equity firm"), capitalised title words, demonyms ("American", "Australian") and other
 * names directly before it ("U.S. automaker", "Airbus chief executive"), a common word capitalised at the start of
 * a sentence (`commonAt`: "Aircraft manufacturer Boeing"), and over a leading "the". A person's title that an
 * organisation or a common word modifies ("Apple CEO", "company CEO") is an apposition: the mention is the name. It never crosses punctuation,
 * a line break, a closed-class word or a verb, and takes at most six words.
 */
export function withPremodifiers(text: string, tokens: Token[], s: ExtentSpan, spans: ExtentSpan[],
  commonAt: (i: number) => boolean = () => false): ExtentSpan {
  if (s.kind === 'PLACE' || s.from === 0) return s;
  const heads = s.kind === 'PERSON' ? PERSON_ROLE : ORG_DESCRIPTOR;
  const before = tokens[s.from - 1]!;
  if (!spaced(text, before, tokens[s.from]!) || !heads.has(lower(before))) return s;
  // A person's title is part of the name's noun phrase when it is written as a title (capitalised: "President
  // Vladimir Putin", "Senator McCain"); a lowercase job description ("founder Steve Jobs") is an apposition.
  if (s.kind === 'PERSON' && !isUpper(before)) return s;
  // A name with a possessive determines another noun phrase ("rival Boeing's 747", "exchange GM's debt"): the
  // words before it belong to that phrase, not to the name's mention.
  if (s.kind === 'ORG' && /^['’][sS]$/.test(tokens[s.nameTo]?.text ?? '')) return s;
  let from = s.from - 1;
  let words = 1;
  while (from > 0 && words < 6) {
    const t = tokens[from - 1]!;
    if (!spaced(text, t, tokens[from]!)) break;
    const w = lower(t);
    // Another name ends here: take it whole ("Ford Motor Company CEO", "The United States auto manufacturer").
    const name = spans.find((x) => x !== s && x.to === from);
    // A person's title that an organisation or a common word modifies ("Apple CEO", "company CEO") describes
    // the person in apposition, as "founder" does: the mention is the name ("Apple CEO [Steve Jobs]"). A place
    // before the title keeps it a title ("U.S. President Barack Obama").
    if (s.kind === 'PERSON' && name && name.kind !== 'PLACE') return s;
    if (name) {
      from = name.from;
      words += name.to - name.from;
      continue;
    }
    if (PHRASE_BREAK.has(w) || (/(?:ed|ly)$/.test(w) && !heads.has(w))) break;
    if (s.kind === 'PERSON' && isLowerWord(t) && !heads.has(w)) return s;
    if (isLowerWord(t) || heads.has(w) || PERSON_ROLE.has(w) || isNationality(t) || (isUpper(t) && ORG_DESCRIPTOR.has(w)) ||
      commonAt(from - 1)) {
      from--;
      words++;
      continue;
    }
    // A capitalised word the tagger did not take as a name modifies the title ("Apple Computer CEO" in a
    // headline): an apposition, as with a tagged organisation.
    if (s.kind === 'PERSON' && isUpper(t) && /\p{L}/u.test(t.text)) return s;
    break;
  }
  if (from > 0 && lower(tokens[from - 1]!) === 'the' && spaced(text, tokens[from - 1]!, tokens[from]!)) from--;
  return { ...s, from };
}

/**
 * Whether a "the" directly before a name belongs to the name's mention: yes when the name ends its noun phrase
 * (followed by punctuation other than a possessive, the end of the unit, or a closed-class word or verb), no
 * when the name premodifies a following noun ("the US economy", "the Airbus website", "the UK's index").
 */
export function theBelongs(text: string, tokens: Token[], nameTo: number): boolean {
  const after = tokens[nameTo];
  if (after === undefined) return true;
  const last = tokens[nameTo - 1]!;
  if (/^['’][sS]$/.test(after.text)) return false;
  if (!/[\p{L}\p{N}]/u.test(after.text)) return true;
  if (!spaced(text, last, after)) return true;
  if (/^[\p{Lu}\p{N}]/u.test(after.text)) return false;
  const w = lower(after);
  if (PHRASE_BREAK.has(w) || /(?:ed|ly)$/.test(w)) return true;
  // A lowercase word ending in -s after a name is more often a verb ("the US says") than a plural noun.
  if (/[^s]s$/.test(w)) return true;
  return false;
}

