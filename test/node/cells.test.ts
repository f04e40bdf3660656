import { describe, expect, it } from "vitest";
import { readCell } from "../../src/node/cells";
import { excelSerialToIso, toIsoDate } from "../../src/node/dates";
import { fieldKinds } from "../../src/node/field-kinds";

describe("toIsoDate", () => {
  it("reads DD/MM/YYYY in UK order, keeps ISO dates, drops a time of day after either", () => {
    expect(toIsoDate("14/05/2024")).toBe("2024-05-14");
    expect(toIsoDate("1/2/2024")).toBe("2024-02-01");
    expect(toIsoDate("2024-05-14")).toBe("2024-05-14");
    expect(toIsoDate("2024-05-14T00:00:00")).toBe("2024-05-14");
    expect(toIsoDate("15/07/2024 00:00")).toBe("2024-07-15");
    expect(toIsoDate("15/07/2024 13:45:10")).toBe("2024-07-15");
    expect(toIsoDate("2024-05-14T13:00:00.000Z")).toBe("2024-05-14");
  });
  it("leaves anything else, and dates that name no real day, for validation to reject", () => {
    for (const text of ["May 14", "31/02/2024", "15/07/24", "2024-05-14 24:00", "15/07/2024 9am"]) expect(toIsoDate(text)).toBe(text);
  });
  it("reads Excel serial numbers (1900 and 1904 systems), dropping the time", () => {
    expect(excelSerialToIso(45488, false)).toBe("2024-07-15");
    expect(excelSerialToIso(45488.99, false)).toBe("2024-07-15");
    expect(excelSerialToIso(44026, true)).toBe("2024-07-15");
    expect(excelSerialToIso(60, false)).toBeUndefined(); // Excel's 29 February 1900, which never was
  });
});

describe("readCell", () => {
  it("reads booleans, numbers, lists and JSON records; an empty cell is absent, an empty list empty", () => {
    expect(["true", "Yes", "1", "y"].map((c) => readCell(c, "boolean"))).toEqual([true, true, true, true]);
    expect(["false", "NO", "0", "n"].map((c) => readCell(c, "boolean"))).toEqual([false, false, false, false]);
    expect(readCell("maybe", "boolean")).toBe("maybe");
    expect([readCell(true, "boolean"), readCell(100, "string"), readCell(45488, "date"), readCell(new Date(Date.UTC(2024, 6, 15)), "date")])
      .toEqual([true, "100", "2024-07-15", "2024-07-15"]);
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
