import { expect, it } from "vitest";
import { BENCH_REGION, countRecords } from "../../examples/bench-region";
import { generateCounty } from "../../src/demo";

it("the benchmark's default region has about 400 teams and over a million records", () => {
  const d = generateCounty(BENCH_REGION);
  expect(d.teams.length).toBe(400);
  expect(countRecords(d)).toBeGreaterThan(1_000_000);
});
