import { describe, expect, it } from "vitest";
import { MAX_WHOLE_TEXT_BYTES, readRegularFileSync, tooLargeToReadWhole } from "../../src/node/open-file";

describe("files read whole", () => {
  it("are refused past the whole-text limit, with the size and what to do instead", () => {
    expect(tooLargeToReadWhole(MAX_WHOLE_TEXT_BYTES)).toBeUndefined();
    expect(tooLargeToReadWhole(MAX_WHOLE_TEXT_BYTES + 1)).toMatch(/too large to read whole \(500 MB; at most 500 MB\): split it, or give it as CSV or NDJSON/);
    expect(tooLargeToReadWhole(600 * 1024 * 1024)).toContain("(600 MB;");
  });

  it("must be regular files: a device is refused without reading it", () => {
    expect(() => readRegularFileSync("/dev/zero")).toThrow(/not a regular file/);
    expect(() => readRegularFileSync("/nonexistent/file.json")).toThrow(/no such file/);
  });
});
