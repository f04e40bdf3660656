/**
 * The forgiving reading: values whose meaning is plain (SQL's NULL, ORM timestamps, Excel's
 * dates and spellings, numeric case ids) evaluate as the clean data does, each counted.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/run/evaluate";
import { generateCounty } from "../../src/demo";
import { COLLECTIONS, parseDataset, readDate, recordSchemas, type Coercion } from "../../src/model";
import { recordReader } from "../../src/model/record-reader";
import { isIsoDate } from "../../src/model/read-date";
import { formatDay, parseDay, toDay } from "../../src/calendar/day";

type Rec = Record<string, unknown>;
type Data = Record<string, Rec[]>;

const AS_OF = "2025-03-31";
const clean = (): Data => generateCounty({ seed: 11, areas: 1, teamsPerArea: 2, staffPerTeam: 4, years: 1, endOn: AS_OF }) as unknown as Data;

/** The day in England of an instant, by the host's own time zone database: an oracle independent of the library's rule. */
const london = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** What `JSON.stringify(date)` writes for a day's midnight in England, as an ORM does. */
function ormTimestamp(day: string): string {
  const midnightUtc = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const instant = london.format(new Date(midnightUtc - 3_600_000)) === day ? midnightUtc - 3_600_000 : midnightUtc; // BST: 23:00 the day before
  return new Date(instant).toISOString();
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ukDate = (d: string): string => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const excelDate = (d: string): string => `${d.slice(8, 10)}-${MONTHS[Number(d.slice(5, 7)) - 1] as string}-${d.slice(0, 4)}`;
const shout = (v: string): string => v.toUpperCase().replace(/-/g, " ");

/** Applies `f` to a field of every record of a collection that has it, counting the records changed. */
function each(data: Data, collection: string, f: (r: Rec) => boolean): number {
  let n = 0;
  for (const r of data[collection] ?? []) if (f(r)) n++;
  return n;
}

/** The demo county as a case system's ORM and a spreadsheet would give it, and the coercions that should be counted. */
function messy(): { data: Data; expected: Partial<Coercion>[] } {
  const data = clean();
  const expected: Partial<Coercion>[] = [];
  const expect = (collection: string, field: string, kind: Coercion["kind"], count: number): void => {
    if (count > 0) expected.push({ collection, field, kind, count });
  };
  expect("teams", "type", "case", each(data, "teams", (r) => { r.type = (r.type as string).toLowerCase(); return true; }));
  expect("staff", "role", "case", each(data, "staff", (r) => { r.role = shout(r.role as string); return true; }));
  expect("staff", "contract", "case", each(data, "staff", (r) => { r.contract = r.contract === "full-time" ? "Full-time" : "part time"; return true; }));
  expect("staff", "startedOn", "timestamp", each(data, "staff", (r) => { r.startedOn = ormTimestamp(r.startedOn as string); return true; }));
  expect("staff", "leftOn", "null", each(data, "staff", (r) => { if (r.leftOn !== undefined) return false; r.leftOn = null; return true; }));
  expect("absences", "from", "excel-date", each(data, "absences", (r) => { r.from = excelDate(r.from as string); return true; }));
  expect("supervisions", "heldOn", "uk-date", each(data, "supervisions", (r) => { r.heldOn = `${ukDate(r.heldOn as string)} 10:30`; return true; }));
  const numeric = (v: unknown): unknown => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v);
  expect("cases", "id", "numeric-id", each(data, "cases", (r) => { r.id = numeric(r.id); return true; }));
  expect("surveys", "caseId", "numeric-id", each(data, "surveys", (r) => { r.caseId = numeric(r.caseId); return true; }));
  expect("meetings", "caseIds[]", "numeric-id", (data.meetings ?? []).reduce((n, r) => {
    if (r.caseIds === undefined) return n;
    r.caseIds = (r.caseIds as unknown[]).map(numeric);
    return n + (r.caseIds as unknown[]).length;
  }, 0));
  expect("meetings", "scope.type", "case", each(data, "meetings", (r) => { r.scope = { ...(r.scope as Rec), type: shout((r.scope as Rec).type as string) }; return true; }));
  return { data, expected };
}

describe("the forgiving reading", () => {
  it("evaluates an ORM's and a spreadsheet's values as the clean data, counting each coercion", async () => {
    const { data, expected } = messy();
    const [plain, forgiven] = await Promise.all([evaluate(clean(), { asOf: AS_OF }), evaluate(data, { asOf: AS_OF })]);
    expect(forgiven.rejected).toEqual([]);
    expect({ ...forgiven, coercions: [] }).toEqual(plain);
    expect(plain.coercions).toEqual([]);
    const counted = (forgiven.coercions ?? []).map(({ collection, field, kind, count }) => ({ collection, field, kind, count }));
    expect(new Set(counted.map((c) => JSON.stringify(c)))).toEqual(new Set(expected.map((c) => JSON.stringify(c))));
    expect(forgiven.coercions?.find((c) => c.field === "contract")?.example).toEqual({ written: expect.any(String), read: expect.stringMatching(/^(full|part)-time$/) });
    expect(forgiven.coercions?.find((c) => c.kind === "numeric-id")).not.toHaveProperty("example");
  });

  it("never changes the records it is given", () => {
    const { data } = messy();
    const before = JSON.stringify(data);
    parseDataset(data);
    expect(JSON.stringify(data)).toBe(before);
  });

  it.each([
    ["a US date", "09/13/2025"], ["no such day", "31/02/2025"], ["a two-digit year", "08/09/25"],
    ["an hour past the day", "2025-06-30T24:00:00Z"], ["no such month", "08-Sec-2025"], ["words", "next Tuesday"],
  ])("refuses %s, naming every form it reads", (_, written) => {
    expect(readDate(written)).toBeUndefined();
    const data = clean();
    (data.staff as Rec[])[0] = { ...(data.staff as Rec[])[0], startedOn: written };
    const [rejection] = parseDataset(data).rejected;
    expect(rejection?.issues).toContainEqual({ path: ["startedOn"], message: "must be a date: YYYY-MM-DD, DD/MM/YYYY, d-mmm-yyyy or an ISO timestamp" });
    expect(JSON.stringify(rejection)).not.toContain(written);
  });

  it.each([["a fraction", 1.5], ["too big to be exact", 1e21], ["not a number", Number.NaN], ["negative", -3]])("refuses an id that is %s", (_, id) => {
    const data = clean();
    (data.cases as Rec[])[0] = { ...(data.cases as Rec[])[0], id };
    const result = parseDataset(data);
    expect(result.rejected[0]).toMatchObject({ collection: "cases", index: 0, issues: [{ path: ["id"], message: "must be an id: a non-empty string or a whole number" }] });
  });

  it("refuses a role that matches nothing, and a required field given as null is missing", () => {
    const data = clean();
    const staff = data.staff as Rec[];
    staff[0] = { ...staff[0], role: "Chief Wizard" };
    staff[1] = { ...staff[1], startedOn: null };
    const issues = parseDataset(data).rejected.filter((r) => r.collection === "staff").slice(0, 2).map((r) => r.issues[0]);
    expect(issues[0]).toMatchObject({ path: ["role"], message: expect.stringMatching(/^must be one of: practitioner, /) });
    expect(issues[1]).toEqual({ path: ["startedOn"], message: "is required" });
  });

  it("reads a timestamp as its day in England, British Summer Time included", () => {
    expect(readDate("2025-06-30T23:30:00Z")).toEqual({ iso: "2025-07-01", form: "timestamp" });
    expect(readDate("2025-12-31T23:30:00Z")).toEqual({ iso: "2025-12-31", form: "timestamp" });
    expect(readDate("2025-03-30T00:59:59Z")?.iso).toBe("2025-03-30"); // GMT until 01:00 UTC
    expect(readDate("2025-10-25T23:00:00Z")?.iso).toBe("2025-10-26"); // BST until 01:00 UTC on the 26th
    expect(readDate("2025-06-30T23:30:00+02:00")?.iso).toBe("2025-06-30");
    expect(readDate("2025-06-30T23:30:00")?.iso).toBe("2025-06-30"); // no zone: a time in England
    expect(readDate("8-Sep-2025")).toEqual({ iso: "2025-09-08", form: "excel-date" });
    expect(readDate("08-sep-2025")).toEqual({ iso: "2025-09-08", form: "excel-date" });
    expect(readDate("5/4/2024 09:30:15")).toEqual({ iso: "2024-04-05", form: "uk-date" });
  });

  it("agrees with the host's Europe/London zone for any instant from 1996 on", () => {
    fc.assert(fc.property(fc.date({ min: new Date("1996-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }), (instant) => {
      expect(readDate(instant.toISOString())?.iso).toBe(london.format(instant));
    }), { numRuns: 2000 });
  });

  it("is idempotent, and leaves canonical records as they are", () => {
    const data = clean();
    const { data: forgiven } = messy();
    const reading = fc.constantFrom(...COLLECTIONS.filter((c) => (data[c] ?? []).length > 0));
    fc.assert(fc.property(reading, fc.nat(), (collection, k) => {
      const reader = recordReader(recordSchemas[collection]);
      const notes: string[] = [];
      const note = (field: string): void => { notes.push(field); };
      const canonical = (data[collection] as Rec[])[k % (data[collection] as Rec[]).length];
      expect(reader.coerce(canonical, note)).toBe(canonical);
      const written = (forgiven[collection] as Rec[])[k % (forgiven[collection] as Rec[]).length];
      const once = reader.coerce(written, note);
      notes.length = 0;
      expect(reader.coerce(once, note)).toBe(once);
      expect(notes).toEqual([]);
      expect(once).toEqual(canonical);
    }), { numRuns: 300 });
  });

  it("counts nothing for clean data", () => {
    expect(parseDataset(clean()).coercions).toEqual([]);
  });

  it("gives the day a calendar reads back", () => {
    expect(formatDay(toDay(readDate("2016-11-18T00:00:00.000Z")?.iso ?? ""))).toBe("2016-11-18");
  });

  it("tells a real YYYY-MM-DD date by its characters exactly as the calendar reads one", () => {
    const padded = (n: number, width: number): string => (n < 0 ? "-" : "") + String(Math.abs(n)).padStart(width, "0");
    const nearDate = fc.tuple(fc.integer({ min: -1, max: 10_999 }), fc.integer({ min: -1, max: 13 }), fc.integer({ min: -1, max: 32 }))
      .map(([y, m, d]) => `${padded(y, 4)}-${padded(m, 2)}-${padded(d, 2)}`);
    const spoilt = fc.tuple(nearDate, fc.nat({ max: 9 }), fc.constantFrom("0", "9", "-", "/", " ", "a", "\u0663", "\uff10", ":"))
      .map(([s, at, c]) => s.slice(0, at) + c + s.slice(at + 1));
    const dateLike = fc.string({ minLength: 8, maxLength: 12, unit: fc.constantFrom(..."0123456789-", "\u0663") });
    fc.assert(fc.property(fc.oneof(nearDate, spoilt, dateLike, fc.anything()), (value) => {
      expect(isIsoDate(value)).toBe(typeof value === "string" && parseDay(value) !== undefined);
    }), { numRuns: 5000 });
    for (const day of ["2024-02-29", "1000-01-01", "9999-12-31"]) expect(isIsoDate(day)).toBe(true);
    for (const day of ["2023-02-29", "0999-12-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-01", " 2024-01-01", "2024-01-01\n"]) expect(isIsoDate(day)).toBe(false);
  });
});
