import { describe, expect, it } from "vitest";
import { dueCsv, dueText } from "../../src/report";
import { handEvaluation } from "./fixtures";

describe("dueCsv and dueText", () => {
  const due = (): ReturnType<typeof handEvaluation>["obligations"] => {
    const o = handEvaluation().obligations.filter((x) => x.id === "o4");
    return [...o, ...o.map((x) => ({ ...x, id: "=cmd|' /C calc'!A0", subject: { type: "case" as const, id: "@SUM(1)" }, owner: { staffId: "-2+3", role: "team-manager" as const } }))];
  };

  it("writes the due columns, text cells formula-safe", () => {
    const lines = dueCsv(due()).split("\r\n");
    expect(lines[0]).toBe("dueBy,ruleId,subjectType,subjectId,ownerStaffId,ownerRole,id,basis,assumptions,ownerNamedStaffId");
    expect(lines[1]).toBe("2025-04-05,audit.actions,action,a1-1,tm,team-manager,o4,qaf,,");
    expect(lines[2]).toBe("2025-04-05,audit.actions,case,'@SUM(1),'-2+3,team-manager,'=cmd|' /C calc'!A0,qaf,,");
  });

  it("writes an obligation's basis and what it rests on", () => {
    const o = handEvaluation().obligations.filter((x) => x.id === "o2");
    expect(dueCsv(o).split("\r\n")[1]).toBe("2025-02-01,supervision.interval,staff,p1,tm,team-manager,o2,assumption,supervision.maxIntervalDays,");
  });

  it("shows both the owner and the person they stand in for", () => {
    const o = due().slice(0, 1).map((x) => ({ ...x, owner: { staffId: "om", named: { staffId: "tm\u001b[2K" } } }));
    expect(dueText(o)).toBe(`  2025-04-05  audit.actions  ${"action a1-1".padEnd(24)}  om (for tm\\x1b[2K, not in post)\n`);
    expect(dueCsv(o).split("\r\n")[1]).toBe("2025-04-05,audit.actions,action,a1-1,om,,o4,qaf,,tm\u001b[2K");
  });

  it("lines up the terminal lines and shows control characters in ids escaped", () => {
    const text = dueText(due().slice(0, 1).map((o) => ({ ...o, subject: { type: "case", id: "c\u001b[2K\r1" } })));
    expect(text).toBe(`  2025-04-05  audit.actions  ${"case c\\x1b[2K\\r1".padEnd(24)}  tm\n`);
    expect(dueText([])).toBe("");
  });
});
