// Dates as whole days since 1970-01-01 (UTC): gaps between articles and stories are then plain subtraction,
// and the saved state stores small integers. The arithmetic is text/calendar's; this adds the clusterer's error.
import { dayNumber as calendarDay, isoFromDay } from '../text/calendar.js';

/** The day number of the date `published` starts with; an article without one cannot be placed. */
export function dayNumber(published: string, articleId: number): number {
  const day = calendarDay(published);
  if (!Number.isFinite(day)) throw new Error(`story clusterer: article ${articleId} has no usable date ("${published}")`);
  return day;
}

/** The YYYY-MM-DD of a day number. */
export const isoDay = isoFromDay;
