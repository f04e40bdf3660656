import { describe, expect, it } from "vitest";
import { evaluate, qafPolicy, scorecard, withRules } from "../../src";
import { generateCounty } from "../../src/demo";

// The demo county's supervision on-time rate per team and month, worked by hand: the
// obligations of supervision.interval (switched on) of each team's staff that fell due in the
// month, met by their due date out of those (none excused, none still open by 2025-03-31).
const FIXTURE = [
  { team: "t-e-fct1", month: "2024-08", numerator: 3, denominator: 4 },
  { team: "t-e-fct1", month: "2024-12", numerator: 4, denominator: 5 },
  { team: "t-e-fct2", month: "2025-01", numerator: 6, denominator: 7 },
  { team: "t-e-ifst1", month: "2024-05", numerator: 5, denominator: 6 },
  { team: "t-e-ifst1", month: "2024-09", numerator: 4, denominator: 4 },
];

const data = generateCounty() as { staff: { id: string; teamId?: string }[] };
const policy = withRules(qafPolicy, { "supervision.interval": { enabled: true } });

describe("the demo county's supervision on-time rate per team and month", () => {
  it("reading the evaluation by hand gives the fixture", async () => {
    const evaluation = await evaluate(data, { from: "2024-04-01", asOf: "2025-03-31", policy });
    const teamOf = new Map(data.staff.map((s) => [s.id, s.teamId]));
    for (const { team, month, numerator, denominator } of FIXTURE) {
      const due = evaluation.obligations.filter((o) =>
        o.ruleId === "supervision.interval" && o.dueBy?.slice(0, 7) === month && teamOf.get(o.subject.id) === team && o.status !== "excused");
      expect({ team, month, numerator: due.filter((o) => o.status === "met").length, denominator: due.length })
        .toEqual({ team, month, numerator, denominator });
    }
  });

  it("the scorecard gives the fixture", async () => {
    const card = await scorecard(data, { from: "2024-04", to: "2025-03", by: "team", policy, rules: ["supervision.interval"] });
    for (const { team, month, numerator, denominator } of FIXTURE) {
      const row = card.rows.find((r) => r.place.id === team && r.period.label === month);
      expect({ team, month, onTime: row?.onTime }).toEqual({ team, month, onTime: { numerator, denominator, rate: numerator / denominator } });
      expect(row?.basis).toBe("assumption");
    }
  });
});
