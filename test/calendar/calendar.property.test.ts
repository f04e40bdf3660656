import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PeriodKind } from "../../src/calendar";
import {
  addMonths,
  ageOn,
  createWorkingCalendar,
  dayParts,
  daysInMonth,
  formatDay,
  makeDay,
  parseDay,
  periodContaining,
  periodsOverlapping,
  schoolAgeOn,
} from "../../src/calendar";

const MIN = makeDay(1000, 1, 1);
const MAX = makeDay(9999, 12, 31);
/** Days of the years 1000-9999 (what parseDay accepts). */
const anyDay = fc.integer({ min: MIN, max: MAX });
/** Days around the years the library is mostly used for. */
const nearDay = fc.integer({ min: makeDay(1990, 1, 1), max: makeDay(2060, 12, 31) });
const kinds: PeriodKind[] = ["week", "month", "two-month", "quarter", "half", "year"];
const cal = createWorkingCalendar();

describe("calendar properties", () => {
  it("parseDay(formatDay(d)) === d, and formatDay(parseDay(s)) === s", () => {
    fc.assert(fc.property(anyDay, (d) => parseDay(formatDay(d)) === d));
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, dd) => {
        const s = `${y}-${String(m).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
        const d = parseDay(s);
        if (dd > daysInMonth(y, m)) return d === undefined;
        return d !== undefined && formatDay(d) === s && d === makeDay(y, m, dd);
      }),
    );
  });

  it("dayParts and makeDay agree with JavaScript's own UTC calendar over the whole range a Date holds", () => {
    const dateRange = fc.integer({ min: -100_000_000, max: 100_000_000 });
    fc.assert(
      fc.property(fc.oneof(anyDay, dateRange), (d) => {
        const date = new Date(d * 86_400_000);
        const parts = dayParts(d);
        expect(parts).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(makeDay(parts.year, parts.month, parts.day)).toBe(d);
      }),
    );
    expect(() => makeDay(275_760, 9, 14)).toThrow(RangeError); // one day past the last a Date holds
  });

  it("consecutive days have consecutive dates", () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const a = dayParts(d);
        const b = dayParts(d + 1);
        if (b.day !== 1) return b.year === a.year && b.month === a.month && b.day === a.day + 1;
        return a.day === daysInMonth(a.year, a.month);
      }),
    );
  });

  it("addWorkingDays(d, n > 0) is a working day, after d, with exactly n working days in between", () => {
    fc.assert(
      fc.property(nearDay, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const due = cal.addWorkingDays(d, n);
        return due > d && cal.isWorkingDay(due) && cal.workingDaysIn(d + 1, due) === n;
      }),
    );
  });

  it("addWorkingDays composes: (d + n) + m === d + (n + m)", () => {
    fc.assert(
      fc.property(nearDay, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 400 }), (d, n, m) => {
        expect(cal.addWorkingDays(cal.addWorkingDays(d, n), m)).toBe(cal.addWorkingDays(d, n + m));
      }),
    );
  });

  it("negative addWorkingDays undoes positive from a working day", () => {
    fc.assert(
      fc.property(nearDay, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const w = cal.addWorkingDays(d, 1);
        return cal.addWorkingDays(cal.addWorkingDays(w, n), -n) === w;
      }),
    );
  });

  it("workingDaysIn agrees with counting day by day, and firstWorkingDayIn with scanning", () => {
    const council = createWorkingCalendar([makeDay(2024, 3, 5), makeDay(2025, 1, 9)]);
    fc.assert(
      fc.property(nearDay, fc.integer({ min: -3, max: 800 }), (from, len) => {
        const to = from + len;
        let count = 0;
        let first: number | undefined;
        for (let d = from; d <= to; d++) {
          if (council.isWorkingDay(d)) {
            count += 1;
            first ??= d;
          }
        }
        expect(council.workingDaysIn(from, to)).toBe(count);
        expect(council.firstWorkingDayIn(from, to)).toBe(first);
      }),
    );
  });

  it("addMonths clamps to the month end and never overshoots the target month", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const from = dayParts(d);
        const r = addMonths(d, n);
        const to = dayParts(r);
        const index = from.year * 12 + from.month - 1 + n;
        expect(to.year * 12 + to.month - 1).toBe(index);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });

  it("periodContaining contains d, and consecutive periods tile without gaps", () => {
    fc.assert(
      fc.property(nearDay, fc.constantFrom(...kinds), fc.integer({ min: 1, max: 12 }), (d, kind, ysm) => {
        const p = periodContaining(kind, d, ysm);
        expect(p.kind).toBe(kind);
        expect(p.from <= d && d <= p.to).toBe(true);
        const next = periodContaining(kind, p.to + 1, ysm);
        const prev = periodContaining(kind, p.from - 1, ysm);
        expect(prev.to + 1).toBe(p.from);
        expect(next.label).not.toBe(p.label);
        expect(periodContaining(kind, p.from, ysm)).toEqual(p);
        expect(periodContaining(kind, p.to, ysm)).toEqual(p);
      }),
    );
  });

  it("periodsOverlapping lists contiguous periods covering [from, to]", () => {
    fc.assert(
      fc.property(nearDay, fc.integer({ min: 0, max: 1200 }), fc.constantFrom(...kinds), (from, len, kind) => {
        const ps = periodsOverlapping(kind, from, from + len);
        expect(ps.at(0)?.from).toBeLessThanOrEqual(from);
        expect(ps.at(-1)?.to).toBeGreaterThanOrEqual(from + len);
        for (let i = 1; i < ps.length; i++) expect(ps[i]?.from).toBe((ps[i - 1]?.to ?? NaN) + 1);
      }),
    );
  });

  it("ages never decrease as the day moves on", () => {
    fc.assert(
      fc.property(nearDay, nearDay, fc.integer({ min: 0, max: 800 }), (dob, d, step) => {
        expect(ageOn(dob, d + step)).toBeGreaterThanOrEqual(ageOn(dob, d));
        expect(schoolAgeOn(dob, d + step, "school-year")).toBeGreaterThanOrEqual(schoolAgeOn(dob, d, "school-year"));
        expect(schoolAgeOn(dob, d, "school-year")).toBeLessThanOrEqual(ageOn(dob, d));
      }),
    );
  });
});
