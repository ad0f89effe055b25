// What a sentence without a date of its own says about when its event happened: is its main verb past
// (it continues the story the text is telling) or present / future (it describes the state at the time of
// writing), and does it report what someone said (it shares the date of that statement)?

/** Quoted words do not give the reporter's tense: "I am an innocent man," Dr Murray said. */
const QUOTED = /["“][^"“”]*["”]|``.*?''/g;
const PAST = /\b(?:said|told|added|was|were|had|did|announced|reported|called|urged|asked|warned|denied|insisted|stressed|noted|wrote|tweeted|explained|confirmed|[a-z]{3,}ed)\b/i;
const NOW = /\b(?:is|are|am|has|have|says?|tells?|adds?|argues?|believes?|will|won't|can|cannot|can't|remains?|continues?|plans?|wants?|needs?|faces?|hopes?|expects?|intends?)\b/i;
/** An "-ed" word that is no past verb of the clause ("expected", "concerned", "based"). */
const NOT_PAST = /^(?:expected|scheduled|concerned|interested|based|related|united|limited|supposed|used|need|indeed|hundred|speed|red|bed|seed|feed)$/i;
const REPORTING = /\b(?:said|says?|told|tells?|added|adds|stated|announced|declared|insisted|stressed|noted|warned|urged|explained|confirmed|denied|according to|in a statement)\b/i;

export type ClauseTime = 'past' | 'now' | 'unknown';

/** The tense of the first finite verb outside quotations. */
export function clauseTime(sentence: string): ClauseTime {
  const bare = sentence.replace(QUOTED, ' ');
  const past = firstMatch(bare, PAST, (w) => !NOT_PAST.test(w));
  const now = firstMatch(bare, NOW);
  if (past === undefined && now === undefined) return 'unknown';
  if (now === undefined) return 'past';
  if (past === undefined) return 'now';
  return past < now ? 'past' : 'now';
}

/** Does the sentence report speech ("X said", "according to", a quotation)? */
export function isReport(sentence: string): boolean {
  return REPORTING.test(sentence) || /["“”]|``/.test(sentence);
}

/** Global copies of the patterns, made once: a regex built per sentence was most of this layer's time. */
const GLOBAL = new Map<RegExp, RegExp>();

function firstMatch(text: string, re: RegExp, keep: (word: string) => boolean = () => true): number | undefined {
  let global = GLOBAL.get(re);
  if (!global) {
    global = new RegExp(re.source, 'gi');
    GLOBAL.set(re, global);
  }
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) if (keep(m[0])) return m.index;
  return undefined;
}
