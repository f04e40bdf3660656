import { describe, expect, it } from "vitest";
import { escapeControl } from "../../src/text/escape-control";

describe("escapeControl", () => {
  it("shows terminal escapes, carriage returns and other controls escaped", () => {
    expect(escapeControl("s1\x1b[2J")).toBe("s1\\x1b[2J");
    expect(escapeControl("a\rb\nc\td")).toBe("a\\rb\\nc\\td");
    expect(escapeControl("\x00\x07\x7f\x9b")).toBe("\\x00\\x07\\x7f\\x9b");
  });

  it("escapes line separators and bidirectional overrides", () => {
    expect(escapeControl("a\u2028b\u202ec\u2066")).toBe("a\\u2028b\\u202ec\\u2066");
  });

  it("leaves other text, accents and emoji as they are", () => {
    for (const text of ["", "s1", "Zoé £5", "t-ifst-n", "😀", "a\\b"]) expect(escapeControl(text)).toBe(text);
  });

  it("leaves no control character in anything it returns", () => {
    let all = "";
    for (let c = 0; c < 0x2100; c++) all += String.fromCharCode(c);
    // eslint-disable-next-line no-control-regex
    expect(escapeControl(all)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });
});
