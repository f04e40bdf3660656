import { describe, expect, it } from "vitest";
import type * as Errors from "../src/errors";
import { InvalidDatasetError, InvalidOptionsError, QafError, formatPath, isQafError } from "../src/errors";

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

describe("errors across copies of the library (the ES module and CommonJS builds in one process)", () => {
  it("are instanceof the other copy's classes, by their brand, and isQafError says so", async () => {
    // A query makes the module loader load a second copy, as a second build would be.
    const copy = "../src/errors?another-copy";
    const other = (await import(/* @vite-ignore */ copy)) as typeof Errors;
    expect(other.QafError).not.toBe(QafError);
    const error = new other.InvalidDatasetError([{ path: [], message: "no collection found" }]);
    expect(error).toBeInstanceOf(QafError);
    expect(error).toBeInstanceOf(InvalidDatasetError);
    expect(error instanceof InvalidOptionsError).toBe(false);
    expect(isQafError(error)).toBe(true);
    expect(new InvalidOptionsError([]) instanceof other.InvalidOptionsError).toBe(true);
    expect(new InvalidOptionsError([]) instanceof other.InvalidDatasetError).toBe(false);
  });

  it("keep instanceof as it was for everything else", () => {
    class Own extends QafError {}
    expect(new Own("own", "x")).toBeInstanceOf(QafError);
    expect(new Own("own", "x")).toBeInstanceOf(Own);
    expect(new QafError("x", "y") instanceof Own).toBe(false);
    for (const value of [new Error("x"), null, undefined, "QafError", { code: "x", issues: [] }]) {
      expect(value instanceof QafError).toBe(false);
      expect(isQafError(value)).toBe(false);
    }
    expect(Object.getOwnPropertyDescriptor(new QafError("x", "y"), Symbol.for("one-point-qaf.error"))?.enumerable).toBe(false);
  });
});
