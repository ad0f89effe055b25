// What every extent rule shares: the span type (token indices of one tagged chunk, the name kept apart from the
// extent) and small tests on tokens.
import type { EntityKind } from '../../../types.js';
import type { Token } from '../tokens.js';

export interface ExtentSpan {
  kind: EntityKind;
  /** Token range of the mention extent [from, to). */
  from: number;
  to: number;
  /** Token range of the name inside the extent. */
  nameFrom: number;
  nameTo: number;
  /** The words before the name are not a description of it ("the government of [Canada]"): no nested name. */
  noNestedName?: boolean;
}

export function lower(t: Token): string {
  return t.text.toLowerCase();
}

export function isUpper(t: Token): boolean {
  const c = t.text[0];
  return c !== undefined && c.toLowerCase() !== c;
}

export function isLowerWord(t: Token): boolean {
  return /^\p{Ll}[\p{L}-]*$/u.test(t.text);
}

/** Tokens x and y are separated by exactly one space (a line break or punctuation ends a noun phrase). */
export function spaced(text: string, x: Token, y: Token): boolean {
  return y.start === x.end + 1 && text.charCodeAt(x.end) === 32;
}

/** A demonym or nationality adjective ("American", "Australian", "Chinese", "Israeli"). */
export function isNationality(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish|i)$/u.test(t.text);
}
