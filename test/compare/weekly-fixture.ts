/**
 * A small service for the week-on-week examples: one area, two teams, a case audit with
 * five actions owned by a practitioner of each team, and a policy of only `audit.actions`,
 * so that every expected change can be worked out by hand.
 */
import { qafPolicy, type Policy } from "../../src";

/** Only `audit.actions`: an action is due on its `dueOn`, its breach begins the day after. */
export const actionsPolicy: Policy = { ...qafPolicy, rules: qafPolicy.rules.filter((r) => r.id === "audit.actions") };

const staff = (id: string, role: string, extra: Record<string, unknown>) =>
  ({ id, role, contract: "full-time", startedOn: "2020-01-01", ...extra });

/** The actions, by id: each a different story between Friday 5 and Friday 12 July 2024. */
export const ACTIONS = {
  // Due Fri 14 June, never completed: active since Sat 15 June all along, climbing the ladder.
  x1: { id: "x1", ownerId: "p1", dueOn: "2024-06-14" },
  // Due Fri 28 June, completed Tue 9 July: active on the 5th, resolved on the 9th.
  x2: { id: "x2", ownerId: "p1", dueOn: "2024-06-28", completedOn: "2024-07-09" },
  // Due Wed 10 July, never completed: open on the 5th, overdue from Thu 11 July.
  x3: { id: "x3", ownerId: "p2", dueOn: "2024-07-10" },
  // Due and completed Mon 8 July: fell due, met on time.
  x4: { id: "x4", ownerId: "p2", dueOn: "2024-07-08", completedOn: "2024-07-08" },
  // Due Fri 19 July: open both weeks, nothing to say.
  x5: { id: "x5", ownerId: "p1", dueOn: "2024-07-19" },
};

/**
 * The dataset, with the audit's actions replaced when given.
 *
 * @param actions - the audit's actions (default: all of {@link ACTIONS})
 * @param extraStaff - fields to add to a staff record, by id (a leaving date)
 * @returns the dataset
 */
export function weeklyDataset(
  actions: readonly { id: string; ownerId: string; dueOn: string; completedOn?: string }[] = Object.values(ACTIONS),
  extraStaff: Record<string, Record<string, unknown>> = {},
) {
  return {
    areas: [{ id: "north", name: "North" }],
    teams: [
      { id: "t1", areaId: "north", type: "IFST", name: "North IFST" },
      { id: "t2", areaId: "north", type: "FCT", name: "North FCT" },
    ],
    staff: [
      staff("sm", "strategic-manager", {}),
      staff("om", "operations-manager", { areaId: "north", lineManagerId: "sm" }),
      staff("tm1", "team-manager", { teamId: "t1", lineManagerId: "om" }),
      staff("p1", "practitioner", { teamId: "t1", lineManagerId: "tm1" }),
      staff("tm2", "family-centre-team-manager", { teamId: "t2", lineManagerId: "om" }),
      staff("p2", "practitioner", { teamId: "t2", lineManagerId: "tm2" }),
    ].map((s) => ({ ...s, ...extraStaff[s.id] })),
    cases: [{ id: "100", teamId: "t1", keyWorkerId: "p1", openedOn: "2024-01-02", children: [] }],
    audits: [{
      id: "a1", kind: "case", auditorId: "tm1", workerId: "p1", caseId: "100", completedOn: "2024-05-01", grade: 7,
      recordedOnCaseFile: true, actions,
    }],
  };
}
