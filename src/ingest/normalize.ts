// Text normalisation applied to every article before hashing and storage, so that the same story saved with
// other line endings, non-breaking spaces or composed/decomposed accents is recognised as the same text.

/** Control characters other than tab and newline. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;
/**
 * Runs of inline space that are not already a single plain space (matching every single space would make
 * the replacement rewrite every word boundary of the text).
 */
const INLINE_SPACE = / [ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/g;
/** Spaces on either side of a line break (only where there are some). */
const SPACE_AROUND_NEWLINE = / +\n *|\n +/g;

/**
 * Unicode NFC; CRLF/CR to LF; zero-width and control characters dropped; runs of spaces collapsed;
 * trailing spaces cut; three or more newlines reduced to a paragraph break; trimmed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, '')
    .replace(INLINE_SPACE, ' ')
    .replace(SPACE_AROUND_NEWLINE, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A title or other one-line field: normalised and on one line. */
export function normalizeLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = normalizeText(text).replace(/\s+/g, ' ');
  return t.length > 0 ? t : undefined;
}
