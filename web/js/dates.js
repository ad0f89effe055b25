// @ts-check
// Dates as the API sends them (YYYY, YYYY-MM or YYYY-MM-DD) turned into UTC milliseconds for the axes, and
// back into short labels. No DOM here, so the arithmetic can be tested outside a browser.

export const DAY = 86400000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Milliseconds of the first day of a YYYY, YYYY-MM or YYYY-MM-DD date.
 * @param {string} d
 */
export function dateStart(d) {
  const [y, m = 1, day = 1] = d.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, day);
}

/**
 * Milliseconds just after the last day of such a date's period.
 * @param {string} d
 */
export function dateEnd(d) {
  const parts = d.slice(0, 10).split('-').map(Number);
  if (parts.length === 1) return Date.UTC(parts[0] + 1, 0, 1);
  if (parts.length === 2) return Date.UTC(parts[0], parts[1], 1);
  return Date.UTC(parts[0], parts[1] - 1, parts[2] + 1);
}

/** @param {number} ms */
export const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * '2024', 'Mar 2024' or '5 Mar 2024'.
 * @param {string} d
 */
export function formatDate(d) {
  const [y, m, day] = d.split('-');
  if (!m) return y;
  if (!day) return `${MONTHS[Number(m) - 1]} ${y}`;
  return `${Number(day)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** @typedef {{ t: number, label: string }} Tick */

/**
 * Tick positions for a time span: days, weeks, months, quarters or years, at most about `max` of them.
 * @param {number} start
 * @param {number} end
 * @param {number} max
 * @returns {Tick[]}
 */
export function ticks(start, end, max) {
  const span = (end - start) / DAY;
  /** @type {Tick[]} */
  const out = [];
  const d = new Date(start);
  if (span <= max * 7) {
    const step = span <= max ? 1 : 7;
    let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    for (; t <= end; t += step * DAY) if (t >= start) out.push({ t, label: `${new Date(t).getUTCDate()} ${MONTHS[new Date(t).getUTCMonth()]}` });
    return out;
  }
  const months = span / 30.4;
  if (months <= max * 3) {
    const step = months <= max ? 1 : 3;
    let y = d.getUTCFullYear();
    let m = Math.floor(d.getUTCMonth() / step) * step;
    for (;;) {
      const t = Date.UTC(y, m, 1);
      if (t > end) break;
      if (t >= start) out.push({ t, label: m === 0 ? String(y) : `${MONTHS[m]} ${String(y).slice(2)}` });
      m += step;
      if (m >= 12) { m -= 12; y++; }
    }
    return out;
  }
  const years = span / 365;
  const step = Math.max(1, Math.ceil(years / max));
  for (let y = Math.ceil(d.getUTCFullYear() / step) * step; Date.UTC(y, 0, 1) <= end; y += step) {
    const t = Date.UTC(y, 0, 1);
    if (t >= start) out.push({ t, label: String(y) });
  }
  return out;
}
