import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { workerBeside } from "../../src/node/worker-file";

const dist = join("/app", "node_modules", "one-point-qaf", "dist");
const only = (...present: string[]) => (path: string) => present.includes(path);

describe("the parallel worker's file", () => {
  it("is the CommonJS worker beside either build, so that no worker require()s an ES module", () => {
    const cjs = join(dist, "parallel-worker.cjs");
    const esm = join(dist, "parallel-worker.js");
    expect(workerBeside(join(dist, "chunk-abc.js"), only(cjs, esm))).toBe(cjs);
    expect(workerBeside(join(dist, "chunk-abc.cjs"), only(cjs, esm))).toBe(cjs);
  });

  it("is the ES module worker only where no CommonJS one sits beside it", () => {
    expect(workerBeside(join(dist, "node.js"), only(join(dist, "parallel-worker.js")))).toBe(join(dist, "parallel-worker.js"));
  });

  it("is the TypeScript source beside a source module (run with the tsx loader)", () => {
    expect(workerBeside(join("/repo", "src", "node", "parallel.ts"), () => true)).toBe(join("/repo", "src", "node", "parallel-worker.ts"));
  });
});
