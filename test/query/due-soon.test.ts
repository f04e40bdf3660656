import { describe, expect, it } from "vitest";
import { evaluate } from "../../src";
import type { Obligation } from "../../src";
import { dueSoon, staffUnder } from "../../src/query";

function ob(id: string, dueBy: string | null, status: Obligation["status"], staffId = "p1", ruleId = "r.x"): Obligation {
  return {
    id, ruleId, subject: { type: "staff", id }, owner: { staffId }, dueBy, status, evidence: [],
    source: { section: "s", quote: "q" }, basis: "qaf", assumptions: [],
  };
}

const asOf = "2025-03-31";

describe("dueSoon", () => {
  it("keeps open obligations due from asOf to asOf + within, both ends included, soonest first", () => {
    const obligations = [
      ob("late", "2025-04-15", "open"), // 15 days ahead: outside 14
      ob("edge", "2025-04-14", "open"), // exactly 14 days ahead
      ob("today", "2025-03-31", "open"), // due on asOf itself
      ob("past", "2025-03-20", "overdue"),
      ob("done", "2025-04-01", "met"),
      ob("undated", null, "open"),
    ];
    expect(dueSoon({ asOf, obligations }, { within: 14 }).map((o) => o.id)).toEqual(["today", "edge"]);
    expect(dueSoon({ asOf, obligations }, { within: 0 }).map((o) => o.id)).toEqual(["today"]);
  });

  it("breaks ties on the same day by rule id", () => {
    const obligations = [ob("b", "2025-04-02", "open", "p1", "z.rule"), ob("a", "2025-04-02", "open", "p1", "a.rule")];
    expect(dueSoon({ asOf, obligations }, { within: 7 }).map((o) => o.id)).toEqual(["a", "b"]);
  });

  it("with an owner and the dataset, covers the owner and everyone down their line, not above", () => {
    const staff = [{ id: "om" }, { id: "tm", lineManagerId: "om" }, { id: "p1", lineManagerId: "tm" }, { id: "p2", lineManagerId: "om" }];
    const obligations = [ob("o-om", "2025-04-01", "open", "om"), ob("o-tm", "2025-04-02", "open", "tm"),
      ob("o-p1", "2025-04-03", "open", "p1"), ob("o-p2", "2025-04-04", "open", "p2")];
    expect(dueSoon({ asOf, obligations }, { within: 14, owner: "tm", dataset: { staff } }).map((o) => o.id)).toEqual(["o-tm", "o-p1"]);
    expect(dueSoon({ asOf, obligations }, { within: 14, owner: "tm" }).map((o) => o.id)).toEqual(["o-tm"]);
  });

  it("rejects a negative or fractional window", () => {
    expect(() => dueSoon({ asOf, obligations: [] }, { within: -1 })).toThrow(/within/);
    expect(() => dueSoon({ asOf, obligations: [] }, { within: 1.5 })).toThrow(/whole number/);
  });

  it("does not change the evaluation", () => {
    const obligations = [ob("b", "2025-04-02", "open"), ob("a", "2025-04-01", "open")];
    dueSoon({ asOf, obligations }, { within: 14 });
    expect(obligations.map((o) => o.id)).toEqual(["b", "a"]);
  });

  it("on a real evaluation: the monthly and quarterly supervision audits due at September's end", async () => {
    const dataset = {
      areas: [{ id: "north" }],
      teams: [{ id: "t1", areaId: "north", type: "IFST" }],
      staff: [
        { id: "sm", role: "strategic-manager", contract: "full-time", startedOn: "2020-01-01" },
        { id: "om", role: "operations-manager", areaId: "north", lineManagerId: "sm", contract: "full-time", startedOn: "2020-01-01" },
      ],
    };
    const result = await evaluate(dataset, { asOf: "2024-09-20" });
    // audit.ops-supervision-audit: om, each month (due 30 September); owner om.
    // audit.strategic-supervision-audit: om's supervisions, each quarter (Q2 ends 30 September); owner sm.
    const forOm = dueSoon(result, { within: 14, owner: "om" }).filter((o) => o.ruleId.startsWith("audit."));
    expect(forOm.map((o) => [o.ruleId, o.dueBy])).toEqual([["audit.ops-supervision-audit", "2024-09-30"]]);
    const forSm = dueSoon(result, { within: 14, owner: "sm", dataset }).filter((o) => o.ruleId.startsWith("audit."));
    expect(forSm.map((o) => o.ruleId)).toEqual(["audit.ops-supervision-audit", "audit.strategic-supervision-audit"]);
    expect(dueSoon(result, { within: 9, owner: "om" }).filter((o) => o.ruleId.startsWith("audit."))).toEqual([]);
  });
});

describe("staffUnder", () => {
  it("survives a cycle in bad data", () => {
    expect([...staffUnder([{ id: "a", lineManagerId: "b" }, { id: "b", lineManagerId: "a" }], "a")].sort()).toEqual(["a", "b"]);
  });
});
