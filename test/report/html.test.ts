import { describe, expect, it } from "vitest";
import { InvalidOptionsError, qafPolicy, withParameters } from "../../src";
import { barChart, columnChart, escapeHtml, htmlReport } from "../../src/report";
import { handDataset, handEvaluation } from "./fixtures";

describe("htmlReport", () => {
  const html = htmlReport(handEvaluation(), handDataset);

  it("is one self-contained document: no script, no link, no external resource", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    const withoutSvgNamespace = html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "");
    expect(withoutSvgNamespace).not.toMatch(/https?:|<script|<link|<img|@import|url\(|src=/i);
  });

  it("has every section the service improvement meeting reads", () => {
    for (const id of ["breaches-by-rule", "breaches-by-team", "audit-grades", "survey-completion", "overdue-supervision", "escalations", "by-area", "rejected"]) {
      expect(html).toContain(`<section id="${id}">`);
    }
    expect((html.match(/<svg /g) ?? []).length).toBe(5);
  });

  it("escapes text from the data", () => {
    expect(html).toContain("North &lt;IFST&gt;");
    expect(html).not.toContain("North <IFST>");
  });

  it("shows the survey quarter against the 10% target and the obligation due in 14 days", () => {
    expect(html).toContain("50% (1/2)"); // 1 completed of 2 closures
    expect(html).toContain("target 10%");
    expect(html).toMatch(/<details class="team"><summary><span class="name">North &lt;IFST&gt;<\/span>.*<span class="count">1 due soon<\/span><\/summary>.*<h4>Due in the next 14 days<\/h4>.*<time datetime="2025-04-05">Sat 5 Apr 2025<\/time>.*audit\.actions.*action a1-1/);
  });

  it("draws the target the evaluation was measured against, or the given policy's", () => {
    const ev = handEvaluation();
    const [first] = ev.breaches;
    if (first === undefined) throw new Error("fixture");
    ev.breaches = [...ev.breaches, { ...first, id: "b9", ruleId: "survey.completion-target", details: { targetRate: 0.2 } }];
    expect(htmlReport(ev, handDataset)).toContain("target 20%");
    expect(htmlReport(ev, handDataset, { policy: withParameters(qafPolicy, { survey: { targetRate: 0.15 } }) })).toContain("target 15%");
    expect(htmlReport(ev, handDataset, { surveyTargetRate: 0.3 })).toContain("target 30%");
  });

  it("opens with a table of contents linking every section, in order", () => {
    const links = [...html.matchAll(/<li><a href="#([a-z-]+)">/g)].map((m) => m[1]);
    const sections = [...html.matchAll(/<section id="([a-z-]+)">/g)].map((m) => m[1]);
    expect(links).toEqual(sections);
    expect(html.indexOf('<nav class="toc"')).toBeLessThan(html.indexOf("<section"));
  });

  it("folds each area and, inside it, each team, with what it must act on", () => {
    const byArea = /<section id="by-area">(.*?)<\/section>/s.exec(html)?.[1] ?? "";
    // North: team t1 (p1's supervision breach and overdue obligation, a1-1 due); South: team t2 (p9's).
    expect([...byArea.matchAll(/<details class="area"><summary><span class="name">([^<]*)<\/span>/g)].map((m) => m[1])).toEqual(["North", "south"]);
    expect(byArea).toMatch(/<span class="name">North<\/span> <span class="count bad">1 active breach<\/span> <span class="count warn">1 overdue<\/span> <span class="count">1 due soon<\/span>/);
    expect((byArea.match(/<details class="team">/g) ?? []).length).toBe(2);
    expect(byArea).toContain("<h4>Active breaches</h4>");
    expect(byArea).toContain('<time datetime="2025-02-01">Sat 1 Feb 2025</time>');
  });

  it("writes days in words, with the ISO day kept for machines", () => {
    expect(html).toContain('As of <time datetime="2025-03-31">Monday 31 March 2025</time>');
    expect(html).toContain('window <time datetime="2024-04-01">Monday 1 April 2024</time> to');
  });

  it("adds extra sections after the built-in ones, before the rejected records, listed in the contents", () => {
    const out = htmlReport(handEvaluation(), handDataset, {
      extraSections: [{ id: "changes", title: "Changes <since>", lead: "What changed.", html: `<p>${escapeHtml("<b>")}</p>` }],
    });
    expect(out).toContain('<li><a href="#changes">Changes &lt;since&gt;</a></li>');
    expect(out).toContain('<section id="changes"><h2>Changes &lt;since&gt;</h2><p class="lead">What changed.</p><p>&lt;b&gt;</p></section>');
    expect(out.indexOf('id="by-area"')).toBeLessThan(out.indexOf('id="changes"'));
    expect(out.indexOf('id="changes"')).toBeLessThan(out.indexOf('id="rejected"'));
  });

  it("refuses an extra section whose id is malformed or taken, naming the path", () => {
    const call = (id: string) => () => htmlReport(handEvaluation(), handDataset, { extraSections: [{ id, title: "x", html: "" }] });
    expect(call("Bad id")).toThrow(InvalidOptionsError);
    expect(call("Bad id")).toThrow(/extraSections\[0\]\.id: must be lower-case/);
    expect(call("escalations")).toThrow(/extraSections\[0\]\.id: is already the id/);
    expect(call("rejected")).toThrow(InvalidOptionsError);
  });

  it("leaves out the rejected section when nothing was rejected", () => {
    const ev = { ...handEvaluation(), rejected: [] };
    expect(htmlReport(ev, handDataset)).not.toContain('id="rejected"');
  });
});

describe("htmlReport: how firmly each result rests on the QAF", () => {
  const html = htmlReport(handEvaluation(), handDataset);
  const sectionOf = (page: string, id: string): string => new RegExp(`<section id="${id}">(.*?)</section>`, "s").exec(page)?.[1] ?? "";

  it("counts the results on each basis in the first section, listed first in the contents", () => {
    expect([...html.matchAll(/<section id="([a-z-]+)">/g)][0]?.[1]).toBe("by-basis");
    expect([...html.matchAll(/<li><a href="#([a-z-]+)">/g)][0]?.[1]).toBe("by-basis");
    const rows = [...sectionOf(html, "by-basis").matchAll(/<tr><td><span class="basis-name">([a-z]+)<\/span><\/td><td>[^<]*<\/td>((?:<td>\d+<\/td>)+)<\/tr>/g)]
      .map((m) => [m[1], ...[...(m[2] ?? "").matchAll(/\d+/g)].map((n) => Number(n[0]))]);
    // basis, obligations, active, resolved and lapsed breaches, escalations
    expect(rows).toEqual([["qaf", 2, 0, 1, 0, 1], ["reading", 1, 0, 0, 0, 0], ["assumption", 2, 2, 0, 0, 2]]);
  });

  it("marks each listed result resting on an assumption, with what it assumes in visible text", () => {
    const team = /<details class="team"><summary><span class="name">North &lt;IFST&gt;<\/span>.*?<\/details>/s.exec(sectionOf(html, "by-area"))?.[0] ?? "";
    // p1's interval breach and overdue obligation rest on an assumption; the audit action due soon on the QAF's words.
    expect(team.match(/supervision\.interval<span class="basis assumption">assumption<\/span><span class="assumes">assumes supervision\.maxIntervalDays<\/span>/g)).toHaveLength(2);
    expect(team).toMatch(/<td>audit\.actions<\/td>/);
    const escalations = sectionOf(html, "escalations");
    expect(escalations).toContain('late<span class="basis assumption">assumption</span><span class="assumes">assumes supervision.maxIntervalDays; escalation.levelAfterWorkingDays</span>');
    expect(escalations).toMatch(/QISP<\/td>|QISP<br>/);
    expect(escalations).not.toMatch(/QISP<span class="basis/);
  });

  it("marks a reading as a reading, and escapes what a result rests on", () => {
    const ev = handEvaluation();
    ev.obligations = ev.obligations.map((o) => (o.id === "o4" ? { ...o, basis: "reading", assumptions: ["<img src=x onerror=alert(1)>"] } : o));
    const page = htmlReport(ev, handDataset);
    expect(page).toContain('audit.actions<span class="basis reading">reading</span><span class="assumes">reads &lt;img src=x onerror=alert(1)&gt;</span>');
    expect(page).not.toContain("<img");
  });
});

describe("htmlReport: owners standing in for someone not in post", () => {
  it("shows both the owner and the person the rule named, in the team tables and the escalations", () => {
    const ev = handEvaluation();
    const standIn = { staffId: "om", role: "operations-manager" as const, named: { staffId: "tm<1>", role: "team-manager" as const } };
    ev.obligations = ev.obligations.map((o) => (o.id === "o2" ? { ...o, owner: standIn } : o));
    ev.escalations = ev.escalations.map((e) => (e.id === "e2" ? { ...e, to: standIn } : e));
    const html = htmlReport(ev, handDataset);
    const byArea = /<section id="by-area">(.*?)<\/section>/s.exec(html)?.[1] ?? "";
    expect(byArea).toContain("<td>staff p1</td><td>om (for tm&lt;1&gt;, not in post)</td>");
    expect(byArea).toContain("<td>staff p9</td><td>tm</td>");
    const escalations = /<section id="escalations">(.*?)<\/section>/s.exec(html)?.[1] ?? "";
    expect(escalations).toContain("late (for tm&lt;1&gt;, not in post)<span class=\"basis");
    expect(escalations).toContain(": QISP</td>"); // e1 goes to om as named: no note
  });
});

describe("charts", () => {
  it("draws one labelled row per bar with its total", () => {
    const svg = barChart("T", [{ label: "a", values: [2, 1] }, { label: "b", values: [0, 0] }], [{ name: "x", color: "#f00" }, { name: "y", color: "#0f0" }]);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="T"/);
    expect((svg.match(/<rect [^>]*><title>/g) ?? []).length).toBe(2); // two non-zero segments
    expect(svg).toContain(">3</text>");
    expect(svg).toContain(">0</text>");
  });
  it("never lets the target line strike through a column's note, whatever the column's height", () => {
    for (let v = 0; v <= 0.2; v += 0.0025) {
      const svg = columnChart("T", [{ label: "Q1", value: v, note: "x" }], { target: 0.1, max: 0.2 });
      const targetY = Number(/<line class="target" [^>]*y1="([\d.]+)"/.exec(svg)?.[1]);
      const noteY = Number(/<text class="note" [^>]*y="([\d.]+)"/.exec(svg)?.[1]);
      expect(Number.isFinite(targetY) && Number.isFinite(noteY)).toBe(true);
      // a 12px label spans about 12px above its baseline and 3px below
      expect(targetY < noteY - 13 || targetY > noteY + 4, `value ${v}: line ${targetY}, note ${noteY}`).toBe(true);
    }
  });
  it("draws the target line under the columns and their notes", () => {
    const svg = columnChart("T", [{ label: "Q1", value: 0.05 }], { target: 0.1 });
    expect(svg.indexOf('class="target"')).toBeLessThan(svg.indexOf("<rect"));
  });
  it("says so when there is nothing to draw", () => {
    expect(barChart("T", [], [])).toContain("Nothing to show");
    expect(columnChart("T", [])).toContain("Nothing to show");
  });
});
