import { describe, expect, it } from "vitest";
import type { Period, PeriodKind } from "../../src/calendar";
import {
  daysIn,
  financialYearOf,
  formatDay,
  periodContaining,
  periodsOverlapping,
  toDay,
} from "../../src/calendar";

const show = (p: Period): string => `${p.label} ${formatDay(p.from)}..${formatDay(p.to)}`;
const at = (kind: PeriodKind, s: string, ysm?: number): string =>
  show(periodContaining(kind, toDay(s), ysm));

describe("periods", () => {
  it("names financial years by their span", () => {
    expect(at("year", "2024-04-01")).toBe("2024/25 2024-04-01..2025-03-31");
    expect(at("year", "2025-03-31")).toBe("2024/25 2024-04-01..2025-03-31");
    expect(at("year", "2000-01-01")).toBe("1999/00 1999-04-01..2000-03-31");
    expect(financialYearOf(toDay("2024-01-01")).label).toBe("2023/24");
    expect(daysIn(financialYearOf(toDay("2024-01-01")))).toBe(366);
    expect(daysIn(financialYearOf(toDay("2024-06-01")))).toBe(365);
    expect(at("year", "2024-06-01", 1)).toBe("2024 2024-01-01..2024-12-31");
  });

  it("has FY quarters and halves", () => {
    expect(at("quarter", "2024-05-01")).toBe("2024/25 Q1 2024-04-01..2024-06-30");
    expect(at("quarter", "2024-09-30")).toBe("2024/25 Q2 2024-07-01..2024-09-30");
    expect(at("quarter", "2024-12-31")).toBe("2024/25 Q3 2024-10-01..2024-12-31");
    expect(at("quarter", "2025-02-28")).toBe("2024/25 Q4 2025-01-01..2025-03-31");
    expect(at("half", "2024-09-30")).toBe("2024/25 H1 2024-04-01..2024-09-30");
    expect(at("half", "2025-01-15")).toBe("2024/25 H2 2024-10-01..2025-03-31");
  });

  it("has two-month blocks from the FY start, Dec-Jan spanning the calendar year", () => {
    expect(at("two-month", "2024-04-01")).toBe("2024/25 B1 2024-04-01..2024-05-31");
    expect(at("two-month", "2024-07-31")).toBe("2024/25 B2 2024-06-01..2024-07-31");
    expect(at("two-month", "2024-08-01")).toBe("2024/25 B3 2024-08-01..2024-09-30");
    expect(at("two-month", "2024-11-11")).toBe("2024/25 B4 2024-10-01..2024-11-30");
    expect(at("two-month", "2024-12-01")).toBe("2024/25 B5 2024-12-01..2025-01-31");
    expect(at("two-month", "2025-01-31")).toBe("2024/25 B5 2024-12-01..2025-01-31");
    expect(at("two-month", "2024-02-29")).toBe("2023/24 B6 2024-02-01..2024-03-31");
  });

  it("has calendar months and ISO weeks", () => {
    expect(at("month", "2024-02-10")).toBe("2024-02 2024-02-01..2024-02-29");
    expect(at("week", "2024-01-31")).toBe("2024-W05 2024-01-29..2024-02-04");
    expect(at("week", "2024-12-30")).toBe("2025-W01 2024-12-30..2025-01-05");
    expect(at("week", "2021-01-03")).toBe("2020-W53 2020-12-28..2021-01-03");
    expect(at("week", "2026-01-01")).toBe("2026-W01 2025-12-29..2026-01-04");
  });

  it("lists overlapping periods in order", () => {
    expect(
      periodsOverlapping("quarter", toDay("2024-06-30"), toDay("2024-07-01")).map((p) => p.label),
    ).toEqual(["2024/25 Q1", "2024/25 Q2"]);
    expect(
      periodsOverlapping("two-month", toDay("2024-04-01"), toDay("2025-03-31")).map((p) => p.label),
    ).toEqual(["B1", "B2", "B3", "B4", "B5", "B6"].map((b) => `2024/25 ${b}`));
    expect(periodsOverlapping("month", toDay("2024-05-02"), toDay("2024-05-01"))).toEqual([]);
    expect(periodsOverlapping("week", toDay("2025-01-08"), toDay("2025-01-08"))).toHaveLength(1);
  });

  it("rejects a bad yearStartMonth", () => {
    expect(() => periodContaining("year", 0, 13)).toThrow(RangeError);
    expect(() => periodContaining("year", 0, 0)).toThrow(RangeError);
  });
});
