import { describe, expect, it } from "vitest";
import { InvalidDatasetError, QafError, formatPath } from "../src/errors";

describe("formatPath", () => {
  it("writes keys dotted and indexes in brackets", () => {
    expect(formatPath([])).toBe("(root)");
    expect(formatPath(["rules", 3, "when", "all", 0])).toBe("rules[3].when.all[0]");
  });

  it("shows control characters in keys escaped, never raw", () => {
    expect(formatPath(["\x1b[2Jstaff", "a\rb"])).toBe("\\x1b[2Jstaff.a\\rb");
    const error = new InvalidDatasetError([{ path: ["\x1b]0;pwned\x07"], message: "unknown collection" }]);
    expect(error.message.includes("\x1b") || error.message.includes("\x07")).toBe(false);
    expect(error.message).toContain("\\x1b]0;pwned\\x07");
  });
});

describe("InvalidDatasetError", () => {
  it("is a QafError with the code invalid_dataset", () => {
    const error = new InvalidDatasetError([{ path: [], message: "no collection found" }]);
    expect(error).toBeInstanceOf(QafError);
    expect(error.code).toBe("invalid_dataset");
    expect(error.name).toBe("InvalidDatasetError");
    expect(error.message).toMatch(/^Not a dataset: expected an object with collections such as staff, teams/);
  });
});
