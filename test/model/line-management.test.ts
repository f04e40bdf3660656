/**
 * Line management records: who line-managed whom, and when. Their shape, their references,
 * no overlap between one staff member's records, and no line management cycle on any day,
 * with the staff records' own `lineManagerId` standing on days no record covers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, formatDay, toDay } from "../../src/calendar/day";
import { CYCLE_ROUNDS } from "../../src/model/line-management";
import { lineManagementSchema, parseDataset } from "../../src/model";
import type { ParsedDataset, Rejection } from "../../src/model";
import { validDataset } from "./fixtures";

type Row = Record<string, unknown>;

/** A staff member who needs no team or area, managed by `lineManagerId` when given. */
const person = (id: string, lineManagerId?: string): Row => ({
  id, role: "strategic-manager", contract: "full-time", startedOn: "2015-04-01", ...(lineManagerId === undefined ? {} : { lineManagerId }),
});

/** A line management record. */
const lm = (id: string, staffId: string, lineManagerId: string, from: string, to?: string): Row => ({
  id, staffId, lineManagerId, from, ...(to === undefined ? {} : { to }),
});

const ofLineManagement = (result: ParsedDataset): Rejection[] => result.rejected.filter((r) => r.collection === "lineManagement");

describe("lineManagementSchema", () => {
  it("accepts the contract's example, and a record still in force (no `to`)", () => {
    expect(lineManagementSchema.safeParse(lm("lm1", "s1", "s9", "2023-04-01", "2024-10-31")).success).toBe(true);
    expect(lineManagementSchema.parse(lm("lm2", "s1", "s9", "2024-11-01"))).toEqual(lm("lm2", "s1", "s9", "2024-11-01"));
  });

  it("rejects a `to` before `from`, dates not written YYYY-MM-DD, a missing id, and a manager of themself", () => {
    const paths = (record: Row): unknown[] => lineManagementSchema.safeParse(record).error?.issues.map((i) => i.path) ?? [];
    expect(paths(lm("lm1", "s1", "s9", "2024-05-01", "2024-04-30"))).toEqual([["to"]]);
    expect(paths(lm("lm1", "s1", "s9", "01/05/2024"))).toEqual([["from"]]);
    expect(paths({ staffId: "s1", lineManagerId: "s9", from: "2024-05-01" })).toEqual([["id"]]);
    expect(paths(lm("lm1", "s1", "s1", "2024-05-01"))).toEqual([["lineManagerId"]]);
  });
});

describe("parseDataset: lineManagement", () => {
  it("accepts the contract's example and counts the collection", () => {
    const result = parseDataset(validDataset());
    expect(result.rejected).toEqual([]);
    expect(result.dataset.lineManagement).toEqual([lm("lm1", "s1", "s9", "2023-04-01", "2024-10-31")]);
    expect(result.counts.lineManagement).toEqual({ received: 1, evaluated: 1, rejected: 0 });
  });

  it("rejects a bad shape with collection, index, id and path, never echoing the value", () => {
    const input = validDataset();
    input.lineManagement = [lm("lm1", "s1", "s9", "2023-04-01", "2024-10-31"), lm("lm2", "s1", "s9", "Jane Doe 2024")];
    expect(ofLineManagement(parseDataset(input))).toEqual([{
      collection: "lineManagement", index: 1, id: "lm2",
      issues: [{ path: ["from"], message: "must be a date: YYYY-MM-DD, DD/MM/YYYY, d-mmm-yyyy or an ISO timestamp" }],
    }]);
  });

  it("rejects a record naming its staff member as their own line manager", () => {
    const input = validDataset();
    input.lineManagement = [lm("lm1", "s9", "s9", "2024-01-01")];
    const [rejection] = ofLineManagement(parseDataset(input));
    expect(rejection?.issues.map((i) => i.path)).toEqual([["lineManagerId"]]);
  });

  it("checks both references: staff not in the export are rejected, staff who were rejected are not", () => {
    const input = validDataset();
    input.staff?.push({ ...person("s30"), startedOn: "not a date" });
    input.lineManagement = [lm("lm1", "s1", "ghost", "2024-01-01"), lm("lm2", "ghost", "s9", "2024-01-01"), lm("lm3", "s30", "s9", "2024-01-01")];
    const missing = "refers to staff `ghost` that is not in the export";
    const result = parseDataset(input);
    expect(ofLineManagement(result).map((r) => [r.id, r.issues])).toEqual([
      ["lm1", [{ path: ["lineManagerId"], message: missing }]],
      ["lm2", [{ path: ["staffId"], message: missing }]],
    ]);
    expect(result.dataset.lineManagement.map((r) => r.id)).toEqual(["lm3"]);
  });

  it("rejects each record that overlaps an earlier one of the same staff member (earlier by `from`, then index), at `from`", () => {
    const input = validDataset();
    input.lineManagement = [
      lm("late", "s1", "s9", "2024-03-01", "2024-03-31"), // overlaps open, which is earlier by `from`
      lm("open", "s1", "s20", "2024-02-01"),
      lm("adjacent", "s9", "s20", "2024-01-01", "2024-01-31"),
      lm("next", "s9", "s20", "2024-02-01", "2024-02-29"), // starts the day after: no overlap
      lm("same-day", "s9", "s20", "2024-02-29"), // shares one day with next
      lm("twin\x1b[2J", "s1", "s20", "2020-01-01", "2020-01-01"),
      lm("twin", "s1", "s20", "2020-01-01", "2020-01-01"), // the same day: the later index is the one rejected
    ];
    const overlaps = (id: string): string => `overlaps ${id}, an earlier record of the same staff member: a staff member's records must not overlap`;
    const result = parseDataset(input);
    expect(ofLineManagement(result).map((r) => [r.id, r.issues])).toEqual([
      ["late", [{ path: ["from"], message: overlaps("open") }]],
      ["same-day", [{ path: ["from"], message: overlaps("next") }]],
      ["twin", [{ path: ["from"], message: overlaps("twin\\x1b[2J") }]],
    ]);
  });

  it("rejects a cycle that exists only in January: A managed by B through a record, B by A through lineManagerId", () => {
    const input = { staff: [person("top"), person("A", "top"), person("B", "A")], lineManagement: [lm("lm1", "A", "B", "2024-01-01", "2024-01-31")] };
    const result = parseDataset(input);
    expect(result.rejected).toEqual([{
      collection: "lineManagement", index: 0, id: "lm1",
      issues: [{ path: ["lineManagerId"], message: "is in a line management cycle on 2024-01-01, where no one has a manager outside it: A → B → A" }],
    }]);
    expect(result.dataset.staff).toHaveLength(3);
  });

  it("accepts the same two edges when they do not meet in time", () => {
    // B is managed by A only from February (a record), and by top before (lineManagerId).
    const input = {
      staff: [person("top"), person("A", "top"), person("B", "top")],
      lineManagement: [lm("lm1", "A", "B", "2024-01-01", "2024-01-31"), lm("lm2", "B", "A", "2024-02-01")],
    };
    expect(parseDataset(input).rejected).toEqual([]);
    // Meeting for one day, 31 January, both records make the cycle.
    input.lineManagement[1] = lm("lm2", "B", "A", "2024-01-31");
    expect(ofLineManagement(parseDataset(input)).map((r) => [r.id, r.issues[0]?.message])).toEqual([
      ["lm1", "is in a line management cycle on 2024-01-31, where no one has a manager outside it: B → A → B"],
      ["lm2", "is in a line management cycle on 2024-01-31, where no one has a manager outside it: B → A → B"],
    ]);
  });

  it("finds a cycle that appears when a record ends and the staff record's line manager comes back", () => {
    // B's own line manager is A, but in January B is managed by top. A is managed by B from January on.
    const input = {
      staff: [person("top"), person("A", "top"), person("B", "A")],
      lineManagement: [lm("lm1", "B", "top", "2024-01-01", "2024-01-31"), lm("lm2", "A", "B", "2024-01-01")],
    };
    expect(ofLineManagement(parseDataset(input)).map((r) => [r.id, r.issues[0]?.message])).toEqual([
      ["lm2", "is in a line management cycle on 2024-02-01, where no one has a manager outside it: B → A → B"],
    ]);
  });

  it("finds no day after 9999-12-31: a record ending then is as good as still in force", () => {
    const input = {
      staff: [person("top"), person("A", "top"), person("B", "A")],
      lineManagement: [lm("lm1", "B", "top", "2024-01-01", "9999-12-31"), lm("lm2", "A", "B", "2024-01-01")],
    };
    expect(parseDataset(input).rejected).toEqual([]);
  });

  it("checks again after rejecting: a rejected record brings back a line manager that closes another cycle", () => {
    // s1 is managed by s2 (lineManagerId). In January lm1 has s2 managed by s1: a cycle. Once
    // lm1 is rejected, s2's own manager s3 is back, and lm2 (s3 managed by s1) closes s1 → s2 → s3 → s1.
    const input = {
      staff: [person("top"), person("s1", "s2"), person("s2", "s3"), person("s3", "top")],
      lineManagement: [lm("lm1", "s2", "s1", "2024-01-01", "2024-01-31"), lm("lm2", "s3", "s1", "2024-01-10", "2024-01-20")],
    };
    expect(ofLineManagement(parseDataset(input)).map((r) => [r.id, r.issues[0]?.message])).toEqual([
      ["lm1", "is in a line management cycle on 2024-01-01, where no one has a manager outside it: s2 → s1 → s2"],
      ["lm2", "is in a line management cycle on 2024-01-10, where no one has a manager outside it: s3 → s1 → s2 → s3"],
    ]);
  });

  it(`stops after ${CYCLE_ROUNDS} rounds of cycles: the records overlapping the last ones in time are rejected with them`, () => {
    // s0 is managed by s1, s1 by s2, ... (lineManagerId); in January everyone above s0 is
    // managed by s0 (a record each). Each rejection brings back the next cycle, 30 times over.
    const k = 30;
    const staff = [person("top"), ...Array.from({ length: k + 1 }, (_, i) => person(`s${i}`, i < k ? `s${i + 1}` : "top"))];
    const lineManagement = Array.from({ length: k }, (_, i) => lm(`lm${i + 1}`, `s${i + 1}`, "s0", "2024-01-01", "2024-01-31"));
    lineManagement.push(lm("june", "s5", "top", "2024-06-01", "2024-06-30")); // far from the cycles in time: kept
    const result = parseDataset({ staff, lineManagement });
    const rejected = ofLineManagement(result);
    expect(rejected.map((r) => r.id)).toEqual(lineManagement.slice(0, k).map((r) => r["id"]));
    expect(rejected.slice(0, CYCLE_ROUNDS).every((r) => r.issues[0]?.message.startsWith("is in a line management cycle on 2024-01-01"))).toBe(true);
    expect(rejected[CYCLE_ROUNDS]?.issues).toEqual([{
      path: ["from"],
      message: `overlaps in time lm${CYCLE_ROUNDS}, which is in a line management cycle: after ${CYCLE_ROUNDS} rounds of cycles, each brought on by rejecting the last, the records around them are rejected together`,
    }]);
    expect(result.dataset.lineManagement.map((r) => r.id)).toEqual(["june"]);
  });

  it("checks a line 10,000 records deep, and one staff member's 10,000 successive records, in linear time", () => {
    const n = 10_000;
    const deep = {
      staff: [person("top"), ...Array.from({ length: n }, (_, i) => person(`s${i}`, "top"))],
      // s(i) managed by s(i-1) from one day on, for a year: one line 10,000 deep.
      lineManagement: Array.from({ length: n - 1 }, (_, i) => lm(`lm${i}`, `s${i + 1}`, `s${i}`, "2024-01-01", "2024-12-31")),
    };
    expect(parseDataset(deep).counts.lineManagement).toEqual({ received: n - 1, evaluated: n - 1, rejected: 0 });
    const start = toDay("2000-01-01");
    const history = {
      staff: [person("top"), person("a", "top"), person("b", "top")],
      lineManagement: Array.from({ length: n }, (_, i) => lm(`h${i}`, "a", i % 2 === 0 ? "b" : "top", formatDay(addDays(start, i)), formatDay(addDays(start, i)))),
    };
    expect(parseDataset(history).counts.lineManagement).toEqual({ received: n, evaluated: n, rejected: 0 });
    // Closing the deep line into a loop for one day is found, and only those records are rejected.
    deep.lineManagement.push(lm("loop", "s0", `s${n - 1}`, "2024-07-01", "2024-07-01"));
    const looped = parseDataset(deep);
    expect(looped.counts.lineManagement.rejected).toBe(n);
    expect(ofLineManagement(looped)[0]?.issues[0]?.message).toMatch(/^is in a line management cycle on 2024-07-01, .*\(10000 staff in all\)$/);
  });
});

/** The line on a day: each staff member's manager by the record covering it, else their own. */
function lineOn(day: number, staff: readonly Row[], records: readonly { i: number; r: Row }[]): Map<string, { manager: string; record?: number }> {
  const line = new Map<string, { manager: string; record?: number }>();
  for (const s of staff) if (s["lineManagerId"] !== undefined) line.set(s["id"] as string, { manager: s["lineManagerId"] as string });
  for (const { i, r } of records) {
    if (toDay(r["from"] as string) <= day && (r["to"] === undefined || toDay(r["to"] as string) >= day)) line.set(r["staffId"] as string, { manager: r["lineManagerId"] as string, record: i });
  }
  return line;
}

/** What the rules mean, day by day: overlaps first, then rounds that reject every record of every cycle on any day. */
function oracle(staff: readonly Row[], records: readonly Row[], days: readonly number[]): Set<number> {
  const rejected = new Set<number>();
  records.forEach((r, i) => {
    const earlier = records.some((q, j) => j !== i && q["staffId"] === r["staffId"] &&
      (q["from"] as string) <= (r["from"] as string) && (q["from"] !== r["from"] || j < i) &&
      (q["to"] === undefined || (q["to"] as string) >= (r["from"] as string)));
    if (earlier) rejected.add(i);
  });
  for (;;) {
    const live = records.map((r, i) => ({ i, r })).filter(({ i }) => !rejected.has(i));
    const found = new Set<number>();
    for (const day of days) {
      const line = lineOn(day, staff, live);
      for (const start of line.keys()) {
        const path: string[] = [];
        let x: string | undefined = start;
        while (x !== undefined && !path.includes(x)) {
          path.push(x);
          x = line.get(x)?.manager;
        }
        if (x !== start) continue;
        for (const member of path) {
          const record = line.get(member)?.record;
          if (record !== undefined) found.add(record);
        }
      }
    }
    if (found.size === 0) return rejected;
    for (const i of found) rejected.add(i);
  }
}

describe("parseDataset: lineManagement against a day-by-day reading", () => {
  it("rejects exactly the records that overlap or make a cycle on some day", () => {
    const ids = ["a", "b", "c", "d", "e"];
    const first = toDay("2024-01-01");
    const record = fc.record({
      staff: fc.nat({ max: ids.length - 1 }), manager: fc.nat({ max: ids.length - 1 }),
      from: fc.nat({ max: 12 }), length: fc.option(fc.nat({ max: 8 }), { nil: undefined }),
    });
    const input = fc.record({
      // Staff managed only by staff after them in the list: no cycle among the staff records.
      managers: fc.array(fc.option(fc.nat({ max: ids.length }), { nil: undefined }), { minLength: ids.length, maxLength: ids.length }),
      records: fc.array(record, { maxLength: 8 }),
    });
    fc.assert(
      fc.property(input, ({ managers, records }) => {
        const staff = ids.map((id, k) => {
          const m = managers[k];
          return person(id, m === undefined || m <= k || m >= ids.length ? undefined : ids[m]);
        });
        const rows = records
          .filter((r) => r.staff !== r.manager)
          .map((r, i) => lm(`lm${i}`, ids[r.staff] as string, ids[r.manager] as string, formatDay(first + r.from), r.length === undefined ? undefined : formatDay(first + r.from + r.length)));
        const days = Array.from({ length: 24 }, (_, d) => first + d);
        const result = parseDataset({ staff, lineManagement: rows });
        expect(result.counts.staff.rejected).toBe(0);
        expect(new Set(ofLineManagement(result).map((r) => r.index))).toEqual(oracle(staff, rows, days));
        for (const day of days) {
          const line = lineOn(day, staff, result.dataset.lineManagement.map((r, i) => ({ i, r: r as unknown as Row })));
          for (const start of line.keys()) {
            let x: string | undefined = start;
            for (let step = 0; step <= ids.length && x !== undefined; step++) x = line.get(x)?.manager;
            expect(x, `a cycle through ${start} on ${formatDay(day)}`).toBeUndefined();
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
