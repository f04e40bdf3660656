import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileSimplePattern, simplePatternProblem } from "../../src/text/simple-pattern";

const runs = Number(process.env["QAF_FUZZ_RUNS"] ?? 300);

describe("simple patterns", () => {
  it("match whole texts like the regular expression they are written as", () => {
    const isUrn = compileSimplePattern("^[0-9]{1,12}$");
    expect(["1", "100234", "123456789012"].map(isUrn)).toEqual([true, true, true]);
    expect(["", "1234567890123", "Jane Doe", "12a", " 12"].map(isUrn)).toEqual([false, false, false, false, false]);
    expect(compileSimplePattern("^[A-Z]{2}-\\d+$")("AB-12")).toBe(true);
    expect(compileSimplePattern("^[^ ]*$")("a b")).toBe(false);
    expect(compileSimplePattern("^a.?c$")("ac")).toBe(true);
  });

  it.each([
    ["^(a+)+$", /groups/],
    ["^a|b$", /alternation/],
    ["[0-9]{1,12}", /must start with \^ and end with \$/],
    ["^\\1$", /must be followed by/],
    ["^a{2000}$", /at most 1000/],
    ["^a{3,1}$", /m at most n/],
    ["^a**$", /out of place/],
    ["^[0-9$", /not closed/],
    ["^[]$", /at least one character/],
    ["^[9-0]$", /lower character/],
    [`^${"a".repeat(300)}$`, /at most 200 characters/],
  ])("refuses %s, saying why", (pattern, why) => {
    expect(simplePatternProblem(pattern)).toMatch(why);
    expect(() => compileSimplePattern(pattern)).toThrow();
  });

  it("matches hostile texts in linear time: no pattern can backtrack", () => {
    const started = performance.now();
    const nested = compileSimplePattern("^a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b$");
    expect(nested(`${"a".repeat(20_000)}c`)).toBe(false);
    expect(compileSimplePattern("^[0-9]{1,12}$")("9".repeat(200_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  const item = fc.tuple(
    fc.constantFrom("a", "b", "0", "9", ".", "\\d", "\\w", "[ab]", "[0-9]", "[^a]", "[a-c0]", "\\.", "-", "[a\\-]"),
    fc.constantFrom("", "?", "*", "+", "{2}", "{0,3}", "{1,}", "{2,2}"),
  ).map(([atom, count]) => atom + count);
  const pattern = fc.array(item, { maxLength: 6 }).map((items) => `^${items.join("")}$`);
  const text = fc.array(fc.constantFrom("a", "b", "c", "0", "9", ".", "-", "_", " ", "\n", "é"), { maxLength: 10 }).map((c) => c.join(""));

  it("agree with RegExp on every simple pattern and text (property)", () => {
    fc.assert(
      fc.property(pattern, text, (source, input) => {
        expect(simplePatternProblem(source)).toBeUndefined();
        expect(compileSimplePattern(source)(input)).toBe(new RegExp(source, "u").test(input));
      }),
      { numRuns: runs * 10 },
    );
  });
});
