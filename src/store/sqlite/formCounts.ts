// Per article, which written forms (entity_aliases ids) it writes and how often: one packed row (`article_aliases`)
// instead of one indexed row per pair. Only re-saving an analysis reads it, to take the article's old counts away;
// requests find articles by form through the `alias_articles` postings, which hold no counts. Layout, unsigned
// LEB128 varints, pairs in ascending form id: (id − previous id, count) …, the first id counted from 0.

export type FormCount = [aliasId: number, times: number];

export function packFormCounts(pairs: FormCount[]): Buffer {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const bytes: number[] = [];
  const uint = (n: number): void => {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`cannot pack ${n} as a form count`);
    let v = n;
    while (v >= 0x80) {
      bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    bytes.push(v);
  };
  let prev = 0;
  for (const [id, times] of sorted) {
    uint(id - prev);
    uint(times);
    prev = id;
  }
  return Buffer.from(bytes);
}

export function unpackFormCounts(bytes: Uint8Array): FormCount[] {
  const out: FormCount[] = [];
  let at = 0;
  const uint = (): number => {
    let v = 0;
    let scale = 1;
    for (;;) {
      // A cut record would take counts away from the wrong forms: better to stop the save.
      if (at >= bytes.length) throw new RangeError('packed form counts end early');
      const b = bytes[at++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  };
  let prev = 0;
  while (at < bytes.length) {
    prev += uint();
    out.push([prev, uint()]);
  }
  return out;
}

/**
 * The SQL aggregate `pack_form_counts(alias_id, n)` that migration 14 builds the packed rows with, registered on
 * every connection before migrating, so the migration and saving write the same bytes. Its running value is the
 * pairs laid flat (form id, count, form id, count …).
 */
export const PACK_FORM_COUNTS = {
  name: 'pack_form_counts',
  varargs: true,
  deterministic: true,
  start: (): number[] => [],
  step: (flat: number[], ...pair: number[]): number[] => {
    if (pair.length !== 2) throw new TypeError('pack_form_counts takes a form id and a count');
    flat.push(Number(pair[0]), Number(pair[1]));
    return flat;
  },
  result: (flat: number[]): Buffer => {
    const pairs: FormCount[] = [];
    for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
    return packFormCounts(pairs);
  },
};
