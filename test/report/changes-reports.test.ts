/** The changes reports (Markdown, HTML, CSV) on the hand-worked week of test/compare/weekly-fixture.ts. */
import { describe, expect, it } from "vitest";
import { compareEvaluations, evaluate, type EvaluationChanges } from "../../src";
import { CHANGE_COLUMNS, changesCsv } from "../../src/report/changes-csv";
import { changesHtmlReport, renderChangesHtmlSection } from "../../src/report/changes-html";
import { changesMarkdown } from "../../src/report/changes-markdown";
import { partyText } from "../../src/report/changes-rows";
import { actionsPolicy, weeklyDataset } from "../compare/weekly-fixture";
import { handDataset, handEvaluation } from "./fixtures";

async function week(data = weeklyDataset()): Promise<EvaluationChanges> {
  const [a, b] = [await evaluate(data, { asOf: "2024-07-05", policy: actionsPolicy }), await evaluate(data, { asOf: "2024-07-12", policy: actionsPolicy })];
  return compareEvaluations(a, b, { dataset: data });
}

/** The week, with team t2 given a name that would break Markdown and HTML. */
async function hostileWeek(): Promise<EvaluationChanges> {
  const data = weeklyDataset();
  data.teams[1] = { ...data.teams[1] as (typeof data.teams)[number], name: "North | <b>FCT</b>" };
  return week(data);
}

describe("changesMarkdown", () => {
  it("counts each kind, per team and owner, then lists each change by team", async () => {
    const md = changesMarkdown(await week());
    expect(md).toMatch(/^# One Point QAF: changes from 2024-07-05 to 2024-07-12\n/);
    expect(md).toContain("| Breaches that began | 1 |\n| Breaches resolved | 1 |");
    expect(md).toContain("| team | began | resolved | lapsed | left window | withdrawn | escalated | fell due | became overdue | total |");
    expect(md).toContain("| North FCT | 1 | 0 | 0 | 0 | 0 | 1 | 2 | 1 | 5 |");
    expect(md).toContain("| p2 (practitioner) | 1 | 0 | 0 | 0 | 0 | 0 | 2 | 1 | 4 |");
    expect(md).toContain("## Breaches that began\n\n| team | owner | rule | about | severity | since |\n| --- | --- | --- | --- | --- | --- |\n| North FCT | p2 (practitioner) | audit.actions | action x3 | medium | 2024-07-11 |");
    expect(md).toContain("| North IFST | sm (strategic-manager) | audit.actions | action x1 | climbed from rung 2 (om) | 3 | 2024-07-12 |");
    // Kinds with nothing in them get no table.
    expect(md).not.toContain("## Breaches withdrawn");
  });

  it("says when nothing changed, and escapes pipes from the data", async () => {
    const friday12 = await evaluate(weeklyDataset(), { asOf: "2024-07-12", policy: actionsPolicy });
    expect(changesMarkdown(compareEvaluations(friday12, friday12))).toContain("\nNothing changed.\n");
    expect(changesMarkdown(await hostileWeek())).toContain("| North \\| &lt;b&gt;FCT&lt;/b&gt; | 1 |");
  });
});

describe("renderChangesHtmlSection and changesHtmlReport", () => {
  it("one section with a figure per kind, the group tables and a folding table per kind", async () => {
    const html = renderChangesHtmlSection(await week());
    expect(html.startsWith('<section id="changes"><h2>Changes since 2024-07-05</h2>')).toBe(true);
    expect(html.endsWith("</section>")).toBe(true);
    expect(html).toContain('<div class="figure bad"><span class="n">1</span><span class="l">Breaches that began</span></div>');
    expect(html).toContain("<details><summary>Escalations raised, climbed or redirected <span class=\"count\">2</span></summary>");
    expect(html).toContain("<td>climbed from rung 2 (om)</td>");
    expect(html).not.toContain("<script");
  });

  it("escapes the data, and is a whole document with no script", async () => {
    const section = renderChangesHtmlSection(await hostileWeek());
    expect(section).toContain("North | &lt;b&gt;FCT&lt;/b&gt;");
    expect(section).not.toContain("<b>FCT");
    const doc = changesHtmlReport(await week());
    expect(doc).toMatch(/^<!doctype html>/);
    expect(doc).toContain("<title>One Point QAF: changes from 2024-07-05 to 2024-07-12</title>");
    expect(doc).not.toMatch(/<script|https?:/);
  });
});

/** The hand-made evaluation, and the same a week later with p1 gone: their interval breach b2 lapsed on 3 April. */
function lapsedWeek(): EvaluationChanges {
  const after = handEvaluation();
  after.asOf = "2025-04-07";
  after.window = { from: "2024-04-01", to: "2025-04-07" };
  after.breaches = after.breaches.map((b) => (b.id === "b2" ? { ...b, status: "lapsed", lapsedOn: "2025-04-03" } : b));
  return compareEvaluations(handEvaluation(), after, { dataset: handDataset });
}

describe("lapsed breaches in the changes reports", () => {
  it("have their own count, column and table, with the day they lapsed", () => {
    const md = changesMarkdown(lapsedWeek());
    expect(md).toContain("| Breaches resolved | 0 |\n| Breaches lapsed (their subject stopped first) | 1 |");
    expect(md).toContain("## Breaches lapsed (their subject stopped first)\n\n| team | owner | rule | about | severity | since | lapsed on |\n| --- | --- | --- | --- | --- | --- | --- |\n| North &lt;IFST&gt; | tm (team-manager) | supervision.interval | staff p1 | medium | 2025-02-01 | 2025-04-03 |");
    expect(md).not.toContain("## Breaches resolved");
    const html = renderChangesHtmlSection(lapsedWeek());
    expect(html).toContain('<span class="n">1</span><span class="l">Breaches lapsed (their subject stopped first)</span>');
    expect(html).toContain("<th>lapsed on</th>");
  });

  it("are marked, in the HTML, with the assumptions they rest on; a change on the QAF's words is not", () => {
    const html = renderChangesHtmlSection(lapsedWeek());
    expect(html).toContain('<td>supervision.interval<span class="basis assumption">assumption</span><span class="assumes">assumes supervision.maxIntervalDays</span></td>');
    expect(html).toContain("<td>audit.actions</td>");
    expect(changesHtmlReport(lapsedWeek())).toContain(".basis.assumption{");
  });

  it("show an owner standing in for someone no longer in post, and whom they stand in for", () => {
    const after = handEvaluation();
    after.asOf = "2025-04-07";
    after.window = { from: "2024-04-01", to: "2025-04-07" };
    const standIn = { staffId: "om", role: "operations-manager" as const, named: { staffId: "tm", role: "team-manager" as const } };
    after.breaches = after.breaches.map((b) => (b.id === "b2" ? { ...b, status: "lapsed", lapsedOn: "2025-04-03", owner: standIn } : b));
    after.escalations = after.escalations.map((e) => (e.id === "e3" ? { ...e, level: 2, to: standIn } : e));
    const changes = compareEvaluations(handEvaluation(), after, { dataset: handDataset });
    const md = changesMarkdown(changes);
    expect(md).toContain("| North &lt;IFST&gt; | om (operations-manager) (for tm, not in post) | supervision.interval | staff p1 |");
    expect(md).toContain("| t2 | om (operations-manager) (for tm, not in post) | supervision.interval | staff p9 | climbed from rung 1 (Body: ehivcmt) | 2 |");
    const lines = changesCsv(changes).split("\r\n");
    expect(lines[0]?.endsWith(",ownerNamed")).toBe(true);
    expect(lines.filter((l) => l.endsWith(",tm")).map((l) => l.split(",")[0])).toEqual(["lapsed", "climbed"]);
  });

  it("name an escalation's earlier recipient with whom they stood in for", () => {
    expect(partyText({ staffId: "om", named: { staffId: "tm" } })).toBe("om (for tm, not in post)");
    expect(partyText({ body: "ehivcmt" })).toBe("Body: ehivcmt");
  });

  it("are rows of change lapsed in the CSV, with lapsedOn", () => {
    const [head, row] = changesCsv(lapsedWeek()).split("\r\n");
    expect(row?.split(",")[0]).toBe("lapsed");
    const cells = row?.split(",") ?? [];
    const columns = head?.split(",") ?? [];
    expect([cells[columns.indexOf("status")], cells[columns.indexOf("statusBefore")], cells[columns.indexOf("lapsedOn")], cells[columns.indexOf("resolvedOn")]])
      .toEqual(["lapsed", "active", "2025-04-03", ""]);
  });
});

describe("changesCsv", () => {
  it("one row per change with its stable columns", async () => {
    const lines = changesCsv(await week()).split("\r\n");
    expect(lines[0]).toBe(CHANGE_COLUMNS.join(","));
    expect(lines.slice(1, -1).map((l) => l.split(",")[0])).toEqual(["began", "resolved", "raised", "climbed", "fellDue", "fellDue", "becameOverdue"]);
    const changes = await week();
    const climbed = changes.escalations.find((c) => c.change === "climbed")?.item;
    expect(lines).toContain("climbed,North IFST,sm (strategic-manager),audit.actions,action,x1,,,,,,,2024-07-12,3,2,om,team:t1,staff:sm,audit.actions/action:x1#breach#escalation," +
      `,${climbed?.basis ?? "?"},${climbed?.assumptions.join("; ") ?? "?"},`);
    expect(lines.at(-1)).toBe("");
  });
});
