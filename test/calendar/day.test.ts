import { describe, expect, it } from "vitest";
import {
  addDays,
  dayParts,
  daysInMonth,
  formatDay,
  isLeapYear,
  isoWeekday,
  isWeekend,
  makeDay,
  maxDay,
  minDay,
  parseDay,
  toDay,
} from "../../src/calendar";

describe("day", () => {
  it("counts days from the UTC epoch", () => {
    expect(toDay("1970-01-01")).toBe(0);
    expect(toDay("1969-12-31")).toBe(-1);
    expect(toDay("2025-01-08")).toBe(20096);
    expect(makeDay(2024, 2, 29)).toBe(toDay("2024-02-29"));
    expect(dayParts(toDay("2024-02-29"))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("parses strict real dates only", () => {
    expect(parseDay("2024-02-29")).toBe(19782);
    expect(parseDay("2025-02-29")).toBeUndefined();
    expect(parseDay("1900-02-29")).toBeUndefined();
    expect(parseDay("2000-02-29")).toBeDefined();
    expect(parseDay("2025-04-31")).toBeUndefined();
    expect(parseDay("2025-13-01")).toBeUndefined();
    expect(parseDay("2025-00-10")).toBeUndefined();
    expect(parseDay("2025-01-00")).toBeUndefined();
    expect(parseDay("2024-2-9")).toBeUndefined();
    expect(parseDay("2024-02-09T00:00:00Z")).toBeUndefined();
    expect(parseDay(" 2024-02-09")).toBeUndefined();
    expect(parseDay("2024-02-09\n")).toBeUndefined();
    expect(parseDay("0999-12-31")).toBeUndefined();
    expect(parseDay("1000-01-01")).toBe(makeDay(1000, 1, 1));
    expect(parseDay("9999-12-31")).toBe(makeDay(9999, 12, 31));
    expect(parseDay("+02024-01-01")).toBeUndefined();
    expect(parseDay("")).toBeUndefined();
  });

  it("toDay throws a RangeError that does not echo its input", () => {
    expect(() => toDay("2025-02-29")).toThrow(RangeError);
    expect(() => toDay("Jane Smith")).toThrow(RangeError);
    try {
      toDay("Jane Smith");
    } catch (e) {
      expect((e as Error).message).not.toContain("Jane");
    }
    expect(() => toDay("0500-01-01")).toThrow(/year/);
    expect(() => toDay("2025-02-30")).toThrow(/real calendar date/);
  });

  it("makeDay rejects non-dates and handles years below 100 literally", () => {
    expect(() => makeDay(2025, 2, 29)).toThrow(RangeError);
    expect(() => makeDay(2025, 0, 1)).toThrow(RangeError);
    expect(() => makeDay(2025, 1, 1.5)).toThrow(RangeError);
    expect(formatDay(makeDay(50, 3, 1))).toBe("0050-03-01");
  });

  it("formats days", () => {
    expect(formatDay(0)).toBe("1970-01-01");
    expect(formatDay(-1)).toBe("1969-12-31");
    expect(formatDay(toDay("2024-02-29"))).toBe("2024-02-29");
    expect(formatDay(addDays(toDay("2024-02-28"), 2))).toBe("2024-03-01");
  });

  it("knows weekdays, weekends, leap years and month lengths", () => {
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(toDay("2025-01-06"))).toBe(1);
    expect(isoWeekday(toDay("2025-01-12"))).toBe(7);
    expect(isoWeekday(toDay("1969-12-29"))).toBe(1);
    expect(isWeekend(toDay("2025-01-11"))).toBe(true);
    expect(isWeekend(toDay("2025-01-10"))).toBe(false);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 9)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(minDay(3, 5)).toBe(3);
    expect(maxDay(3, 5)).toBe(5);
  });
});
