import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import { datasetArb, windowArb } from "./arbitraries";
import { firstDifference } from "./support";

const script = fileURLToPath(new URL("./evaluate-stdin.ts", import.meta.url));

/** Far-apart zones: UTC+14 and UTC-8/-7, so any local-time read lands on another day. */
const ZONES = [
  { tz: "Pacific/Kiritimati", offsetMinutes: -840 },
  { tz: "America/Los_Angeles", offsetMinutes: 480 },
];

function evaluateIn(tz: string, input: unknown): { timeZone: string; offsetMinutes: number; evaluation: unknown } {
  const out = execFileSync(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, TZ: tz },
    input: JSON.stringify(input),
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out.toString("utf8")) as { timeZone: string; offsetMinutes: number; evaluation: unknown };
}

describe("evaluate is independent of the process time zone (api.md, Guarantees: whatever TZ)", () => {
  it("a child process under TZ=Pacific/Kiritimati and one under TZ=America/Los_Angeles give the in-process evaluation", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb, windowArb, async (dataset, options) => {
        const here = JSON.parse(JSON.stringify(await evaluate(dataset, options))) as unknown;
        for (const zone of ZONES) {
          const there = evaluateIn(zone.tz, { dataset, options });
          expect(there.timeZone).toBe(zone.tz);
          expect(there.offsetMinutes).toBe(zone.offsetMinutes);
          expect(firstDifference(here, there.evaluation)).toBeUndefined();
        }
      }),
      { numRuns: 3 },
    );
  });
});
