import { describe, expect, it } from "vitest";
import { addMonths, formatDay, toDay } from "../../src/calendar";

const add = (s: string, n: number): string => formatDay(addMonths(toDay(s), n));

describe("addMonths", () => {
  it("clamps to the end of the month", () => {
    expect(add("2024-01-31", 1)).toBe("2024-02-29");
    expect(add("2025-01-31", 1)).toBe("2025-02-28");
    expect(add("2024-03-31", -1)).toBe("2024-02-29");
    expect(add("2024-08-31", 1)).toBe("2024-09-30");
    expect(add("2024-02-29", 12)).toBe("2025-02-28");
  });

  it("crosses years both ways and is the identity for zero", () => {
    expect(add("2024-11-15", 2)).toBe("2025-01-15");
    expect(add("2024-01-15", -1)).toBe("2023-12-15");
    expect(add("2024-05-20", 0)).toBe("2024-05-20");
    expect(add("2024-05-20", -25)).toBe("2022-04-20");
    expect(add("2024-05-20", 9)).toBe("2025-02-20");
  });

  it("rejects a fractional number of months", () => {
    expect(() => addMonths(0, 1.5)).toThrow(RangeError);
  });
});
