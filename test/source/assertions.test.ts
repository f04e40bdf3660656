import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countAssertions } from "./count-assertions";

/**
 * The most type assertions src/ may hold. Each one is a place the compiler stops checking; the
 * count only goes down (it was 363 before noUncheckedIndexedAccess): lower this when you remove some.
 */
const MOST = 177;

describe("type assertions in src/", () => {
  it(`number at most ${MOST}, and there is no non-null assertion`, () => {
    const { assertions, nonNull } = countAssertions("src");
    expect(assertions.length, assertions.map((a) => `${a.file}:${a.line}`).join("\n")).toBeLessThanOrEqual(MOST);
    expect(nonNull).toBe(0);
  });

  it("counts `as T` and `<T>x` but neither `as const` nor import renames", () => {
    const dir = mkdtempSync(join(tmpdir(), "assertions-"));
    writeFileSync(join(dir, "a.ts"), 'import { x as y } from "./b";\nconst a = y as string;\nconst b = <number>y;\nconst c = [1] as const;\nconst d = y!;\n');
    const { assertions, nonNull } = countAssertions(dir);
    expect(assertions.map((a) => a.line)).toEqual([2, 3]);
    expect(nonNull).toBe(1);
  });
});
