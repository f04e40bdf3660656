import { describe, expect, it } from "vitest";
import { humanDate } from "../../src/report/human-date";

describe("humanDate", () => {
  it("writes a day in words, long and short, the same in every time zone", () => {
    // Run under TZ=Pacific/Kiritimati (UTC+14) and TZ=America/Los_Angeles: a local-time read would shift the day.
    expect(humanDate("2025-03-31")).toBe("Monday 31 March 2025");
    expect(humanDate("2025-04-05", "short")).toBe("Sat 5 Apr 2025");
    expect(humanDate("2024-02-29")).toBe("Thursday 29 February 2024");
    expect(humanDate("2025-01-01")).toBe("Wednesday 1 January 2025");
    expect(humanDate("2024-12-31")).toBe("Tuesday 31 December 2024");
  });
  it("returns text that is not a real day as it is", () => {
    expect(humanDate("2025-02-30")).toBe("2025-02-30");
    expect(humanDate("")).toBe("");
  });
});
