// Attribution of direct and reported speech: who said what. The pipeline:
//   1. quotations (quotations.ts) and units (units.ts: sentences merged so no quotation crosses a unit end,
//      wire datelines cut out);
//   2. per unit, its tokens (tokens.ts, a quotation is one token) and the attribution patterns
//      (patterns/index.ts, in order) around each cue (cues.ts: words PolNeAR annotators marked as cues often
//      enough, outside quotations, not in the passive) with the subject before it (subject.ts);
//   3. a unit that is only a quotation, right after a unit whose content was a quotation, continues that
//      speaker;
//   4. each content span becomes a Quote, its speaker resolved to an entity (speaker.ts) unless the phrase is no
//      noun phrase (speakerPhrase.ts), dated when the cue is (finish.ts); repeats of a quote and quotes
//      embedded in another's words are dropped.
// Units that hold no quotation, no cue word and no colon near their start are skipped untokenised.
import type { EntityMention, Quote, Sentence, Timex } from '../../types.js';
import { cueContext, type Attribution } from './attribution.js';
import { canSpeak } from './canSpeak.js';
import { CLAUSE_ONLY } from './lexicon.js';
import { cueOffsets } from './cues.js';
import { notSpeech } from './objects.js';
import { dayOfCue, dropEmbedded, dropRepeats } from './finish.js';
import { CUE_PATTERNS, UNIT_PATTERNS } from './patterns/index.js';
import { transcriptTag } from './patterns/colon.js';
import { trimSpan } from './phrases.js';
import { findQuotations, type Quotation } from './quotations.js';
import { resolveSpeakerEntity, type EarlierSpeaker } from './speaker.js';
import { notASpeaker, speakerStart } from './speakerPhrase.js';
import { neverAName, pageFurniture } from './names.js';
import { tokenize, type Tok } from './tokens.js';
import { buildUnits } from './units.js';
import { antecedentWindow } from './window.js';

/** Attributions of one unit: a unit pattern, else each cue's first applicable cue pattern. */
function analyseUnit(text: string, toks: Tok[]): Attribution[] {
  const found: Attribution[] = [];
  const unit = { text, toks, found };
  for (const p of UNIT_PATTERNS) {
    const a = p.match(unit);
    if (a) return [a];
  }
  for (let i = 0; i < toks.length; i++) {
    const c = cueContext(unit, i);
    if (!c) continue;
    for (const p of CUE_PATTERNS) {
      const a = p.match(c);
      if (!a) continue;
      if (a.content.length) found.push(a);
      break;
    }
  }
  return found;
}

/** Finds direct and reported speech and resolves speakers (see the header). */
export function extractQuotes(text: string, sentences: Sentence[], entities: EntityMention[], timexes: readonly Timex[] = []): Quote[] {
  if (text.length === 0) return [];
  const quotations = findQuotations(text);
  const units = buildUnits(text, sentences, quotations);
  const found: Attribution[] = [];
  const cueAt = cueOffsets(text);
  let ci = 0;
  let qi = 0;
  let lastDirect: { found: Attribution; unitEnd: number } | undefined;
  for (const u of units) {
    while (qi < quotations.length && quotations[qi]!.close <= u.start) qi++;
    const hasQuote = qi < quotations.length && quotations[qi]!.open < u.end;
    while (ci < cueAt.length && cueAt[ci]! < u.start) ci++;
    const colonNear = text.slice(u.start, Math.min(u.end, u.start + 80)).includes(':');
    if (!hasQuote && (ci >= cueAt.length || cueAt[ci]! >= u.end) && !colonNear) {
      lastDirect = undefined;
      continue;
    }
    const toks = tokenize(text, u.start, u.end, quotations, qi);
    const unitFound = analyseUnit(text, toks);
    if (unitFound.length > 0) {
      found.push(...unitFound);
      const last = unitFound[unitFound.length - 1]!;
      lastDirect = last.direct ? { found: last, unitEnd: u.end } : undefined;
      continue;
    }
    const continued = lastDirect && continuation(text, toks, lastDirect.found, lastDirect.unitEnd, u.start);
    if (continued) found.push(continued);
    lastDirect = continued ? { found: continued, unitEnd: u.end } : undefined;
  }
  return dropRepeats(dropEmbedded(toQuotes(text, found, entities, quotations, antecedentWindow(text, sentences), timexes, sentences)));
}

/** A unit that is only a quotation, with nothing but space since the previous direct one, continues its speaker. */
function continuation(text: string, toks: Tok[], prev: Attribution, prevEnd: number, start: number): Attribution | undefined {
  const real = toks.filter((t) => t.word || t.quote);
  if (real.length !== 1 || !real[0]!.quote || !/^\s*$/.test(text.slice(prevEnd, start).replace(/[\s]+/g, ''))) return undefined;
  const q = real[0]!.quote;
  const a: Attribution = { cue: prev.cue, cueEnd: prev.cueEnd, content: [[q.innerStart, q.innerEnd]], direct: true };
  if (prev.speakerStart !== undefined) {
    a.speakerStart = prev.speakerStart;
    a.speakerEnd = prev.speakerEnd;
  }
  return a;
}

/** One Quote per content span, its speaker resolved against the entities and the speakers before it. */
function toQuotes(text: string, found: Attribution[], entities: EntityMention[], quotations: Quotation[],
  windowFrom: (at: number) => number, timexes: readonly Timex[], sentences: readonly Sentence[]): Quote[] {
  const out: Quote[] = [];
  const speakers: EarlierSpeaker[] = [];
  const byEnd = entities.length > 0 && found.length > 0 ? [...entities].sort((a, b) => a.end - b.end || a.start - b.start) : entities;
  for (const f of found) {
    if (f.speakerStart !== undefined && f.speakerEnd !== undefined) f.speakerStart = speakerStart(text, f.speakerStart, f.speakerEnd);
    if (f.speakerStart !== undefined && notASpeaker(text.slice(f.speakerStart, f.speakerEnd))) {
      f.speakerStart = undefined;
      f.speakerEnd = undefined;
    }
    const recent = speakers.length > 20 ? speakers.slice(-20) : speakers;
    const found = f.speakerStart !== undefined && f.speakerEnd !== undefined
      ? resolveSpeakerEntity(text, f.speakerStart, f.speakerEnd, byEnd, quotations, recent, windowFrom(f.speakerStart),
        { sentences, content: f.content, direct: f.direct }) : undefined;
    // a mention running over the cue ('Hillary Clinton Says EgyptAir Crash' in a title-case headline) is no name
    const entity = found && found.start < f.cueEnd && found.end > f.cue.start ? undefined : found;
    // "the tsunami shows that …": a cue and a clause, but no one who could have said it
    const tag = f.cue.low === ':' && f.speakerStart !== undefined && f.speakerEnd !== undefined && transcriptTag(text, f.speakerStart, f.speakerEnd);
    if (!tag && f.speakerStart !== undefined && f.speakerEnd !== undefined && !canSpeak(text, f.speakerStart, f.speakerEnd, entity, !CLAUSE_ONLY.has(f.cue.low), byEnd)) continue;
    for (const [s0, e0] of f.content) {
      const [s, e] = trimSpan(text, creditEnd(text, s0), e0);
      const gap = s0 >= f.cueEnd ? text.slice(f.cueEnd, s0) : undefined;
      if (e <= s || notSpeech(f.cue.low, f.direct, gap, text.slice(s, Math.min(e, s + 160)), text.slice(f.cueEnd, f.cueEnd + 40))) continue;
      const q: Quote = { text: text.slice(s, e), start: s, end: e, direct: f.direct, cue: text.slice(f.cue.start, f.cueEnd) };
      const day = timexes.length > 0 && f.cue.low !== ':' ? dayOfCue(text, f.cue.start, f.cueEnd, [s, e], timexes) : undefined;
      if (day) q.saidOn = day;
      if (f.speakerStart !== undefined && f.speakerEnd !== undefined) {
        q.speakerStart = f.speakerStart;
        q.speakerEnd = f.speakerEnd;
        q.speakerText = text.slice(f.speakerStart, f.speakerEnd);
        // 'Dandong: …', 'Photograph: …', 'Clinton: 1,769': a colon attributes only words, and only to a name
        // ('PENCE: Well, …', a transcript's speaker tag, names its speaker without being a name the entity layer knows)
        if (f.cue.low === ':' && !tag &&
          (!entity || entity.kind === 'PLACE' || (!f.direct && (q.text.match(/\p{L}+/gu) ?? []).length < 3))) continue;
        if (entity) q.speaker = entity.name;
        else if (pageFurniture(q.speakerText)) continue;
        // an unresolved "I", "they", "it": the words name no one a reader knows, so the quote is shown
        // unattributed; the mention's span stays (it is still where the text says who spoke)
        else if (/\p{L}/u.test(q.speakerText) && neverAName(q.speakerText)) delete q.speakerText;
        const prev = speakers[speakers.length - 1];
        if (!prev || prev.start !== f.speakerStart || prev.end !== f.speakerEnd) {
          speakers.push(entity ? { start: f.speakerStart, end: f.speakerEnd, entity } : { start: f.speakerStart, end: f.speakerEnd });
        }
      }
      out.push(q);
    }
  }
  return out;
}

/**
 * Where words start after a photo credit glued to the sentence ("Khaled Desouki/AFP/Getty Today's election …" →
 * "Today's election …"): capitalised words up to a slash-joined run of names, within the first few words, or the
 * tail of such a run when the content starts inside it ("…/Getty Today's").
 */
function creditEnd(text: string, start: number): number {
  const head = text.slice(start, start + 120);
  const inside = text[start - 1] === '/' ? /^[\p{L}\p{N}.&-]+\s+/u.exec(head) : null;
  if (inside) return start + inside[0].length;
  const credit = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.&-]*(?:\/\p{Lu}[\p{L}.&-]*)+\s+/u.exec(head);
  return credit ? start + credit[0].length : start;
}
