import { expect, it } from "vitest";
import { generateCounty } from "../../src/demo";

it("produces over a million records at the benchmark size", () => {
  const d = generateCounty({ areas: 40, teamsPerArea: 10, staffPerTeam: 15, years: 3 });
  const total = Object.values(d).reduce((n, c: unknown[]) => n + c.length, 0);
  expect(total).toBeGreaterThan(1_000_000);
});
