import { describe, expect, it } from "vitest";
import { InvalidDatasetError } from "../../src/errors";
import { COLLECTIONS, parseDataset } from "../../src/model";
import type { ParsedDataset } from "../../src/model";
import { validDataset } from "./fixtures";

function expectNothingLost(result: ParsedDataset, input: Record<string, unknown[]>): void {
  for (const name of COLLECTIONS) {
    const c = result.counts[name];
    expect(c.received).toBe(Array.isArray(input[name]) ? input[name].length : 0);
    expect(c.received).toBe(c.evaluated + c.rejected);
    expect(result.dataset[name]).toHaveLength(c.evaluated);
    expect(result.rejected.filter((r) => r.collection === name && r.index >= 0)).toHaveLength(c.rejected);
  }
}

function catchError(run: () => unknown): InvalidDatasetError {
  try {
    run();
  } catch (e) {
    return e as InvalidDatasetError;
  }
  throw new Error("expected an error");
}

function rejectedIds(result: ParsedDataset): string[] {
  return result.rejected.map((r) => `${r.collection}:${r.id ?? r.index}`);
}

describe("parseDataset", () => {
  it("accepts the data.md examples whole", () => {
    const input = validDataset();
    const result = parseDataset(input);
    expect(result.rejected).toEqual([]);
    expectNothingLost(result, input);
    expect(result.dataset.audits[0]?.actions[0]?.id).toBe("a1-1");
  });

  it("treats a missing collection as empty", () => {
    const result = parseDataset({ areas: [] });
    for (const name of COLLECTIONS) expect(result.dataset[name]).toEqual([]);
    expect(result.rejected).toEqual([]);
  });

  it.each([null, undefined, [], [{ id: "s1" }], "Jane Doe", 42, true])("throws InvalidDatasetError for an input that is not an object (%j)", (input) => {
    const error = catchError(() => parseDataset(input));
    expect(error).toBeInstanceOf(InvalidDatasetError);
    expect(error.message).toMatch(/^Not a dataset: expected an object with collections such as staff, teams/);
    expect(error.message).not.toContain("Jane Doe");
  });

  it("throws InvalidDatasetError for an object with no collection", () => {
    const error = catchError(() => parseDataset({}));
    expect(error).toBeInstanceOf(InvalidDatasetError);
    expect(error.issues).toEqual([{ path: [], message: expect.stringMatching(/^no collection found/) }]);
    expect(catchError(() => parseDataset({ $schema: "./dataset.schema.json" }))).toBeInstanceOf(InvalidDatasetError);
  });

  it("throws for an unknown collection, suggesting the nearest name, instead of ignoring it", () => {
    const input = { ...validDataset(), Staff: [], staf: [{ id: "s3" }], exportedBy: "Jane Doe" };
    const error = catchError(() => parseDataset(input));
    expect(error).toBeInstanceOf(InvalidDatasetError);
    expect(error.issues).toEqual([
      { path: ["Staff"], message: "unknown collection: did you mean `staff`?" },
      { path: ["staf"], message: "unknown collection: did you mean `staff`?" },
      { path: ["exportedBy"], message: expect.stringMatching(/^unknown collection: the collections are areas, teams, staff, /) },
    ]);
    expect(error.message).not.toContain("Jane Doe");
  });

  it("allows a $schema key for editors, and nothing else beside the collections", () => {
    expect(parseDataset({ $schema: "./dataset.schema.json", ...validDataset() }).rejected).toEqual([]);
    expect(catchError(() => parseDataset({ $schema: 7, ...validDataset() })).issues).toEqual([{ path: ["$schema"], message: "must be a string" }]);
  });

  it("rejects a collection that is not an array, with index -1 and zero counts", () => {
    const result = parseDataset({ ...validDataset(), reports: { id: "Jane Doe" } });
    expect(result.rejected).toEqual([
      { collection: "reports", index: -1, issues: [{ path: [], message: "must be an array of records" }] },
    ]);
    expect(result.counts.reports).toEqual({ received: 0, evaluated: 0, rejected: 0 });
  });

  it("strips extra fields from accepted records", () => {
    const input = validDataset();
    input.areas = [{ id: "north", name: "North Durham", manager: "Jane Doe" }];
    expect(parseDataset(input).dataset.areas).toEqual([{ id: "north", name: "North Durham" }]);
  });

  it("rejects one bad record and keeps the rest", () => {
    const input = validDataset();
    input.supervisions?.push({ id: "sup2", superviseeId: "s1" }, { ...(input.supervisions[0] as object), id: "sup3" });
    const result = parseDataset(input);
    expect(rejectedIds(result)).toEqual(["supervisions:sup2"]);
    expect(result.dataset.supervisions.map((s) => s.id)).toEqual(["sup1", "sup3"]);
    expectNothingLost(result, input);
  });

  it("rejects the second and later records with a repeated id", () => {
    const input = validDataset();
    input.areas?.push({ id: "north" }, { id: "north", name: "again" });
    const result = parseDataset(input);
    expect(result.rejected.map((r) => [r.index, r.issues[0]?.path])).toEqual([[1, ["id"]], [2, ["id"]]]);
    expect(result.dataset.areas).toHaveLength(1);
  });

  it("never cascades: a record referring to a rejected record is kept, one referring to an id not in the export is not", () => {
    const input = validDataset();
    input.teams = [...(input.teams ?? []), { id: "t-x", areaId: "nowhere", type: "FCT" }];
    input.staff?.push({ id: "s5", role: "practitioner", teamId: "t-x", lineManagerId: "s9", contract: "part-time", startedOn: "2023-01-01" });
    input.supervisions?.push(
      { ...(input.supervisions[0] as object), id: "sup5", superviseeId: "s5" },
      { ...(input.supervisions[0] as object), id: "sup6", superviseeId: "s404" },
    );
    const result = parseDataset(input);
    expect(rejectedIds(result)).toEqual(["teams:t-x", "supervisions:sup6"]);
    expect(result.rejected[0]?.issues).toEqual([{ path: ["areaId"], message: "refers to an area `nowhere` that is not in the export" }]);
    expect(result.rejected[1]?.issues).toEqual([{ path: ["superviseeId"], message: "refers to staff `s404` that is not in the export" }]);
    expect(result.dataset.staff.map((s) => s.id)).toContain("s5");
    expect(result.dataset.supervisions.map((s) => s.id)).toContain("sup5");
    expectNothingLost(result, input);
  });

  it("keeps everyone down the line of a rejected manager, in any record order", () => {
    const input = validDataset();
    // s20 (operations manager) has a role no one has: s9 (managed by s20) and s1 (by s9) stay.
    const s20 = input.staff?.[1] as Record<string, unknown>;
    input.staff?.splice(1, 1, { ...s20, role: "Strategic Overlord" });
    const result = parseDataset(input);
    expect(rejectedIds(result)).toEqual(["staff:s20"]);
    expect(result.dataset.staff.map((s) => s.id)).toEqual(["s9", "s1"]);
    expectNothingLost(result, input);
  });

  it("rejects a manager of themself, with the cycle named", () => {
    const input = validDataset();
    input.staff?.push({ id: "s30", role: "operations-manager", areaId: "north", lineManagerId: "s30", contract: "full-time", startedOn: "2015-04-01" });
    const result = parseDataset(input);
    expect(result.rejected).toEqual([{
      collection: "staff", index: 3, id: "s30",
      issues: [{ path: ["lineManagerId"], message: "is in a line management cycle, where no one has a manager outside it: s30 → s30" }],
    }]);
    expectNothingLost(result, input);
  });

  it("rejects the records of a line management cycle, and only those, in any record order", () => {
    const input = validDataset();
    // s20 and s21 manage each other; s9 (managed by s20) and s1 (by s9) are kept.
    const s20 = input.staff?.[1] as Record<string, unknown>;
    input.staff?.splice(1, 1, { ...s20, lineManagerId: "s21" });
    input.staff?.unshift({ id: "s21", role: "strategic-manager", lineManagerId: "s20", contract: "full-time", startedOn: "2010-04-01" });
    const result = parseDataset(input);
    const staff = result.rejected.filter((r) => r.collection === "staff");
    const cycle = "is in a line management cycle, where no one has a manager outside it: s21 → s20 → s21";
    expect(staff.map((r) => [r.index, r.id, r.issues])).toEqual([
      [0, "s21", [{ path: ["lineManagerId"], message: cycle }]],
      [2, "s20", [{ path: ["lineManagerId"], message: cycle }]],
    ]);
    expect(result.dataset.staff.map((s) => s.id)).toEqual(["s9", "s1"]);
    expectNothingLost(result, input);
  });

  it("names a long cycle by its first ids only, and escapes control characters in them", () => {
    const ids = Array.from({ length: 20 }, (_, i) => `m${i}\x1b`);
    const input = { staff: ids.map((id, i) => ({ id, role: "strategic-manager", lineManagerId: ids[(i + 1) % ids.length], contract: "full-time", startedOn: "2010-04-01" })) };
    const result = parseDataset(input);
    expect(result.rejected).toHaveLength(20);
    const message = result.rejected[0]?.issues[0]?.message ?? "";
    expect(message).toContain("(20 staff in all)");
    expect(message.includes("\x1b")).toBe(false);
    expect(message).toContain("m0\\x1b → m1\\x1b");
  });

  it("locates problems inside nested arrays", () => {
    const input = validDataset();
    const audit = input.audits?.[0] as { actions: { ownerId: string }[] };
    audit.actions.push({ ...(audit.actions[0] as object), ownerId: "ghost" } as { ownerId: string });
    const result = parseDataset(input);
    expect(result.rejected[0]?.issues).toEqual([
      { path: ["actions", 1, "ownerId"], message: "refers to staff `ghost` that is not in the export" },
    ]);
  });

  it("checks that a survey's child belongs to its case", () => {
    const input = validDataset();
    input.cases?.push({ id: "200", teamId: "t-ifst-n", keyWorkerId: "s1", openedOn: "2024-02-01", children: [{ id: "c2", dateOfBirth: "2010-01-01" }] });
    input.surveys?.push({ id: "sv2", caseId: "100234", instrument: "child", childId: "c2", offeredOn: "2024-11-02" });
    input.surveys?.push({ id: "sv3", caseId: "100234", instrument: "child", childId: "c9", offeredOn: "2024-11-02" });
    const result = parseDataset(input);
    expect(result.rejected.map((r) => [r.id, r.issues[0]?.message])).toEqual([
      ["sv2", "refers to a child `c2` who is not in case `100234`"],
      ["sv3", "refers to a child `c9` who is not in case `100234`"],
    ]);
  });

  it("keeps a survey of a rejected case: its children are unknown, so its child is not checked", () => {
    const input = validDataset();
    input.cases?.push({ id: "201", teamId: "t-ifst-n", keyWorkerId: "s1", openedOn: "31/02/2025", children: [{ id: "c7", dateOfBirth: "2010-01-01" }] });
    input.surveys?.push({ id: "sv7", caseId: "201", instrument: "child", childId: "c7", offeredOn: "2024-11-02" });
    const result = parseDataset(input);
    expect(rejectedIds(result)).toEqual(["cases:201"]);
    expect(result.dataset.surveys.map((s) => s.id)).toContain("sv7");
  });

  it("rejects a case whose child id is already another case's", () => {
    const input = validDataset();
    input.cases?.push({ id: "200", teamId: "t-ifst-n", keyWorkerId: "s1", openedOn: "2024-02-01", children: [{ id: "c1", dateOfBirth: "2010-01-01" }] });
    const result = parseDataset(input);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ collection: "cases", index: 1, id: "200" });
    expect(result.rejected[0]?.issues[0]?.path).toEqual(["children", 0, "id"]);
  });

  it("lets a rejected case reserve none of its child ids, and rejects a child id twice in one case", () => {
    const input = validDataset();
    input.cases?.push(
      // Rejected (its team does not exist), so c7 stays free for case 202.
      { id: "201", teamId: "t-nope", keyWorkerId: "s1", openedOn: "2024-02-01", children: [{ id: "c7", dateOfBirth: "2010-01-01" }] },
      { id: "202", teamId: "t-ifst-n", keyWorkerId: "s1", openedOn: "2024-02-01", children: [{ id: "c7", dateOfBirth: "2010-01-01" }] },
      { id: "203", teamId: "t-ifst-n", keyWorkerId: "s1", openedOn: "2024-02-01", children: [{ id: "c8", dateOfBirth: "2010-01-01" }, { id: "c8", dateOfBirth: "2012-01-01" }] },
    );
    const result = parseDataset(input);
    expect(result.rejected.map((r) => [r.id, r.issues.map((i) => i.path.join("."))])).toEqual([
      ["201", ["teamId"]],
      ["203", ["children.1.id"]],
    ]);
    expect(result.dataset.cases.map((c) => c.id)).toContain("202");
  });

  it("finds a child id repeated within one long case too, at each repeat, and reserves none of that case's ids", () => {
    const input = validDataset();
    const children = Array.from({ length: 20 }, (_, i) => ({ id: `k${i}`, dateOfBirth: "2010-01-01" }));
    children.push({ id: "k3", dateOfBirth: "2011-01-01" }, { id: "k3", dateOfBirth: "2012-01-01" });
    input.cases?.push(
      { id: "301", teamId: "t-ifst-n", keyWorkerId: "s1", openedOn: "2024-02-01", children },
      { id: "302", teamId: "t-ifst-n", keyWorkerId: "s1", openedOn: "2024-02-01", children: [{ id: "k0", dateOfBirth: "2010-01-01" }] },
    );
    const result = parseDataset(input);
    expect(result.rejected.map((r) => [r.id, r.issues.map((i) => i.path.join("."))])).toEqual([["301", ["children.20.id", "children.21.id"]]]);
    expect(result.dataset.cases.map((c) => c.id)).toContain("302");
  });

  it("rejects an audit action whose id another audit's action already has: results are keyed by it", () => {
    const input = validDataset();
    const audit = input.audits?.[0] as Record<string, unknown>;
    const action = { id: "act-1", ownerId: "s1", dueOn: "2024-12-01" };
    input.audits = [{ ...audit, id: "au-1", actions: [action] }, { ...audit, id: "au-2", actions: [action] }];
    const result = parseDataset(input);
    expect(result.rejected).toEqual([{
      collection: "audits", index: 1, id: "au-2",
      issues: [{ path: ["actions", 0, "id"], message: "duplicate action id: action ids must be unique across the dataset" }],
    }]);
  });

  it("rejects two contract changes on the same day, whose order would decide the contract", () => {
    const input = validDataset();
    const staff = input.staff?.[0] as Record<string, unknown>;
    input.staff = [{ ...staff, contractChanges: [{ from: "2024-09-01", contract: "part-time" }, { from: "2024-09-01", contract: "full-time" }] }];
    const result = parseDataset(input);
    expect(result.rejected[0]?.issues).toContainEqual({ path: ["contractChanges", 1, "from"], message: "a second contract change on the same day: keep one" });
  });

  it("checks meeting scopes, attendees and cases", () => {
    const input = validDataset();
    input.meetings?.push(
      { id: "m2", kind: "team-briefing", heldOn: "2024-05-20", scope: { type: "team", id: "t-nope" } },
      { id: "m3", kind: "group-learning", heldOn: "2024-05-20", scope: { type: "area", id: "north" }, attendeeIds: ["s1", "s404"], caseIds: ["999"] },
      { id: "m4", kind: "practice-week", heldOn: "2024-05-20", scope: { type: "service" } },
    );
    const result = parseDataset(input);
    expect(result.rejected.map((r) => [r.id, r.issues.map((i) => i.path.join("."))])).toEqual([
      ["m2", ["scope.id"]],
      ["m3", ["attendeeIds.1", "caseIds.0"]],
    ]);
  });

  it("accepts a locality management meeting listing the cases it discussed, and checks them", () => {
    const input = validDataset();
    input.meetings?.push(
      { id: "m2", kind: "locality-management", heldOn: "2024-05-21", scope: { type: "area", id: "north" }, caseIds: ["100234"] },
      { id: "m3", kind: "locality-management", heldOn: "2024-06-18", scope: { type: "area", id: "north" }, caseIds: ["100234", "999"] },
    );
    const result = parseDataset(input);
    expect(result.dataset.meetings.map((m) => [m.id, m.kind, m.caseIds])).toEqual([["m1", "case-clinic", ["100234"]], ["m2", "locality-management", ["100234"]]]);
    expect(result.rejected.map((r) => [r.id, r.issues.map((i) => i.path.join("."))])).toEqual([["m3", ["caseIds.1"]]]);
  });

  it("never echoes an offending value in its rejections", () => {
    const input = validDataset();
    const pii = "Jane Doe";
    input.cases?.push({ id: "300", teamId: "t-ifst-n", keyWorkerId: pii, openedOn: pii, closedOn: 7, children: [{ id: "c3", dateOfBirth: pii, youngCarer: pii }] });
    input.staff?.push({ id: "s77", role: pii, contract: { name: pii }, startedOn: [pii], lineManagerId: pii });
    input.surveys?.push(pii, { id: "sv9", caseId: "100234", instrument: pii, offeredOn: "2024-11-02" });
    input.meetings?.push({ id: "m9", kind: "case-clinic", heldOn: "2024-05-20", scope: { type: pii, id: pii } });
    const result = parseDataset(input);
    expect(result.rejected.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(result.rejected)).not.toContain(pii);
    expect(JSON.stringify(result.rejected)).not.toContain("Jane");
  });

  it("does not mutate its input", () => {
    const input = validDataset();
    const before = structuredClone(input);
    parseDataset(input);
    expect(input).toEqual(before);
  });
});
