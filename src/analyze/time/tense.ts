// Does a sentence talk about the future? News is past-leaning: a weekday or month without a year is
// the last one before publication unless the sentence carries a future cue ("will meet on Thursday").

const FUTURE_CUE =
  /\b(?:will|won't|shall|'ll|going to|is to|are to|was to|set to|due to|scheduled|schedules|plans? to|planned (?:to|for)|planning to|would|intends? to|expected to|expects to|upcoming|next|to be held|is slated|are slated|would be held|later this|coming)\b/i;

export function hasFutureCue(sentence: string): boolean {
  return FUTURE_CUE.test(sentence);
}

/** Nearest future cue to a position, looking within the same clause only. */
export function futureNear(sentence: string, at: number): boolean {
  const from = Math.max(0, sentence.lastIndexOf(';', at) + 1);
  let to = sentence.indexOf(';', at);
  if (to < 0) to = sentence.length;
  return FUTURE_CUE.test(sentence.slice(from, to));
}
