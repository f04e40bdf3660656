import { describe, expect, it } from "vitest";
import { barChart, columnChart, htmlReport } from "../../src/report";
import { handDataset, handEvaluation } from "./fixtures";

describe("htmlReport", () => {
  const html = htmlReport(handEvaluation(), handDataset);

  it("is one self-contained document: no script, no link, no external resource", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    const withoutSvgNamespace = html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "");
    expect(withoutSvgNamespace).not.toMatch(/https?:|<script|<link|<img|@import|url\(|src=/i);
  });

  it("has every section the service improvement meeting reads", () => {
    for (const id of ["breaches-by-rule", "breaches-by-team", "audit-grades", "survey-completion", "overdue-supervision", "escalations", "due-soon", "rejected"]) {
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
    expect(html).toMatch(/<h3>North &lt;IFST&gt; <span class="count">1<\/span><\/h3><table class="due">.*2025-04-05.*audit\.actions.*action a1-1/);
  });

  it("leaves out the rejected section when nothing was rejected", () => {
    const ev = { ...handEvaluation(), rejected: [] };
    expect(htmlReport(ev, handDataset)).not.toContain('id="rejected"');
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
  it("says so when there is nothing to draw", () => {
    expect(barChart("T", [], [])).toContain("Nothing to show");
    expect(columnChart("T", [])).toContain("Nothing to show");
  });
});
