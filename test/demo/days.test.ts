import { describe, expect, it } from "vitest";
import { addMonths, dayOf, isoOf, monthsBetween, nextWeekday, schoolAge, weekdayOf } from "../../src/demo/days";

describe("demo day arithmetic", () => {
  it("round-trips every day from 1999 to 2031", () => {
    for (let day = dayOf("1999-01-01"); day <= dayOf("2031-12-31"); day++) expect(dayOf(isoOf(day))).toBe(day);
    expect(isoOf(dayOf("2024-02-29") + 1)).toBe("2024-03-01");
  });

  it("agrees with Date.UTC", () => {
    for (const iso of ["1970-01-01", "2000-02-29", "2026-03-31", "2099-12-31"]) {
      expect(dayOf(iso) * 86_400_000).toBe(Date.parse(`${iso}T00:00:00Z`));
    }
  });

  it("rejects dates that do not exist", () => {
    expect(() => dayOf("2025-02-29")).toThrow(RangeError);
    expect(() => dayOf("2025-4-1")).toThrow(RangeError);
  });

  it("knows weekdays, month ends and month counts", () => {
    expect(weekdayOf(dayOf("2026-03-30"))).toBe(0);
    expect(isoOf(nextWeekday(dayOf("2026-03-28")))).toBe("2026-03-30");
    expect(isoOf(addMonths(dayOf("2024-01-31"), 1))).toBe("2024-02-29");
    expect(isoOf(addMonths(dayOf("2025-06-15"), 9))).toBe("2026-03-15");
    expect(monthsBetween(dayOf("2023-04-01"), dayOf("2025-04-01"))).toBe(24);
  });

  it("computes school-age as the age on the 31 August before the academic year", () => {
    expect(schoolAge(dayOf("2013-08-01"), dayOf("2024-08-15"))).toBe(10);
    expect(schoolAge(dayOf("2012-09-01"), dayOf("2024-08-31"))).toBe(10);
    expect(schoolAge(dayOf("2012-09-01"), dayOf("2024-09-01"))).toBe(11);
    expect(schoolAge(dayOf("2012-08-31"), dayOf("2023-09-01"))).toBe(11);
  });
});
