import { addDays, formatDay, toDay } from "../../../src/calendar/day";
import { withOrg } from "./org";

/**
 * The governance scenario: the small service of ./org.ts over FY 2024/25, evaluated on
 * 31 March 2025. Each weekly record falls on the given weekday of every ISO week from
 * 1 April 2024 to 30 March 2025, except the weeks listed as skipped; the deliberate gaps
 * and late or incomplete reports are listed in ./expected.ts.
 */
export const AS_OF = "2025-03-31";

/** Every week's day `offset` days after its Monday, 1 April 2024 to 30 March 2025, minus skipped Mondays. */
function weekly(offset: number, skipMondays: string[] = []): string[] {
  const out: string[] = [];
  for (let monday = toDay("2024-04-01"); monday <= toDay("2025-03-24"); monday = addDays(monday, 7)) {
    if (!skipMondays.includes(formatDay(monday))) out.push(formatDay(addDays(monday, offset)));
  }
  return out;
}

/** The same day of each month, April 2024 to March 2025, minus skipped months (YYYY-MM). */
function monthly(day: string, skipMonths: string[] = []): string[] {
  const months = ["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-10", "2024-11",
    "2024-12", "2025-01", "2025-02", "2025-03"];
  return months.filter((m) => !skipMonths.includes(m)).map((m) => `${m}-${day}`);
}

const meetings: object[] = [];
const meet = (kind: string, dates: string[], scope: object, endsOn?: string) => {
  for (const heldOn of dates) {
    const id = `${kind}:${"id" in scope ? String(scope.id) : "service"}:${heldOn}`;
    meetings.push({ id, kind, heldOn, scope, ...(endsOn ? { endsOn } : {}) });
  }
};
const service = { type: "service" };
const team = (id: string) => ({ type: "team", id });
const area = (id: string) => ({ type: "area", id });
const staff = (id: string) => ({ type: "staff", id });

meet("quality-performance-clinic", monthly("10", ["2024-09"]), service);
const clinics = ["2024-05-07", "2024-07-09", "2024-09-10", "2024-11-12", "2025-01-14", "2025-03-11"];
meet("case-clinic", clinics, staff("om-n"));
meet("case-clinic", clinics.filter((d) => d !== "2024-09-10"), staff("om-s"));
meet("locality-management-oversight", weekly(1), team("t-n"));
meet("locality-management-oversight", weekly(1, ["2024-09-30"]), team("t-s"));
meet("team-briefing", weekly(2, ["2025-01-13"]), team("t-n"));
meet("team-briefing", weekly(2), team("t-s"));
meet("group-learning", monthly("12"), area("north"));
meet("group-learning", monthly("12", ["2024-11"]), area("south"));
meet("optf-development-day", ["2024-05-08", "2024-08-14", "2024-11-13", "2025-02-12"], service);
meet("practitioner-development-day", ["2024-06-20"], service);
meet("ehivc-management-team", monthly("20"), service);
meet("practice-week", ["2024-10-14"], service, "2024-10-25");

const ALL_BODIES = ["ops-management-team", "ehivcmt", "cscqib"];
const ALL_TOPICS = ["audits", "representations", "mp-letters", "surveys", "qic-topics", "iic-membership"];
const FAMILIES_BODIES = ["ehivcmt", "cscmt", "cmt"];
const report = (id: string, kind: string, from: string, to: string, publishedOn: string, sharedWith: string[], covers: string[] = []) =>
  ({ id, kind, period: { from, to }, publishedOn, sharedWith, covers });
const monthEnds = ["2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31", "2024-08-31", "2024-09-30", "2024-10-31",
  "2024-11-30", "2024-12-31", "2025-01-31", "2025-02-28"];

const reports = [
  report("si-q1", "service-improvement", "2024-04-01", "2024-06-30", "2024-07-25", ALL_BODIES, ALL_TOPICS),
  report("si-q2", "service-improvement", "2024-07-01", "2024-09-30", "2024-11-05", ALL_BODIES, ALL_TOPICS),
  report("si-q3", "service-improvement", "2024-10-01", "2024-12-31", "2025-01-30", ["ops-management-team", "ehivcmt"], ALL_TOPICS),
  report("sf-q1", "stronger-families-progress", "2024-04-01", "2024-06-30", "2024-07-20", FAMILIES_BODIES),
  report("sf-q3", "stronger-families-progress", "2024-10-01", "2024-12-31", "2025-01-15", FAMILIES_BODIES),
  report("po-h1", "population-outcomes", "2024-04-01", "2024-09-30", "2024-10-30", FAMILIES_BODIES),
  report("sr-q1", "survey-results", "2024-04-01", "2024-06-30", "2024-07-12", ["ops-management-team"]),
  report("sr-q2", "survey-results", "2024-07-01", "2024-09-30", "2024-10-11", ["ops-management-team"]),
  report("sr-q3", "survey-results", "2024-10-01", "2024-12-31", "2025-01-10", ["ops-management-team"]),
  ...monthEnds
    .filter((end) => end !== "2024-12-31")
    .map((end) => {
      const month = end.slice(0, 7);
      const next = formatDay(addDays(toDay(end), 15));
      return report(`kpi-${month}`, "kpi", `${month}-01`, end, next, []);
    }),
];

const oversight = [
  ...weekly(1, ["2024-08-05"]).map((on) => ({ staffId: "tm-n", activity: "dashboard-review", on })),
  ...weekly(1, ["2024-05-13"]).map((on) => ({ staffId: "fctm-s", activity: "dashboard-review", on })),
  ...weekly(1, ["2025-03-03"]).map((on) => ({ staffId: "om-n", activity: "bi-access", on })),
  ...weekly(1).map((on) => ({ staffId: "om-s", activity: "bi-access", on })),
];

/** The scenario's dataset. */
export const governanceScenario = withOrg({
  absences: [{ staffId: "tm-n", from: "2024-08-05", to: "2024-08-09", reason: "leave" }],
  meetings,
  reports,
  oversight,
  qualityImprovementPlans: [
    { id: "qip-n1", teamId: "t-n", approvedOn: "2023-09-01" },
    { id: "qip-n2", teamId: "t-n", approvedOn: "2024-08-20" },
  ],
  iicAwards: [{ id: "iic-n", areaId: "north", achievedOn: "2024-11-12" }],
});
