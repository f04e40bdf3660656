import { describe, expect, it } from "vitest";
import { BASIS_COLUMNS, BREACH_COLUMNS, OBLIGATION_COLUMNS, basisCsv, breachesCsv, csvField, obligationsCsv, toCsv } from "../../src/report";
import { handEvaluation } from "./fixtures";

describe("csvField (RFC 4180)", () => {
  it("leaves plain text alone and quotes commas, quotes, line breaks and edge spaces", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\r")).toBe('"cr\r"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField(undefined)).toBe("");
    expect(csvField(3)).toBe("3");
  });

  it("prefixes text that would start a spreadsheet formula with ' (OWASP CSV injection)", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvField(`${start}x`).startsWith(`'${start}`) || csvField(`${start}x`).startsWith(`"'${start}`)).toBe(true);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("\r=1")).toBe(`"'\r=1"`);
    expect(csvField("-12 text")).toBe("'-12 text");
    expect(csvField("a=b")).toBe("a=b"); // only the first character counts
  });

  it("writes numbers as numbers, a negative one included: a number is not a formula", () => {
    expect(csvField(-3)).toBe("-3");
    expect(csvField(-0.5)).toBe("-0.5");
    expect(csvField(true)).toBe("true");
  });

  it("ends every record, the last included, with CRLF", () => {
    expect(toCsv(["a", "b"], [["1", undefined]])).toBe("a,b\r\n1,\r\n");
  });
});

describe("obligationsCsv and breachesCsv", () => {
  it("has stable columns, in this order", () => {
    expect(obligationsCsv(handEvaluation()).split("\r\n")[0]).toBe(
      "id,ruleId,subjectType,subjectId,ownerStaffId,ownerRole,ownerBody,periodFrom,periodTo,dueBy,status,metOn,progressDone,progressRequired,evidence,sourceSection,basis,assumptions,ownerNamedStaffId");
    expect(breachesCsv(handEvaluation()).split("\r\n")[0]).toBe(
      "id,ruleId,obligationId,subjectType,subjectId,ownerStaffId,ownerRole,ownerBody,severity,since,status,resolvedOn,message,details,sourceSection,lapsedOn,basis,assumptions,ownerNamedStaffId");
    expect(OBLIGATION_COLUMNS).toHaveLength(19);
    expect(BREACH_COLUMNS).toHaveLength(19);
  });

  it("writes one row per obligation, absent values empty, evidence joined by ;", () => {
    const lines = obligationsCsv(handEvaluation()).split("\r\n");
    expect(lines).toHaveLength(1 + 5 + 1); // header, 5 rows, the empty string after the last CRLF
    expect(lines[1]).toBe("o1,audit.qisp,audit,a1,tm,team-manager,,,,2025-01-10,met,2025-01-09,,,a1;a2,Audit activity,qaf,,");
    expect(lines[5]).toBe("o5,survey.completion-target,service,service,tm,team-manager,,2024-04-01,2024-06-30,2024-07-30,met,,1,1,,Audit activity,reading,survey.targetCounts,");
  });

  it("quotes messages with commas and quotes, and writes details as JSON", () => {
    const row = breachesCsv(handEvaluation()).split("\r\n")[1];
    expect(row).toBe('b1,audit.qisp,,audit,a1,tm,,,high,2025-02-01,resolved,,"Breach b1, ""quoted""","{""n"":1}",Audit activity,,qaf,,');
  });

  it("writes a lapsed breach as lapsed, with the day it lapsed, not as resolved", () => {
    const ev = handEvaluation();
    ev.breaches = ev.breaches.map((b) => (b.id === "b2" ? { ...b, status: "lapsed", lapsedOn: "2025-03-10" } : b));
    const row = breachesCsv(ev).split("\r\n")[2] ?? "";
    // status lapsed, resolvedOn empty, ..., lapsedOn the day it lapsed.
    expect(row).toMatch(/^b2,supervision\.interval,.*,2025-02-01,lapsed,,"Breach b2, ""quoted""",.*,Audit activity,2025-03-10,assumption,/);
  });

  it("writes each result's basis and the assumptions behind it, joined by \"; \"", () => {
    const b = breachesCsv(handEvaluation()).split("\r\n");
    expect(b[2]?.endsWith(",medium,2025-02-01,active,,\"Breach b2, \"\"quoted\"\"\",\"{\"\"n\"\":1}\",Audit activity,,assumption,supervision.maxIntervalDays,")).toBe(true);
    const ev = handEvaluation();
    ev.obligations = [{ ...ev.obligations[1] as (typeof ev.obligations)[number], assumptions: ["=a.b", "supervision.maxIntervalDays"] }];
    expect(obligationsCsv(ev).split("\r\n")[1]?.endsWith(",assumption,'=a.b; supervision.maxIntervalDays,")).toBe(true);
  });

  it("names the person a rule named when someone stands in for them, in both tables", () => {
    const ev = handEvaluation();
    const standIn = { staffId: "om", role: "operations-manager" as const, named: { staffId: "tm", role: "team-manager" as const } };
    ev.obligations = ev.obligations.slice(0, 1).map((o) => ({ ...o, owner: standIn }));
    ev.breaches = ev.breaches.slice(0, 1).map((b) => ({ ...b, owner: standIn }));
    const o = obligationsCsv(ev).split("\r\n")[1] ?? "";
    expect(o.startsWith("o1,audit.qisp,audit,a1,om,operations-manager,,")).toBe(true);
    expect(o.endsWith(",qaf,,tm")).toBe(true);
    expect((breachesCsv(ev).split("\r\n")[1] ?? "").endsWith(",qaf,,tm")).toBe(true);
  });

  it("makes ids and messages from the data formula-safe in both tables", () => {
    const ev = handEvaluation();
    const hostile = { type: "staff" as const, id: "=HYPERLINK(\"http://evil\")" };
    ev.obligations = ev.obligations.slice(0, 1).map((o) => ({ ...o, id: "+o", subject: hostile, evidence: ["-a"] }));
    ev.breaches = ev.breaches.slice(0, 1).map((b) => ({ ...b, subject: hostile, message: "@cmd" }));
    const o = obligationsCsv(ev).split("\r\n")[1] ?? "";
    expect(o.startsWith("'+o,")).toBe(true);
    expect(o).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(o).toContain(",'-a,");
    const b = breachesCsv(ev).split("\r\n")[1] ?? "";
    expect(b).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(b).toContain(",'@cmd,");
  });
});

describe("basisCsv", () => {
  it("counts the results on each basis, firmest first, breaches by status", () => {
    const ev = handEvaluation();
    ev.breaches = ev.breaches.map((b) => (b.id === "b3" ? { ...b, status: "lapsed", lapsedOn: "2025-03-10" } : b));
    expect(basisCsv(ev).split("\r\n")).toEqual([
      BASIS_COLUMNS.join(","),
      "qaf,2,1,0,1,0,1",
      "reading,1,0,0,0,0,0",
      "assumption,2,2,1,0,1,2",
      "",
    ]);
    expect(BASIS_COLUMNS).toEqual(["basis", "obligations", "breaches", "activeBreaches", "resolvedBreaches", "lapsedBreaches", "escalations"]);
  });
});
