import { describe, expect, it } from "vitest";
import { walkUpTheLine } from "../../src/engine/dataset-index/line-walk";

/** A line `s0 <- s1 <- s2 <- ...`: each person's manager is the one before; counts the reads. */
function line() {
  let reads = 0;
  const managerOf = (id: string) => {
    reads++;
    const i = Number(id.slice(1));
    return i > 0 ? `s${i - 1}` : undefined;
  };
  return { managerOf, reads: () => reads };
}

describe("walkUpTheLine", () => {
  it("finds the nearest people up the line who count, nearest first", () => {
    const { managerOf } = line();
    const above = walkUpTheLine(managerOf, (id) => Number(id.slice(1)) % 2 === 0, 3);
    expect(above("s9")).toEqual(["s8", "s6", "s4"]);
    expect(above("s3")).toEqual(["s2", "s0"]);
    expect(above("s0")).toEqual([]);
  });

  it("reads each manager a bounded number of times for everyone on a line 8,000 deep", () => {
    const n = 8000;
    const { managerOf, reads } = line();
    const above = walkUpTheLine(managerOf, () => false, 3);
    for (let i = n - 1; i >= 0; i--) above(`s${i}`);
    expect(reads()).toBeLessThanOrEqual(2 * n);
  });

  it("stops where a cycle would repeat, as a walk from each person would", () => {
    const managers: Record<string, string> = { a: "b", b: "c", c: "a", x: "a" };
    const above = walkUpTheLine((id) => managers[id], () => true, 3);
    expect(above("x")).toEqual(["a", "b", "c"]);
    expect(above("a")).toEqual(["b", "c"]);
    expect(above("c")).toEqual(["a", "b"]);
  });
});
