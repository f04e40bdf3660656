/**
 * References become positions once, when the dataset is indexed: a column per reference
 * field, so rules reach a case's team or an audit's case by position, never by id.
 */
import { describe, expect, it } from "vitest";
import { toDay } from "../../src/calendar/day";
import { indexDataset, mergeSpans, recordById } from "../../src/engine/dataset-index/index-dataset";
import { positionAt, referenced } from "../../src/engine/dataset-index/reference-columns";
import { recordSchemas, type CollectionName } from "../../src/model/dataset";
import { referenceFields } from "../../src/model/references";
import { parseDataset } from "../../src";
import { generateCounty } from "../../src/demo";

type Row = Record<string, unknown>;

const county = parseDataset(generateCounty({ areas: 1, teamsPerArea: 2, staffPerTeam: 5, years: 1 })).dataset;
const index = indexDataset(county);

describe("reference columns", () => {
  it("cover every id field of every record schema but a child's (checked against its case)", () => {
    for (const [name, schema] of Object.entries(recordSchemas)) {
      const idFields = Object.keys(schema.shape).filter((k) => k.endsWith("Id") && k !== "childId");
      const followed = Object.keys(index.refs[name as CollectionName]);
      const checked = Object.keys((referenceFields as Partial<Record<string, Row>>)[name] ?? {});
      expect(followed.sort(), name).toEqual(idFields.sort());
      // A staff record's own line manager is resolved apart; a line management record's is plain.
      expect(checked.sort(), name).toEqual(idFields.filter((k) => name !== "staff" || k !== "lineManagerId").sort());
    }
  });

  it("point, for every reference of a county, at the record with that id, and nowhere for an empty field", () => {
    let resolved = 0;
    for (const [name, columns] of Object.entries(index.refs)) {
      const records = county[name as CollectionName] as readonly Row[];
      for (const [field, column] of Object.entries(columns)) {
        records.forEach((record, i) => {
          const to = positionAt(column, i);
          const id = record[field];
          if (id === undefined) expect(to).toBeUndefined();
          else {
            const target = referenced(index, name as "cases", field as "teamId", i) as Row | undefined;
            expect(target?.["id"], `${name}[${i}].${field}`).toBe(id);
            resolved++;
          }
        });
      }
    }
    expect(resolved).toBeGreaterThan(500);
  });

  it("give a record by id, and nothing for an id no record has or a value that is not an id", () => {
    const someone = county.staff[3];
    expect(recordById(index, "staff", someone?.id)).toBe(someone);
    expect(recordById(index, "staff", "nobody")).toBeUndefined();
    expect(recordById(index, "staff", 3)).toBeUndefined();
  });

  it("give each staff member, by position, their own absences merged", () => {
    county.staff.forEach((s, i) => {
      const own = county.absences.filter((a) => a.staffId === s.id).map((a) => ({ from: toDay(a.from), to: toDay(a.to) }));
      expect(index.members[i]?.id).toBe(s.id);
      expect(index.members[i]?.absences).toEqual(mergeSpans(own));
    });
    expect(index.members.some((m) => m.absences.length > 0)).toBe(true);
  });

  it("resolve a line manager, and none for a staff member without one", () => {
    const data = generateCounty({ areas: 1, teamsPerArea: 1, staffPerTeam: 3, years: 1 });
    const staff = parseDataset(data).dataset.staff;
    const small = indexDataset(parseDataset(data).dataset);
    staff.forEach((s, i) => {
      const manager = referenced(small, "staff", "lineManagerId", i);
      expect(manager?.id).toBe(s.lineManagerId);
    });
    expect(staff.some((s) => s.lineManagerId === undefined)).toBe(true);
    expect(staff.some((s) => s.lineManagerId !== undefined)).toBe(true);
  });
});
