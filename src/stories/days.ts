// Dates as whole days since 1970-01-01 (UTC): gaps between articles and stories are then plain subtraction,
// and the saved state stores small integers.

const DAY_MS = 86_400_000;

/** The day number of the date `published` starts with; an article without one cannot be placed. */
export function dayNumber(published: string, articleId: number): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  const t = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : NaN;
  if (!Number.isFinite(t)) throw new Error(`story clusterer: article ${articleId} has no usable date ("${published}")`);
  return Math.round(t / DAY_MS);
}

/** The YYYY-MM-DD of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
