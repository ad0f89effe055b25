// Building blocks of the routes' schemas (TypeBox: one declaration gives the JSON schema Fastify validates with
// and the TypeScript type of the parsed value), and the checks a schema cannot express (calendar validity).
import { Type, type TString, type TUnsafe } from '@sinclair/typebox';
import { periodBound as bound } from '../text/calendar.js';
import { RETIRED_METHODS, TIMELINE_METHODS } from '../service/index.js';
import { badRequest } from './errors.js';

/** Biggest page a list route returns; keeps a single response bounded. */
export const MAX_LIMIT = 1000;

/** A string parameter limited to the values of a library constant (kept as a JSON-schema enum for clear errors). */
export function stringEnum<const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}):
  TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

export const DateParam = Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'YYYY-MM-DD, YYYY-MM or YYYY' });

/** The timeline method; the description names the retired ones, which are refused with their replacement. */
export const MethodParam = stringEnum(TIMELINE_METHODS, {
  default: 'datewise',
  description: `timeline method (retired, refused with what to use instead: ${Object.keys(RETIRED_METHODS).join(', ')})`,
});

export const LimitParam = Type.Integer({ minimum: 1, maximum: MAX_LIMIT });

export const Text = (maxLength: number, description?: string): TString =>
  Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) });

export const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
});

/** The error replies every route may give. */
export const ERRORS = { '4xx': ErrorResponse, '5xx': ErrorResponse } as const;

/**
 * Checks a YYYY / YYYY-MM / YYYY-MM-DD parameter names a real period and returns the first (or, with `end`,
 * the last) day of it as YYYY-MM-DD. The schema has already checked the shape.
 */
export function periodBound(value: string | undefined, name: string, end = false): string | undefined {
  if (value === undefined) return undefined;
  const day = bound(value, end);
  if (day === undefined) throw badRequest(`'${name}' is not a real date: '${value}' (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  return day;
}
