import { describe, expect, it } from "vitest";
import { escapeControl, escapeMarkdown, markdownSummary, textSummary } from "../../src/report";
import { handDataset, handEvaluation } from "./fixtures";

describe("escapeMarkdown", () => {
  it("escapes every character Markdown reads as syntax inside a line", () => {
    expect(escapeMarkdown("a|b\\c`d`*e*_f_[g](h)~i~")).toBe("a\\|b\\\\c\\`d\\`\\*e\\*\\_f\\_\\[g\\](h)\\~i\\~");
  });
  it("turns < > & into entities, so HTML and autolinks stay inert text", () => {
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeMarkdown("<http://x>")).toBe("&lt;http://x&gt;");
    expect(escapeMarkdown("A&B")).toBe("A&amp;B");
  });
  it("escapes a leading #, +, - or = (heading, list, underline) and leaves them alone later in the line", () => {
    expect(escapeMarkdown("# title")).toBe("\\# title");
    expect(escapeMarkdown("  - item")).toBe("  \\- item");
    expect(escapeMarkdown("=")).toBe("\\=");
    expect(escapeMarkdown("a # b - c")).toBe("a # b - c");
  });
  it("keeps javascript:, vbscript: and data: from forming a link", () => {
    expect(escapeMarkdown("[x](javascript:alert(1))")).toBe("\\[x\\](javascript\\:alert(1))");
    expect(escapeMarkdown("JavaScript:alert(1)")).toBe("JavaScript\\:alert(1)");
    expect(escapeMarkdown("data:text/html,x vbscript:y")).toBe("data\\:text/html,x vbscript\\:y");
  });
  it("turns a lone CR, a lone LF and CRLF into one space each: one cell stays on one row", () => {
    expect(escapeMarkdown("a\rb\nc\r\nd")).toBe("a b c d");
  });
});

describe("markdownSummary with hostile names", () => {
  it("renders team names, policy ids and problems inert, each table row on one line", () => {
    const ev = handEvaluation();
    ev.policy = { id: "# p <img src=x>", version: "1" };
    ev.rejected = [{ collection: "staff", index: 3, issues: [{ path: ["startedOn"], message: "bad\rvalue [x](javascript:alert(1))" }] }];
    const dataset = { ...handDataset, teams: [{ id: "t1", areaId: "north", name: "<script>alert(1)</script>\n| x |" }, ...handDataset.teams.slice(1)] };
    const md = markdownSummary(ev, dataset);
    expect(md).not.toMatch(/<script|<img|\]\(javascript:/i);
    expect(md).toContain("| &lt;script&gt;alert(1)&lt;/script&gt; \\| x \\| | 1 |");
    expect(md).toContain("policy \\# p &lt;img src=x&gt; 1.");
    expect(md).toContain("startedOn: bad value \\[x\\](javascript\\:alert(1))");
    expect(md).not.toContain("\r");
    for (const line of md.split("\n").filter((l) => l.startsWith("|"))) expect(line.endsWith("|")).toBe(true);
  });
});

describe("escapeControl from the report entry", () => {
  it("shows escape sequences, CR, LF, tab, bell, DEL, C1, bidi marks and overrides escaped", () => {
    expect(escapeControl("p1\u001b[2J\r\n\t\u0007\u007f\u009b\u202e\u200f")).toBe("p1\\x1b[2J\\r\\n\\t\\x07\\x7f\\x9b\\u202e\\u200f");
    expect(escapeControl("a\\b é")).toBe("a\\b é");
  });
  it("keeps ids and policy names in the text summary from reaching the terminal raw", () => {
    const ev = handEvaluation();
    ev.policy = { id: "p\u001b]0;owned\u0007", version: "1\r" };
    ev.breaches = ev.breaches.map((b) => ({ ...b, ruleId: `evil\u001b[31m.${b.ruleId}` }));
    const t = textSummary(ev);
    expect([...t].filter((c) => c !== "\n" && (c < " " || c === "\u007f"))).toEqual([]);
    expect(t).toContain("policy p\\x1b]0;owned\\x07 1\\r)");
    expect(t).toContain("evil\\x1b[31m.supervision.interval");
  });
});
