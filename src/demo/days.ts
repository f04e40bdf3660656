/**
 * Day arithmetic for the demo generator: dates are integer day numbers (days since
 * 1970-01-01) inside, `YYYY-MM-DD` strings at the edges. Pure integer civil-calendar
 * maths (no `Date`, no time zone), so the output never depends on the machine.
 */

/** Days since 1970-01-01 (day 0 is a Thursday). */
export type Day = number;

/**
 * The day number of a civil date.
 *
 * @param y - Year.
 * @param m - Month, 1-12.
 * @param d - Day of the month, 1-31.
 * @returns Days since 1970-01-01.
 * @example
 * dayFromParts(1970, 1, 2); // 1
 */
export function dayFromParts(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day number.
 *
 * @param day - Days since 1970-01-01.
 * @returns `[year, month (1-12), day of month]`.
 * @example
 * partsOfDay(0); // [1970, 1, 1]
 */
export function partsOfDay(day: Day): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const isoCache = new Map<Day, string>();

/**
 * Formats a day number as `YYYY-MM-DD` (memoised: the generator formats the same few
 * thousand days millions of times).
 *
 * @param day - Days since 1970-01-01.
 * @returns The ISO calendar date.
 * @example
 * isoOf(dayOf("2026-03-31")); // "2026-03-31"
 */
export function isoOf(day: Day): string {
  let s = isoCache.get(day);
  if (s === undefined) {
    const [y, m, d] = partsOfDay(day);
    s = `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
    isoCache.set(day, s);
  }
  return s;
}

/**
 * Parses a `YYYY-MM-DD` string into a day number, rejecting dates that do not exist.
 *
 * @param iso - The calendar date.
 * @returns Days since 1970-01-01.
 * @example
 * dayOf("1970-01-02"); // 1
 */
export function dayOf(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const day = dayFromParts(y, mo, d);
  const back = partsOfDay(day);
  if (back[0] !== y || back[1] !== mo || back[2] !== d) throw new RangeError(`Not a real date: ${iso}`);
  return day;
}

/**
 * The weekday of a day number, Monday 0 to Sunday 6.
 *
 * @param day - Days since 1970-01-01.
 * @returns 0 (Monday) to 6 (Sunday).
 * @example
 * weekdayOf(0); // 3 (1970-01-01 was a Thursday)
 */
export function weekdayOf(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * Adds calendar months, clamping to the end of a shorter month.
 *
 * @param day - The start day.
 * @param months - Months to add (may be negative).
 * @returns The day `months` later.
 * @example
 * isoOf(addMonths(dayOf("2025-01-31"), 1)); // "2025-02-28"
 */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = partsOfDay(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  const last = daysInMonth(ny, nm);
  return dayFromParts(ny, nm, Math.min(d, last));
}

/**
 * The number of days in a month.
 *
 * @param y - Year.
 * @param m - Month, 1-12.
 * @returns 28 to 31.
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(y: number, m: number): number {
  return dayFromParts(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayFromParts(y, m, 1);
}

/**
 * Moves a day forward to the next Monday-to-Friday day (unchanged if already one).
 *
 * @param day - Any day.
 * @returns The same day or the following Monday.
 * @example
 * isoOf(nextWeekday(dayOf("2025-03-01"))); // "2025-03-03"
 */
export function nextWeekday(day: Day): Day {
  const w = weekdayOf(day);
  return w === 5 ? day + 2 : w === 6 ? day + 1 : day;
}

/**
 * School-age of a child on a day: the age on the 31 August before the academic year
 * (1 September to 31 August) that contains the day.
 *
 * @param dateOfBirth - The child's date of birth as a day number.
 * @param on - The day.
 * @returns Completed years on that 31 August (negative before birth).
 * @example
 * schoolAge(dayOf("2013-08-01"), dayOf("2024-08-15")); // 10 (primary)
 */
export function schoolAge(dateOfBirth: Day, on: Day): number {
  const [y, m] = partsOfDay(on);
  const ay = m >= 9 ? y : y - 1;
  const [by, bm, bd] = partsOfDay(dateOfBirth);
  const hadBirthday = bm < 8 || (bm === 8 && bd <= 31);
  return ay - by - (hadBirthday ? 0 : 1);
}

/**
 * Whole calendar months from the month of `a` to the month of `b` (days ignored).
 *
 * @param a - The earlier day.
 * @param b - The later day.
 * @returns The month difference, e.g. 12 from one 1 April to the next.
 * @example
 * monthsBetween(dayOf("2025-04-01"), dayOf("2026-03-31")); // 11
 */
export function monthsBetween(a: Day, b: Day): number {
  const [ya, ma] = partsOfDay(a);
  const [yb, mb] = partsOfDay(b);
  return yb * 12 + mb - (ya * 12 + ma);
}
