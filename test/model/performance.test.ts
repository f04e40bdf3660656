import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/model";

/** A large organisation: staff in a long line-management chain, and many supervisions. */
function big(n: number): Record<string, unknown[]> {
  const staff = [{ id: "s0", role: "strategic-manager", contract: "full-time", startedOn: "2015-04-01" }];
  for (let i = 1; i < n; i++) {
    staff.push({ id: `s${i}`, role: "practitioner", teamId: "t", lineManagerId: `s${i - 1}`, contract: "full-time", startedOn: "2020-01-01" } as never);
  }
  const supervisions = [];
  for (let i = 1; i < n; i++) {
    supervisions.push({ id: `sup${i}`, superviseeId: `s${i}`, supervisorId: `s${i - 1}`, heldOn: "2024-05-14", agenda: [], reflection: true, personalImpactUrns: [] });
  }
  return { areas: [{ id: "a" }], teams: [{ id: "t", areaId: "a", type: "IFST" }], staff, supervisions };
}

describe("parseDataset performance", () => {
  it("is linear: a long chain under a rejected top manager stays fast, and is kept", () => {
    const input = big(50_000);
    (input.staff?.[0] as Record<string, unknown>).role = "Strategic Overlord"; // rejected: no one below it is
    const started = performance.now();
    const result = parseDataset(input);
    const elapsed = performance.now() - started;
    expect(result.counts.staff).toEqual({ received: 50_000, evaluated: 49_999, rejected: 1 });
    expect(result.counts.supervisions.rejected).toBe(0);
    expect(elapsed).toBeLessThan(10_000);
  });
});
