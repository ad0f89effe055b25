// Matching a line-anchored pattern (/^…/gm) only where it can match, at line starts: irregexp tries such a
// pattern at every character of a text, and a text has a few dozen lines.

interface Anchored {
  /** The pattern made sticky, to be tried at one offset. */
  sticky: RegExp;
}
const ANCHORED = new Map<RegExp, Anchored | null>();

/** Is every top-level alternative of the pattern's source anchored by a leading ^ (no top-level |)? */
function wholeAnchored(source: string): boolean {
  if (!source.startsWith('^')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

function anchoredOf(re: RegExp): Anchored | null {
  let a = ANCHORED.get(re);
  if (a === undefined) {
    a = re.global && re.multiline && wholeAnchored(re.source) ? { sticky: new RegExp(re.source, `${re.flags.replace('g', '')}y`) } : null;
    ANCHORED.set(re, a);
  }
  return a;
}

/**
 * The matches `text.matchAll(re)` gives, for a global multiline pattern anchored by a leading ^ (undefined for any
 * other pattern): every match starts at a line start, so the pattern is tried there only, in text order, each try
 * from where the last match ended (as the global scan resumes).
 */
export function lineStartMatches(text: string, re: RegExp): RegExpExecArray[] | undefined {
  const a = anchoredOf(re);
  if (!a) return undefined;
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of lineStarts(text)) {
    if (at < from) continue;
    a.sticky.lastIndex = at;
    const m = a.sticky.exec(text);
    if (!m) continue;
    out.push(m);
    // one further after an empty match, as matchAll steps on
    from = at + Math.max(1, m[0].length);
  }
  return out;
}

let linesOf: { text: string; starts: number[] } | undefined;

/** Where ^ matches in multiline mode: the text start and after each line terminator (kept for the last text). */
function lineStarts(text: string): number[] {
  if (linesOf?.text === text) return linesOf.starts;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
  }
  linesOf = { text, starts };
  return starts;
}
