// Bytes → text, or the reason the bytes are not article text. Every reader goes through here so that
// empty, binary and wrongly encoded files are rejected the same way everywhere.

/** How many leading bytes are inspected for binary content. */
const SNIFF_BYTES = 8192;
/** More than this share of control characters (other than tab, CR, LF, FF) in the sniffed bytes → binary. */
const MAX_CONTROL_RATIO = 0.05;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** True for the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The encoding a UTF-16 byte order mark announces, if the bytes start with one. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Why these bytes look binary, or undefined when they look like text. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (isGzip(bytes)) return 'gzip-compressed data';
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary file (contains NUL bytes)';
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
    else if (b === 127) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_RATIO) {
    return `binary file (${Math.round((100 * control) / n)}% control characters)`;
  }
  return undefined;
}

/** The offset of the first byte that breaks UTF-8, for a useful message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

/**
 * Decode a whole file as UTF-8 (a BOM is dropped). Rejects empty or whitespace-only content, binary
 * content and invalid UTF-8 with a reason a user can act on.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let text: string;
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    // UTF-16 text is full of NUL bytes, so it is decoded before the binary test, which then sees characters.
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      return { ok: false, reason: `not valid ${utf16.toUpperCase()} despite its byte order mark; re-save the file as UTF-8` };
    }
    const binary = binaryReason(Buffer.from(text.slice(0, SNIFF_BYTES)));
    if (binary) return { ok: false, reason: binary };
  } else {
    const binary = binaryReason(bytes);
    if (binary) return { ok: false, reason: binary };
    try {
      text = utf8.decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${at}); re-save the file as UTF-8` };
    }
  }
  if (text.trim().length === 0) return { ok: false, reason: 'empty file (only whitespace)' };
  // Old Mac line endings (CR alone): made LF so that every reader sees lines. Files with any LF are left as-is.
  if (!text.includes('\n') && text.includes('\r')) text = text.replace(/\r/g, '\n');
  return { ok: true, text };
}
