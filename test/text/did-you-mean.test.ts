import { describe, expect, it } from "vitest";
import { didYouMean } from "../../src/text/did-you-mean";

describe("didYouMean", () => {
  const collections = ["staff", "teams", "areas", "supervisions", "cases"];

  it("ignores case, spaces, dashes and underscores", () => {
    expect(didYouMean("Staff", collections)).toBe("staff");
    expect(didYouMean("as-of", ["asOf", "from"])).toBe("asOf");
    expect(didYouMean("Held On", ["heldOn", "id"])).toBe("heldOn");
  });

  it("finds a near spelling and prefers the nearest", () => {
    expect(didYouMean("staf", collections)).toBe("staff");
    expect(didYouMean("supervison", collections)).toBe("supervisions");
    expect(didYouMean("case", collections)).toBe("cases");
  });

  it("counts two letters swapped as one edit: form is from, taems is teams", () => {
    expect(didYouMean("form", ["asOf", "from", "policy"])).toBe("from");
    expect(didYouMean("taems", collections)).toBe("teams");
    expect(didYouMean("fmro", ["from"])).toBeUndefined();
  });

  it("suggests nothing when no name is close", () => {
    expect(didYouMean("zzz", collections)).toBeUndefined();
    expect(didYouMean("meetings", collections)).toBeUndefined();
    expect(didYouMean("x", [])).toBeUndefined();
  });
});
