import { describe, expect, it } from "vitest";
import { isoWeekday, toDay } from "../../src/calendar/day";
import { isoOf, mondayOf, mondayOnOrAfter, monthsBetween, nextWeekday } from "../../src/demo/days";

describe("the demo generator's day helpers", () => {
  it("formats days as the calendar does, memoised", () => {
    expect(isoOf(toDay("2024-02-29") + 1)).toBe("2024-03-01");
    expect(isoOf(toDay("2024-02-29") + 1)).toBe("2024-03-01");
  });

  it("finds the Monday of a week, the first Monday on or after a day, and the next weekday", () => {
    // Monday 30 March 2026.
    for (const iso of ["2026-03-30", "2026-04-01", "2026-04-05"]) expect(isoOf(mondayOf(toDay(iso)))).toBe("2026-03-30");
    expect(isoOf(mondayOnOrAfter(toDay("2026-03-30")))).toBe("2026-03-30");
    expect(isoOf(mondayOnOrAfter(toDay("2026-03-31")))).toBe("2026-04-06");
    expect(isoOf(mondayOnOrAfter(toDay("2026-04-05")))).toBe("2026-04-06");
    expect(isoOf(nextWeekday(toDay("2026-03-28")))).toBe("2026-03-30");
    expect(isoOf(nextWeekday(toDay("2026-03-29")))).toBe("2026-03-30");
    expect(isoOf(nextWeekday(toDay("2026-03-27")))).toBe("2026-03-27");
    for (let d = toDay("2026-01-01"); d < toDay("2026-02-01"); d++) expect(isoWeekday(mondayOnOrAfter(d))).toBe(1);
  });

  it("counts calendar months between two days, ignoring the day of the month", () => {
    expect(monthsBetween(toDay("2023-04-01"), toDay("2025-04-01"))).toBe(24);
    expect(monthsBetween(toDay("2025-04-30"), toDay("2026-03-01"))).toBe(11);
  });
});
