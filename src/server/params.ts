// Shared pieces of the routes' JSON schemas, and the checks a schema cannot express (calendar validity).
import { badRequest } from './errors.js';

/** Biggest page a list route returns; keeps a single response bounded. */
export const MAX_LIMIT = 1000;

export const dateParam = {
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'YYYY-MM-DD, YYYY-MM or YYYY',
} as const;

export const limitParam = { type: 'integer', minimum: 1, maximum: MAX_LIMIT } as const;

export const errorResponse = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' } },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
} as const;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks a YYYY / YYYY-MM / YYYY-MM-DD parameter names a real period and returns the first (or, with `end`,
 * the last) day of it as YYYY-MM-DD. The schema has already checked the shape.
 */
export function periodBound(value: string | undefined, name: string, end = false): string | undefined {
  if (value === undefined) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  const bad = (): never => {
    throw badRequest(`'${name}' is not a real date: '${value}' (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  };
  if (m !== undefined && (m < 1 || m > 12)) bad();
  if (m !== undefined && d !== undefined && (d < 1 || d > daysIn(y, m))) bad();
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (m === undefined) return end ? `${y}-12-31` : `${y}-01-01`;
  if (d === undefined) return `${y}-${pad(m)}-${end ? pad(daysIn(y, m)) : '01'}`;
  return value;
}

/** Rejects a range whose start is after its end. */
export function checkRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) throw badRequest(`'from' (${from}) is after 'to' (${to})`);
}
