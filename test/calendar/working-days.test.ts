import { describe, expect, it } from "vitest";
import { createWorkingCalendar, formatDay, toDay } from "../../src/calendar";

const cal = createWorkingCalendar();
const due = (s: string, n: number): string => formatDay(cal.addWorkingDays(toDay(s), n));

describe("working days", () => {
  it.each([
    ["2022-09-14", "2022-09-22"],
    ["2023-05-04", "2023-05-12"],
    ["2024-12-19", "2024-12-30"],
    ["2025-12-18", "2025-12-29"],
    ["2025-01-08", "2025-01-15"],
  ])("within 5 working days of %s is due %s (calendar.md)", (d, expected) => {
    expect(due(d, 5)).toBe(expected);
  });

  it("counts from the day after, returns the day itself for zero, and goes back for negatives", () => {
    expect(due("2025-01-10", 1)).toBe("2025-01-13"); // Friday -> Monday
    expect(due("2025-01-11", 0)).toBe("2025-01-11"); // a Saturday stays itself
    expect(due("2025-01-13", -1)).toBe("2025-01-10");
    expect(due("2022-09-22", -5)).toBe("2022-09-14");
    expect(due("2024-12-20", 400)).toBe(formatDay(cal.addWorkingDays(cal.addWorkingDays(toDay("2024-12-20"), 200), 200)));
    expect(() => cal.addWorkingDays(0, 1.5)).toThrow(RangeError);
  });

  it("knows working days", () => {
    expect(cal.isWorkingDay(toDay("2022-09-19"))).toBe(false);
    expect(cal.isWorkingDay(toDay("2022-09-20"))).toBe(true);
    expect(cal.isWorkingDay(toDay("2025-01-11"))).toBe(false);
    expect(cal.isWorkingDay(toDay("2025-12-25"))).toBe(false);
  });

  it("counts working days inclusive, across years", () => {
    expect(cal.workingDaysIn(toDay("2025-01-06"), toDay("2025-01-12"))).toBe(5);
    expect(cal.workingDaysIn(toDay("2025-01-12"), toDay("2025-01-06"))).toBe(0);
    expect(cal.workingDaysIn(toDay("2025-01-06"), toDay("2025-01-06"))).toBe(1);
    // 2024: 262 weekdays - 8 bank holidays = 254.
    expect(cal.workingDaysIn(toDay("2024-01-01"), toDay("2024-12-31"))).toBe(254);
    // 2022: 260 weekdays - 10 bank holidays = 250.
    expect(cal.workingDaysIn(toDay("2022-01-01"), toDay("2022-12-31"))).toBe(250);
    expect(cal.workingDaysIn(toDay("2022-01-01"), toDay("2024-12-31"))).toBe(250 + 251 + 254); // 2023: 260 - 9
    expect(cal.workingDaysIn(toDay("2024-12-24"), toDay("2025-01-02"))).toBe(5); // 24, 27, 30, 31, 2
  });

  it("finds the first working day of a range", () => {
    expect(cal.firstWorkingDayIn(toDay("2022-12-24"), toDay("2022-12-31"))).toBe(toDay("2022-12-28"));
    expect(cal.firstWorkingDayIn(toDay("2022-12-24"), toDay("2022-12-27"))).toBeUndefined();
    expect(cal.firstWorkingDayIn(toDay("2025-01-08"), toDay("2025-01-08"))).toBe(toDay("2025-01-08"));
    expect(cal.firstWorkingDayIn(toDay("2025-01-09"), toDay("2025-01-08"))).toBeUndefined();
  });

  it("skips a council's closure days, per calendar", () => {
    const council = createWorkingCalendar([toDay("2025-01-09"), toDay("2025-01-10")]);
    expect(formatDay(council.addWorkingDays(toDay("2025-01-08"), 5))).toBe("2025-01-17");
    expect(council.isWorkingDay(toDay("2025-01-09"))).toBe(false);
    expect(cal.isWorkingDay(toDay("2025-01-09"))).toBe(true);
    expect(council.workingDaysIn(toDay("2025-01-06"), toDay("2025-01-12"))).toBe(3);
  });

  it("is fast enough to be called millions of times", () => {
    const start = toDay("2020-01-01");
    let sum = 0;
    const t0 = performance.now();
    for (let i = 0; i < 1_000_000; i++) {
      const d = start + (i % 2500);
      sum += cal.addWorkingDays(d, 1 + (i % 30));
      sum += cal.workingDaysIn(d, d + (i % 900));
    }
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
