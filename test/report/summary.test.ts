import { describe, expect, it } from "vitest";
import {
  createOrgLookup, escalationsByRecipient, gradeDistribution, markdownSummary, quarterLabel, summarise,
  htmlReport, surveyQuarters, textSummary,
} from "../../src/report";
import { qafPolicy, withParameters } from "../../src";
import { handDataset, handEvaluation } from "./fixtures";

describe("summarise", () => {
  it("counts obligations by status, breaches by state and rule, escalations by kind", () => {
    const s = summarise(handEvaluation());
    expect(s.records).toEqual({ received: 6, rejected: 1 });
    expect(s.obligations.byStatus).toEqual({ open: 1, met: 2, "met-late": 0, overdue: 2, excused: 0 });
    expect(s.breaches).toEqual({ total: 3, active: 2, resolved: 1, lapsed: 0, activeBySeverity: { high: 0, medium: 2, low: 0 } });
    expect(s.byRule.map((r) => [r.ruleId, r.active, r.resolved])).toEqual([["supervision.interval", 2, 0], ["audit.qisp", 0, 1]]);
    expect(s.escalations).toEqual({ total: 3, referrals: 1, breaches: 2 });
  });
});

describe("counts by basis", () => {
  it("counts obligations, breaches by status and escalations on each basis", () => {
    const ev = handEvaluation();
    ev.breaches = ev.breaches.map((b) => (b.id === "b3" ? { ...b, status: "lapsed", lapsedOn: "2025-03-10" } : b));
    expect(summarise(ev).byBasis).toEqual({
      qaf: { obligations: 2, breaches: 1, activeBreaches: 0, resolvedBreaches: 1, lapsedBreaches: 0, escalations: 1 },
      reading: { obligations: 1, breaches: 0, activeBreaches: 0, resolvedBreaches: 0, lapsedBreaches: 0, escalations: 0 },
      assumption: { obligations: 2, breaches: 2, activeBreaches: 1, resolvedBreaches: 0, lapsedBreaches: 1, escalations: 2 },
    });
  });

  it("shows them in the text summary, a row per basis, firmest first", () => {
    const t = textSummary(handEvaluation());
    expect(t).toContain([
      "By basis      obligations  active breaches  escalations",
      "  qaf                   2                0            1",
      "  reading               1                0            0",
      "  assumption            2                2            2",
    ].join("\n"));
  });

  it("shows them in the Markdown summary, with what each basis means", () => {
    const md = markdownSummary(handEvaluation());
    expect(md).toContain("## By basis\n\nHow firmly each result rests on the QAF's own words, firmest first.\n\n| basis | meaning | obligations | active breaches | escalations |\n| --- | --- | --- | --- | --- |\n" +
      "| qaf | the QAF's own words say it | 2 | 0 | 1 |\n" +
      "| reading | the QAF's words admit more than one meaning; the library takes one | 1 | 0 | 0 |\n" +
      "| assumption | the QAF is silent; the library supplies a value | 2 | 2 | 2 |\n");
    expect(md.indexOf("## By basis")).toBeLessThan(md.indexOf("## Breaches by rule"));
  });
});

describe("lapsed breaches", () => {
  /** The fixture with p9 gone on 2025-03-10: their interval breach b3 lapsed. */
  const lapsedEvaluation = () => {
    const ev = handEvaluation();
    ev.breaches = ev.breaches.map((b) => (b.id === "b3" ? { ...b, status: "lapsed", lapsedOn: "2025-03-10" } : b));
    return ev;
  };

  it("are counted on their own, neither active nor resolved, overall and by rule", () => {
    const s = summarise(lapsedEvaluation());
    expect(s.breaches).toEqual({ total: 3, active: 1, resolved: 1, lapsed: 1, activeBySeverity: { high: 0, medium: 1, low: 0 } });
    expect(s.byRule.map((r) => [r.ruleId, r.active, r.resolved, r.lapsed])).toEqual([["supervision.interval", 1, 0, 1], ["audit.qisp", 0, 1, 0]]);
  });

  it("show as lapsed in the text and Markdown summaries and the HTML charts", () => {
    expect(textSummary(lapsedEvaluation())).toContain("Breaches          1 active (0 high, 1 medium, 0 low), 1 resolved, 1 lapsed");
    const md = markdownSummary(lapsedEvaluation());
    expect(md).toContain("| Breaches resolved | 1 |\n| Breaches lapsed (subject stopped first) | 1 |");
    expect(md).toContain("| rule | section | severity | active | resolved | lapsed |");
    expect(md).toContain("| supervision.interval | Audit activity | medium | 1 | 0 | 1 |");
    const html = htmlReport(lapsedEvaluation(), handDataset);
    const byTeam = /<section id="breaches-by-team">(.*?)<\/section>/s.exec(html)?.[1] ?? "";
    expect(byTeam).toContain(">lapsed</text>");
    expect(byTeam).toContain("<title>t2: 1 lapsed</title>");
    expect(byTeam).not.toContain("<title>t2: 1 resolved</title>");
  });
});

describe("createOrgLookup", () => {
  const org = createOrgLookup(handDataset);
  it("places a result with its subject's team: an audit by its worker, an action by its owner, a case by its team", () => {
    expect(org.place({ type: "audit", id: "a1" }).label).toBe("North <IFST>");
    expect(org.place({ type: "action", id: "a1-1" }).key).toBe("team:t1");
    expect(org.place({ type: "case", id: "101" })).toEqual({ key: "team:t2", label: "t2" });
    expect(org.place({ type: "child", id: "c1" }).key).toBe("team:t1");
  });
  it("falls back to the owner's team, then an area, then the service", () => {
    expect(org.place({ type: "service", id: "service" }, { staffId: "tm" }).key).toBe("team:t1");
    expect(org.place({ type: "staff", id: "om" })).toEqual({ key: "area:north", label: "Area: North" });
    expect(org.place({ type: "service", id: "service" }, { body: "ehivcmt" })).toEqual({ key: "service", label: "Service-wide" });
  });
});

describe("report data", () => {
  it("labels financial-year quarters", () => {
    expect(quarterLabel("2024-04-01")).toBe("2024/25 Q1");
    expect(quarterLabel("2024-10-01")).toBe("2024/25 Q3");
    expect(quarterLabel("2025-01-01")).toBe("2024/25 Q4");
    expect(quarterLabel("2099-07-01")).toBe("2099/00 Q2");
  });
  it("counts the quarter's closures (closed, step-up, step-down; not transfer) against the engine's completions", () => {
    // Q1 2024/25: case 100 closed 1 May, 101 stepped down 30 June; 102 a transfer, 103 closed in July.
    expect(surveyQuarters(handEvaluation(), handDataset)).toEqual([
      { label: "2024/25 Q1", period: { from: "2024-04-01", to: "2024-06-30" }, closed: 2, completed: 1, status: "met" },
    ]);
  });
  it("counts closures by the policy's survey.closureReasons as in force on each closure day", () => {
    // From 1 June 2024 a transfer counts and a step-down no longer does: 100 (closed, May) and 102 (transfer, 15 June) count; 101 (step-down, 30 June) does not.
    const policy = withParameters(qafPolicy, { survey: { closureReasons: [
      { from: "2000-01-01", value: ["closed", "step-down"] },
      { from: "2024-06-01", value: ["closed", "transfer"] },
    ] } });
    expect(surveyQuarters(handEvaluation(), handDataset, policy)[0]?.closed).toBe(2);
    const transfersOnly = withParameters(qafPolicy, { survey: { closureReasons: ["transfer"] } });
    expect(surveyQuarters(handEvaluation(), handDataset, transfersOnly)[0]?.closed).toBe(1);
    expect(htmlReport(handEvaluation(), handDataset, { policy: transfersOnly })).toContain("100% (1/1)");
  });
  it("counts grades of case and thematic audits completed inside the window only", () => {
    const counts = gradeDistribution(handEvaluation(), handDataset);
    expect(counts).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 1, 0]);
  });
  it("groups escalations by recipient, most first, latest first within", () => {
    const r = escalationsByRecipient(handEvaluation(), createOrgLookup(handDataset));
    expect(r.map((g) => [g.label, g.escalations.map((e) => e.id)])).toEqual([
      ["om (operations-manager)", ["e2", "e1"]],
      ["Body: ehivcmt", ["e3"]],
    ]);
  });
});

describe("markdownSummary and textSummary", () => {
  it("gives the headline table, breaches by rule, by team, due soon and rejected records", () => {
    const md = markdownSummary(handEvaluation(), handDataset);
    expect(md).toContain("# One Point QAF: evaluation as of 2025-03-31");
    expect(md).toContain("| Breaches active | 2 |");
    expect(md).toContain("| supervision.interval | Audit activity | medium | 2 | 0 | 0 |");
    expect(md).toContain("| North &lt;IFST&gt; | 1 |\n| t2 | 1 |");
    expect(md).toMatch(/## Due in the next 14 days\n\n\| team \| obligations due \|\n\| --- \| --- \|\n\| North &lt;IFST&gt; \| 1 \|/);
    expect(md).toContain("| staff | 3 | bad | startedOn: must be a date |");
  });
  it("escapes pipes in cells", () => {
    const ev = handEvaluation();
    ev.rejected = [{ collection: "staff", index: 3, issues: [{ path: ["startedOn"], message: "a|b" }] }];
    expect(markdownSummary(ev)).toContain("startedOn: a\\|b");
  });
  it("prints a terminal summary", () => {
    const t = textSummary(handEvaluation());
    expect(t).toContain("Breaches          2 active (0 high, 2 medium, 0 low), 1 resolved, 0 lapsed");
    expect(t).toContain("supervision.interval");
  });
});
