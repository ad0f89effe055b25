// Word lists shared by the parsers. Regex sources are built once at load.

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
/** Full names, and abbreviations only with their period, so "Mar" or "Jun" inside names do not match. */
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)';

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** A spelled or written count: "18", "three", "twenty-four", "a", "a couple of"; 'X' when vague. */
export const COUNT_RE =
  '(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?:\\s1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred|an?|a couple of|a few|a number of|several|few|some|many|a dozen|dozens of|hundreds of|a half|one and a half|half an?)';

export function countValue(word: string): number | 'X' {
  const w = word.toLowerCase().trim();
  // "5 1/2" (wire copy writes halves as fractions)
  const half = /^(\d+)\s1\/2$/.exec(w);
  if (half) return Number(half[1]) + 0.5;
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ''));
  if (w === 'a' || w === 'an') return 1;
  if (w === 'a couple of') return 2;
  if (w === 'a dozen') return 12;
  if (w === 'a hundred' || w === 'one hundred') return 100;
  if (w === 'half a' || w === 'half an' || w === 'a half') return 0.5;
  if (w === 'one and a half') return 1.5;
  if (w in UNITS) return UNITS[w];
  const parts = w.split(/[- ]/);
  if (parts[0] in TENS) return TENS[parts[0]] + (parts[1] ? UNITS[parts[1]] ?? 0 : 0);
  return 'X';
}

/** Unit word -> ISO 8601 duration letter and whether it needs the 'T' time designator. */
export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century)';

export function unitCode(word: string): { code: string; time: boolean } {
  const w = word.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  switch (w) {
    case 'second': return { code: 'S', time: true };
    case 'minute': return { code: 'M', time: true };
    case 'hour': return { code: 'H', time: true };
    case 'day': case 'night': return { code: 'D', time: false };
    case 'week': return { code: 'W', time: false };
    case 'weekend': return { code: 'WE', time: false };
    case 'month': return { code: 'M', time: false };
    case 'quarter': return { code: 'Q', time: false };
    case 'decade': return { code: 'E', time: false };
    case 'century': case 'centurie': return { code: 'C', time: false };
    default: return { code: 'Y', time: false };
  }
}

/** ISO duration for a count and unit: P18M, PT2H, PXY; a fraction goes to the next smaller unit (P2Y6M). */
export function durationValue(count: number | 'X', unit: string): string {
  const { code, time } = unitCode(unit);
  if (typeof count === 'number' && !Number.isInteger(count)) {
    const smaller: Record<string, [string, number]> = { Y: ['M', 12], M: time ? ['S', 60] : ['D', 30], D: ['H', 24], H: ['M', 60], W: ['D', 7] };
    const s = smaller[code];
    if (s) {
      const whole = Math.floor(count);
      const part = Math.round((count - whole) * s[1]);
      // Hours, minutes and seconds sit after the T; a day split into hours starts the time part there.
      const wholeText = whole > 0 ? `${whole}${code}` : '';
      if (time) return `PT${wholeText}${part}${s[0]}`;
      if (s[0] === 'H') return `P${wholeText}T${part}H`;
      return `P${wholeText}${part}${s[0]}`;
    }
  }
  if (code === 'E' && typeof count === 'number') return `P${count * 10}Y`;
  if (code === 'C' && typeof count === 'number') return `P${count * 100}Y`;
  return `P${time ? 'T' : ''}${count}${code}`;
}
