import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/model";
import type { Rejection } from "../../src/model";
import {
  htmlReport, lossWarning, markdownSummary, rejectionCauseLine, rejectionLosses, summariseRejections, textSummary,
} from "../../src/report";
import { handEvaluation } from "./fixtures";

type Records = Record<string, Record<string, unknown>[]>;
const demo = (): Records => JSON.parse(readFileSync(new URL("../../examples/data/demo-county.json", import.meta.url), "utf8")) as Records;

describe("summariseRejections", () => {
  it("names the demo county's top manager's role once, with the role meant: `Strategic Manager`", () => {
    // As the incident's export had it: the schema (read strictly) rejects it, and the summary says what was meant.
    const input = { staff: [{ id: "s1", role: "Strategic Manager" }] };
    const rejected: Rejection[] = [{ collection: "staff", index: 0, id: "s1", issues: [{ path: ["role"], message: "must be one of: practitioner, strategic-manager" }] }];
    const [cause, ...rest] = summariseRejections(rejected, input);
    expect(rest).toEqual([]);
    expect(cause && rejectionCauseLine(cause)).toBe("staff.role `Strategic Manager` (1 record: s1): did you mean `strategic-manager`?");
  });

  it("gives each root cause of a corrupted demo county once: its count, a few records, the nearest value", () => {
    const input = demo();
    const staff = input["staff"] as Record<string, unknown>[];
    const top = staff.find((s) => s["role"] === "strategic-manager") as Record<string, unknown>;
    top["role"] = "Strategic Manger";
    for (const t of (input["teams"] ?? []).slice(0, 2)) t["type"] = "Overlord";
    const supervisions = (input["supervisions"] ?? []).slice(0, 5);
    for (const s of supervisions) s["heldOn"] = "31/02/2025";
    const { rejected } = parseDataset(input);
    expect(rejected).toHaveLength(1 + 2 + 5); // no cascade: the top manager's line, teams' staff and cases stay
    const lines = summariseRejections(rejected, input).map((c) => rejectionCauseLine(c));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`teams.type (2 records: ${String(input["teams"]?.[0]?.["id"])}, ${String(input["teams"]?.[1]?.["id"])}): must be one of: IFST, FCT`);
    expect(lines[1]).toBe(`staff.role \`Strategic Manger\` (1 record: ${String(top["id"])}): did you mean \`strategic-manager\`?`);
    expect(lines[2]).toBe(`supervisions.heldOn (5 records: ${supervisions.slice(0, 3).map((s) => String(s["id"])).join(", ")}, …): must be a date: YYYY-MM-DD, DD/MM/YYYY, d-mmm-yyyy or an ISO timestamp`);
  });

  it("quotes no value that is not near an allowed one (it may be a name), and counts a record once per cause", () => {
    const input = { staff: [{ id: "a", role: "Jane Smith" }, { id: "b", role: "Jane Smyth" }], meetings: [{ id: "m", attendeeIds: ["x", "x"] }] };
    const rejected: Rejection[] = [
      { collection: "staff", index: 0, id: "a", issues: [{ path: ["role"], message: "must be one of: practitioner, team-manager" }] },
      { collection: "staff", index: 1, issues: [{ path: ["role"], message: "must be one of: practitioner, team-manager" }] },
      { collection: "meetings", index: 0, id: "m", issues: [
        { path: ["attendeeIds", 0], message: "refers to staff `x` that is not in the export" },
        { path: ["attendeeIds", 1], message: "refers to staff `x` that is not in the export" },
      ] },
      { collection: "areas", index: -1, issues: [{ path: [], message: "must be an array of records" }] },
    ];
    expect(summariseRejections(rejected, input).map((c) => rejectionCauseLine(c))).toEqual([
      "staff.role (2 records: a, staff[1]): must be one of: practitioner, team-manager",
      "meetings.attendeeIds[] (1 record: m): refers to staff `x` that is not in the export",
      "areas (the whole collection): must be an array of records",
    ]);
  });

  it("names where the first record's problem is, when told, and escapes control characters", () => {
    const [cause] = summariseRejections([{ collection: "staff", index: 4, id: "p\x1b2", issues: [{ path: ["startedOn"], message: "must be a real date written YYYY-MM-DD" }] }]);
    expect(cause && rejectionCauseLine(cause, "staff.csv row 6, column startedOn")).toBe(
      "staff.startedOn (1 record: p\\x1b2; first at staff.csv row 6, column startedOn): must be a real date written YYYY-MM-DD",
    );
  });
});

describe("rejectionLosses", () => {
  const counts = {
    staff: { received: 187, evaluated: 0, rejected: 187 },
    cases: { received: 100, evaluated: 95, rejected: 5 },
    teams: { received: 20, evaluated: 18, rejected: 2 },
    areas: { received: 0, evaluated: 0, rejected: 0 },
  };

  it("lists the collections that lost more than the share (5% by default), and says so", () => {
    const losses = rejectionLosses(counts);
    expect(losses.map((l) => l.collection)).toEqual(["staff", "teams"]);
    expect(lossWarning(losses)).toBe("WARNING: rejection cost staff 187 of 187 records (100%), teams 2 of 20 records (10%): these results are incomplete");
    expect(rejectionLosses(counts, 0.1).map((l) => l.collection)).toEqual(["staff"]);
    expect(rejectionLosses(counts, 0).map((l) => l.collection)).toEqual(["staff", "cases", "teams"]);
  });

  it("puts the warning in the text summary, next to the active breaches, only when a collection lost too much", () => {
    const ev = handEvaluation();
    ev.counts = Object.fromEntries(Object.keys(ev.counts).map((name) => [name, { received: 20, evaluated: 19, rejected: 1 }])) as typeof ev.counts;
    expect(textSummary(ev)).not.toContain("WARNING");
    ev.counts = { ...ev.counts, ...counts };
    const lines = textSummary(ev).split("\n");
    const at = lines.findIndex((l) => l.startsWith("WARNING: rejection cost staff 187 of 187 records (100%)"));
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toMatch(/^Records /);
    expect(lines.slice(at + 1).some((l) => /^Breaches\s+\d+ active/.test(l))).toBe(true);
  });

  it("puts it above the figures of the Markdown summary and the HTML report too", () => {
    const ev = handEvaluation();
    ev.counts = Object.fromEntries(Object.keys(ev.counts).map((name) => [name, { received: 20, evaluated: 19, rejected: 1 }])) as typeof ev.counts;
    expect(markdownSummary(ev)).not.toContain("WARNING");
    expect(htmlReport(ev, {})).not.toContain("WARNING");
    ev.counts = { ...ev.counts, ...counts };
    const markdown = markdownSummary(ev);
    expect(markdown.indexOf("**WARNING: rejection cost staff 187 of 187 records (100%)")).toBeGreaterThan(0);
    expect(markdown.indexOf("WARNING")).toBeLessThan(markdown.indexOf("Breaches active"));
    const html = htmlReport(ev, {});
    expect(html.indexOf("<p><strong>WARNING: rejection cost staff 187 of 187 records (100%)")).toBeGreaterThan(0);
    expect(html.indexOf("WARNING")).toBeLessThan(html.indexOf("Active breaches"));
  });
});
