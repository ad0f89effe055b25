// Broadcast transcripts: a speaker tag ("MALVEAUX:", "WOLF BLITZER, CNN ANCHOR:") opens each turn and is not
// part of any sentence; stage cues ("(INAUDIBLE)", "(BEGIN VIDEOTAPE)") are not speech at all. The tags are
// set aside as furniture and the turns kept, so quote attribution can tell who is talking.
import type { Turn } from '../types.js';
import type { Span } from './spans.js';

/**
 * A tag at a line start or after a sentence end: an all-caps name of up to four words, an optional role after
 * a comma, an optional stage note in brackets, then a colon and a space.
 */
const TAG = /(?:^|(?<=[.?!"”'] ))([A-Z][A-Z.'-]*[A-Z](?: [A-Z][A-Z.'-]*){0,3})(, [^:\n]{1,80}?)?( \([A-Za-z -]{2,30}\))?:(?= )/gm;
/**
 * What every TAG match holds: a colon and a space, and before the colon a capital (the name's last letter), a
 * bracket (the stage note's) or, right after the name's last capital, a comma and a space (the role's). Most
 * texts hold none, and TAG is tried at every capital.
 */
const tagGate = (text: string): boolean => text.includes(': ') && /[A-Z][:,] |\): /.test(text);
/** All-caps labels that look like tags but name no speaker. */
const NOT_SPEAKERS = new Set(['UPDATE', 'UPDATED', 'NOTE', 'CORRECTION', 'WATCH', 'VIDEO', 'PHOTOS', 'PHOTO', 'READ',
  'MORE', 'RELATED', 'BREAKING', 'LIVE', 'ET', 'GMT', 'Q', 'A', 'AP', 'PS', 'UPDATE', 'SOURCE', 'SOURCES', 'WARNING']);
/** Stage cues in brackets, as transcription services write them. */
const CUE = /\((?:INAUDIBLE|CROSSTALK|LAUGHTER|LAUGHS|APPLAUSE|CHEERS|CHEERING|CHANTING|SINGING|GUNFIRE|MUSIC|SIRENS?|UNINTELLIGIBLE|SOUNDBITE|COMMERCIAL BREAK|(?:BEGIN|END) [A-Z -]{2,30}|voice-over|on camera|through translator|via telephone|on the phone|off-mike|off mike)\)/gi;

/** Minimum tags before a text is read as a transcript: one all-caps word and a colon is too little evidence. */
export const MIN_TAGS = 2;

export interface TranscriptParts {
  spans: Span[];
  turns: Turn[];
}

export function transcriptParts(text: string): TranscriptParts {
  const spans: Span[] = [];
  for (const m of text.matchAll(CUE)) spans.push([m.index, m.index + m[0].length]);
  const tags: { start: number; end: number; speaker: string }[] = [];
  for (const m of tagGate(text) ? text.matchAll(TAG) : []) {
    const name = m[1]!;
    if (NOT_SPEAKERS.has(name) || (/^[A-Z]{1,3}$/.test(name) && !m[2])) continue;
    tags.push({ start: m.index, end: m.index + m[0].length, speaker: name });
  }
  const turns: Turn[] = [];
  if (tags.length < MIN_TAGS) return { spans, turns };
  for (const [i, tag] of tags.entries()) {
    spans.push([tag.start, tag.end]);
    let start = tag.end;
    let end = i + 1 < tags.length ? tags[i + 1]!.start : text.length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) turns.push({ speaker: tag.speaker, start, end });
  }
  return { spans, turns };
}
