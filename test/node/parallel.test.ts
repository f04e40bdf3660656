import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InvalidOptionsError } from "../../src";
import { autoJobs, evaluateParallel, PARALLEL_FROM_RECORDS } from "../../src/node/parallel";
import { firstDifference } from "../properties/support";

const demo: unknown = JSON.parse(readFileSync(new URL("../../examples/data/demo-county.json", import.meta.url), "utf8"));
const asOf = "2026-03-31";

describe("evaluateParallel", () => {
  it("auto: one thread below the size where threads win, else every core that memory allows", () => {
    const gib = 1024 ** 3;
    expect(autoJobs(399_999, 64 * gib, 8, 400_000)).toBe(1);
    expect(autoJobs(400_000, 64 * gib, 8, 400_000)).toBe(8);
    expect(autoJobs(2_000_000, 2 * gib, 8, 400_000)).toBe(1); // the workers' parts would not fit
    // Threads never won on the machine measured, at any size: auto is one thread.
    expect(autoJobs(PARALLEL_FROM_RECORDS === Number.POSITIVE_INFINITY ? 50_000_000 : PARALLEL_FROM_RECORDS - 1, 64 * gib, 8)).toBe(1);
  });

  it("accepts jobs: 1000 and caps it at the cores available, with the same result", async () => {
    const many = await evaluateParallel(demo, { asOf, jobs: 1000 });
    const one = await evaluateParallel(demo, { asOf, jobs: 1 });
    expect(firstDifference(one, many)).toBeUndefined();
  });

  it("gives the same result in one thread (evaluate itself) and in two on the demo county", async () => {
    const one = await evaluateParallel(demo, { asOf, jobs: 1 });
    const two = await evaluateParallel(demo, { asOf, jobs: 2 });
    expect(two.obligations.length).toBeGreaterThan(1000);
    expect(firstDifference(one, two)).toBeUndefined();
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "2", "all", null])("rejects jobs: %s with an InvalidOptionsError on jobs", async (jobs) => {
    const call = evaluateParallel(demo, { asOf, jobs: jobs as number });
    await expect(call).rejects.toBeInstanceOf(InvalidOptionsError);
    await expect(call).rejects.toMatchObject({ issues: [{ path: ["jobs"] }] });
  });

  it("throws evaluate's own errors for bad options, before starting any worker", async () => {
    await expect(evaluateParallel(demo, { asOf: "2026-02-30", jobs: 2 })).rejects.toMatchObject({ issues: [{ path: ["asOf"] }] });
    await expect(evaluateParallel(demo, null as never)).rejects.toBeInstanceOf(InvalidOptionsError);
  });
});
