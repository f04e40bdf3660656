import { describe, expect, it } from "vitest";
import {
  AUTHORITATIVE_BANK_HOLIDAY_YEARS,
  bankHolidaysOf,
  easterSunday,
  formatDay,
  isBankHoliday,
  standingBankHolidaysOf,
  toDay,
} from "../../src/calendar";

/** calendar.md, verbatim. */
const TABLE: Record<number, string[]> = {
  2018: ["01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26"],
  2019: ["01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"],
  2020: ["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"],
  2021: ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"],
  2022: ["01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"],
  2023: ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"],
  2024: ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
  2025: ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
  2026: ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
  2027: ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"],
};

/** The bold one-offs of calendar.md, and the rule days they replaced. */
const ONE_OFFS: Record<number, { added: string[]; removed: string[] }> = {
  2020: { added: ["05-08"], removed: ["05-04"] },
  2022: { added: ["06-02", "06-03", "09-19"], removed: ["05-30"] },
  2023: { added: ["05-08"], removed: [] },
};

const fmt = (days: number[]): string[] => days.map(formatDay);
const full = (year: number, mds: readonly string[] = []): string[] => mds.map((md) => `${year}-${md}`);

describe("bank holidays", () => {
  it("reproduces the published table for 2018-2027 exactly", () => {
    expect(AUTHORITATIVE_BANK_HOLIDAY_YEARS).toEqual({ from: 2018, to: 2027 });
    for (const [y, mds] of Object.entries(TABLE)) {
      const year = Number(y);
      expect(fmt(bankHolidaysOf(year))).toEqual(full(year, mds));
    }
  });

  it("the standing rules give every non-one-off year of the table", () => {
    for (const year of [2018, 2019, 2021, 2024, 2025, 2026, 2027]) {
      expect(fmt(standingBankHolidaysOf(year))).toEqual(full(year, TABLE[year]));
    }
  });

  it("the standing rules give 2020, 2022, 2023 except the one-offs", () => {
    for (const [y, { added, removed }] of Object.entries(ONE_OFFS)) {
      const year = Number(y);
      const expected = [...(TABLE[year] ?? []).filter((md) => !added.includes(md)), ...removed].sort();
      expect(fmt(standingBankHolidaysOf(year))).toEqual(full(year, expected));
    }
  });

  it("computes Easter", () => {
    expect(formatDay(easterSunday(2025))).toBe("2025-04-20");
    expect(formatDay(easterSunday(2024))).toBe("2024-03-31");
    expect(formatDay(easterSunday(2038))).toBe("2038-04-25");
    expect(formatDay(easterSunday(2285))).toBe("2285-03-22");
  });

  it("uses the standing rules outside the table", () => {
    // 2028: Christmas Monday, Boxing Tuesday; New Year's Day Saturday -> Monday 3rd.
    expect(fmt(bankHolidaysOf(2028))).toEqual(
      full(2028, ["01-03", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26"]),
    );
    // 2033: New Year Saturday -> 3rd; Christmas Sunday -> Tuesday 27th; Boxing Monday 26th.
    expect(fmt(bankHolidaysOf(2033))).toEqual(
      full(2033, ["01-03", "04-15", "04-18", "05-02", "05-30", "08-29", "12-26", "12-27"]),
    );
  });

  it("answers isBankHoliday, and returns a fresh sorted array each time", () => {
    expect(isBankHoliday(toDay("2022-09-19"))).toBe(true);
    expect(isBankHoliday(toDay("2023-05-08"))).toBe(true);
    expect(isBankHoliday(toDay("2022-05-30"))).toBe(false);
    expect(isBankHoliday(toDay("2020-05-04"))).toBe(false);
    expect(isBankHoliday(toDay("2030-12-25"))).toBe(true);
    expect(isBankHoliday(1.5)).toBe(false);
    const a = bankHolidaysOf(2024);
    a.pop();
    expect(bankHolidaysOf(2024)).toHaveLength(8);
    expect(() => bankHolidaysOf(2024.5)).toThrow(RangeError);
  });
});
