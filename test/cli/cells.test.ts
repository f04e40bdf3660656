import { describe, expect, it } from "vitest";
import { readCell, toIsoDate } from "../../src/cli/input/cells";
import { CsvSyntaxError, parseCsv } from "../../src/cli/input/csv-parse";
import { fieldKinds } from "../../src/cli/input/field-kinds";

describe("toIsoDate", () => {
  it("reads DD/MM/YYYY in UK order, keeps ISO dates, cuts a midnight time", () => {
    expect(toIsoDate("14/05/2024")).toBe("2024-05-14");
    expect(toIsoDate("1/2/2024")).toBe("2024-02-01");
    expect(toIsoDate("2024-05-14")).toBe("2024-05-14");
    expect(toIsoDate("2024-05-14T00:00:00")).toBe("2024-05-14");
  });
  it("leaves anything else for validation to reject", () => {
    expect(toIsoDate("2024-05-14T13:00:00")).toBe("2024-05-14T13:00:00");
    expect(toIsoDate("May 14")).toBe("May 14");
  });
});

describe("readCell", () => {
  it("reads booleans, numbers, lists and JSON records; an empty cell is absent, an empty list empty", () => {
    expect(["true", "Yes", "1", "y"].map((c) => readCell(c, "boolean"))).toEqual([true, true, true, true]);
    expect(["false", "NO", "0", "n"].map((c) => readCell(c, "boolean"))).toEqual([false, false, false, false]);
    expect(readCell("maybe", "boolean")).toBe("maybe");
    expect(readCell(" 7 ", "integer")).toBe(7);
    expect(readCell("seven", "integer")).toBe("seven");
    expect(readCell("wellbeing; worries;", "list")).toEqual(["wellbeing", "worries"]);
    expect(readCell("", "list")).toEqual([]);
    expect(readCell("", "date")).toBeUndefined();
    expect(readCell('[{"id":"c1"}]', "records")).toEqual([{ id: "c1" }]);
    expect(readCell("[broken", "records")).toBe("[broken");
  });
});

describe("fieldKinds (from the dataset's JSON Schema)", () => {
  it("knows dates, booleans, lists, nested and item fields", () => {
    const staff = fieldKinds("staff");
    expect(staff.get("startedOn")).toBe("date");
    expect(staff.get("qualityImprovementChampion")).toBe("boolean");
    expect(staff.get("contractChanges")).toBe("records");
    expect(staff.get("contractChanges[].from")).toBe("date");
    expect(fieldKinds("meetings").get("scope.type")).toBe("string");
    expect(fieldKinds("meetings").get("attendeeIds")).toBe("list");
    expect(fieldKinds("reports").get("period.from")).toBe("date");
    expect(fieldKinds("audits").get("grade")).toBe("integer");
    expect(fieldKinds("cases").get("children[].youngCarer")).toBe("boolean");
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, and the line each row starts on", () => {
    const rows = parseCsv('\uFEFFa,b\r\n"x, ""y""","two\nlines"\r\n\r\nlast,\n');
    expect(rows).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ['x, "y"', "two\nlines"] },
      { line: 5, cells: ["last", ""] },
    ]);
  });
  it("names the line of a quote never closed", () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open\n')).toThrow("line 2: a quoted field is never closed");
  });
});
