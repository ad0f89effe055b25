// The words of one collection, each with a number (ids in the order words are first seen), for the tf-idf model
// (text.ts). A collection read from the timeline index looks up some hundreds of thousands of words, nearly all of
// them known, where they stand in the articles' text: a lookup makes no string, and reads one table slot (hash, id,
// offset of the word's characters, length) and the word's characters kept one after the other. A table of ids
// beside arrays of hashes and strings cost four dependent memory reads a word, which made the lookups most of the
// cost of collecting a large request's sentences.

export class Vocabulary {
  /** Number of words; the next word's id. */
  size = 0;
  /** Four integers a slot: hash, id (-1: free), offset in `chars`, length. At most half full. */
  private slots = new Int32Array(4 * 4096).fill(-1);
  private chars = new Uint16Array(65536);
  private charsUsed = 0;

  /** The id of `word` (lowercased), given it now when it has none. */
  idOf(word: string): number {
    const h = wordHash(word, 0, word.length);
    const found = this.find(word, 0, word.length, h);
    return found >= 0 ? found : this.register(word, 0, word.length, h);
  }

  /**
   * idOf(text.slice(at, at + length).toLowerCase()). The characters are read in place when they are ASCII (their
   * capitals made small as they are read); a word with others is lowercased as a string.
   */
  idAt(text: string, at: number, length: number): number {
    const h = asciiWordHash(text, at, length);
    if (h < 0) return this.idOf(text.slice(at, at + length).toLowerCase());
    const found = this.find(text, at, length, h);
    return found >= 0 ? found : this.register(text, at, length, h);
  }

  /** The id of `word` (lowercased), or -1 when it has none. */
  known(word: string): number {
    return this.find(word, 0, word.length, wordHash(word, 0, word.length));
  }

  /** The id of the word text[at, at + length) (ASCII capitals folded) with hash `h`, or -1 (linear probing). */
  private find(text: string, at: number, length: number, h: number): number {
    const slots = this.slots;
    const chars = this.chars;
    const mask = (slots.length >> 2) - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = slot << 2;
      const id = slots[e + 1]!;
      if (id < 0) return -1;
      if (slots[e] !== h || slots[e + 3] !== length) continue;
      const from = slots[e + 2]!;
      let same = true;
      for (let i = 0; i < length && same; i++) same = chars[from + i] === foldAscii(text.charCodeAt(at + i));
      if (same) return id;
    }
  }

  /** Gives text[at, at + length) (ASCII capitals folded) the next id. */
  private register(text: string, at: number, length: number, hash: number): number {
    const id = this.size++;
    if (this.charsUsed + length > this.chars.length) {
      const more = new Uint16Array(Math.max(2 * this.chars.length, this.charsUsed + length));
      more.set(this.chars);
      this.chars = more;
    }
    const from = this.charsUsed;
    for (let i = 0; i < length; i++) this.chars[from + i] = foldAscii(text.charCodeAt(at + i));
    this.charsUsed += length;
    if (2 * this.size > this.slots.length >> 2) {
      const old = this.slots;
      this.slots = new Int32Array(2 * old.length).fill(-1);
      for (let e = 0; e < old.length; e += 4) {
        if (old[e + 1]! >= 0) this.place(old[e]!, old[e + 1]!, old[e + 2]!, old[e + 3]!);
      }
    }
    this.place(hash, id, from, length);
    return id;
  }

  private place(hash: number, id: number, from: number, length: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let slot = hash & mask;
    while (slots[(slot << 2) + 1]! >= 0) slot = (slot + 1) & mask;
    const e = slot << 2;
    slots[e] = hash;
    slots[e + 1] = id;
    slots[e + 2] = from;
    slots[e + 3] = length;
  }
}

/** `a` copied into a longer array of `size` entries. */
export function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** A hash of text[at, at + length) (a lowercased word), kept within small integers (which maps key fastest). */
function wordHash(text: string, at: number, length: number): number {
  let h = length;
  for (let i = at; i < at + length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) & 0x3fffffff;
  return h;
}

/**
 * wordHash of text[at, at + length) lowercased, for an ASCII word (capitals made small as it reads); -1 when a
 * character is outside ASCII and so may have a lowercase this does not know.
 */
function asciiWordHash(text: string, at: number, length: number): number {
  let h = length;
  for (let i = at; i < at + length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    h = (Math.imul(h, 31) + foldAscii(c)) & 0x3fffffff;
  }
  return h;
}

/** The character code with an ASCII capital made small (the one case fold the lookups need). */
function foldAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
