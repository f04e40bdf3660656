import { describe, expect, it } from "vitest";
import { toDay } from "../../src/calendar/day";
import { inEffect } from "../../src/policy/effective";

describe("inEffect", () => {
  it("holds on both ends of the effective dates, not a day outside", () => {
    const rule = { effective: { from: "2025-04-01", to: "2026-03-31" } };
    expect(inEffect(rule, toDay("2025-03-31"))).toBe(false);
    expect(inEffect(rule, toDay("2025-04-01"))).toBe(true);
    expect(inEffect(rule, toDay("2026-03-31"))).toBe(true);
    expect(inEffect(rule, toDay("2026-04-01"))).toBe(false);
  });

  it("leaves an open end open, and a rule without dates always in force", () => {
    expect(inEffect({ effective: { to: "2025-03-31" } }, toDay("1990-01-01"))).toBe(true);
    expect(inEffect({ effective: { from: "2025-04-01" } }, toDay("2099-01-01"))).toBe(true);
    expect(inEffect({}, toDay("2025-01-01"))).toBe(true);
  });
});
