/**
 * Dates become days once, when the dataset is indexed: a column per date field, read by a
 * record's position, so the engine never parses a date string while it runs the rules.
 */
import { describe, expect, it } from "vitest";
import { toDay } from "../../src/calendar/day";
import { dateFieldsOf, dayAt, dayColumnsSteps, daysOf } from "../../src/engine/dataset-index/day-columns";
import { indexDataset } from "../../src/engine/dataset-index/index-dataset";
import { recordSchemas } from "../../src/model/dataset";
import { childSchema } from "../../src/model/families";
import { finish } from "../../src/model/steps";
import { parseDataset } from "../../src";
import { generateCounty } from "../../src/demo";

describe("day columns", () => {
  it("name every date field of a record schema, optional or not, and nothing else", () => {
    expect(dateFieldsOf(recordSchemas.cases)).toEqual(expect.arrayContaining(["openedOn", "closedOn", "neglectIdentifiedOn"]));
    expect(dateFieldsOf(recordSchemas.cases)).not.toContain("teamId");
  });

  it("hold each record's date as a day, and no day for an absent date", () => {
    const records = [{ closedOn: "2025-03-31" }, {}, { closedOn: "2024-02-29" }];
    const columns = finish(dayColumnsSteps(records, ["closedOn"]));
    expect([0, 1, 2].map((i) => dayAt(columns["closedOn"], i))).toEqual([toDay("2025-03-31"), undefined, toDay("2024-02-29")]);
    expect(dayAt(undefined, 0)).toBeUndefined();
    expect(dayAt(columns["closedOn"], 3)).toBeUndefined();
    expect(daysOf({ dueOn: "2025-01-02", note: "x" }, ["dueOn", "completedOn"])).toEqual({ dueOn: toDay("2025-01-02"), completedOn: undefined });
  });

  it("agree, for every accepted record of a county, with its dates as written", () => {
    const { dataset } = parseDataset(generateCounty({ areas: 1, teamsPerArea: 2, staffPerTeam: 5, years: 1 }));
    const index = indexDataset(dataset);
    for (const [name, records] of Object.entries(dataset)) {
      const fields = dateFieldsOf(recordSchemas[name as keyof typeof recordSchemas]);
      (records as Record<string, unknown>[]).forEach((record, i) => {
        for (const field of fields) {
          const written = record[field];
          expect(dayAt(index.days[name as keyof typeof index.days][field], i)).toBe(typeof written === "string" ? toDay(written) : undefined);
        }
      });
    }
  });

  it("hold every child of every case at its case's first position plus its own index, with its dates as written", () => {
    const { dataset } = parseDataset(generateCounty({ areas: 1, teamsPerArea: 2, staffPerTeam: 5, years: 1 }));
    const { children } = indexDataset(dataset);
    const fields = dateFieldsOf(childSchema);
    expect(fields).toContain("dateOfBirth");
    let seen = 0;
    dataset.cases.forEach((c, i) => {
      expect(children.first[i]).toBe(seen);
      c.children.forEach((child, k) => {
        for (const field of fields) {
          const written = (child as Record<string, unknown>)[field];
          expect(dayAt(children.days[field], (children.first[i] ?? 0) + k)).toBe(typeof written === "string" ? toDay(written) : undefined);
        }
      });
      seen += c.children.length;
    });
    expect(seen).toBeGreaterThan(0);
    expect(children.first[dataset.cases.length]).toBe(seen);
  });
});
