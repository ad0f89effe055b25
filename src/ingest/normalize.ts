// Text normalisation applied to every article before hashing and storage, so that the same story saved with
// other line endings, non-breaking spaces or composed/decomposed accents is recognised as the same text.

/** Control characters other than tab and newline. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// An alternation, not a character class: a joiner (U+200D) inside a class reads as joining its neighbours.
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;
/**
 * Runs of inline space that are not already a single plain space (matching every single space would make
 * the replacement rewrite every word boundary of the text).
 */
const INLINE_SPACE = / [ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/g;
/** Spaces on either side of a line break (only where there are some). */
const SPACE_AROUND_NEWLINE = / +\n *|\n +/g;

/** Anything but a line feed and printable ASCII: text without it needs at most the space passes below. */
const NOT_PLAIN = /[^\n -~]/;

/**
 * Unicode NFC; CRLF/CR to LF; zero-width and control characters dropped; runs of spaces collapsed;
 * trailing spaces cut; three or more newlines reduced to a paragraph break; trimmed.
 * Each pass runs only when it can change something, so plain ASCII text (most news) costs a few scans.
 */
export function normalizeText(text: string): string {
  let t = text;
  if (NOT_PLAIN.test(t)) {
    t = t.normalize('NFC');
    if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
    t = t.replace(/[\u2028\u2029]/g, '\n').replace(ZERO_WIDTH, '').replace(CONTROL, '').replace(INLINE_SPACE, ' ');
  } else if (t.includes('  ')) {
    // In plain text the only inline space runs left to collapse are runs of plain spaces.
    t = t.replace(INLINE_SPACE, ' ');
  }
  if (t.includes(' \n') || t.includes('\n ')) t = t.replace(SPACE_AROUND_NEWLINE, '\n');
  if (t.includes('\n\n\n')) t = t.replace(/\n{3,}/g, '\n\n');
  return t.trim();
}

/** A title or other one-line field: normalised and on one line. */
export function normalizeLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = normalizeText(text).replace(/\s+/g, ' ');
  return t.length > 0 ? t : undefined;
}
