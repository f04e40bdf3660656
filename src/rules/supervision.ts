import { defineRules } from "./define-rules";
import { all } from "./conditions";

const section = "Supervision";

const scheduleQuote =
  "All members of staff should receive supervision in line with the agreed schedule set out with their line manager.";

/** Staff who have a line manager: the only ones a line-manager-owned rule applies to. */
const hasLineManager = { fact: "hasLineManager", operator: "equal", value: true };

/** A supervision counts for its supervisee, on the day it was held. */
const supervisionsOfSupervisee = { collection: "supervisions", key: "superviseeId", date: "heldOn" };

/**
 * The rules of the QAF's "Supervision" section: how many supervisions a year (pro-rata by
 * contract), the longest wait between two, and what each supervision must cover.
 */
export const supervisionRules = defineRules([
  {
    id: "supervision.frequency",
    kind: "cadence",
    section,
    quote: scheduleQuote,
    subject: "staff",
    when: all(hasLineManager),
    period: "year",
    perYear: { param: "supervision.perYear", by: "contract" },
    evidence: supervisionsOfSupervisee,
    owner: "line-manager",
    severity: "medium",
    message: "Staff member {subject} had {done} of the {required} supervisions due in the year {period}.",
  },
  {
    id: "supervision.interval",
    kind: "deadline-chain",
    section,
    quote: scheduleQuote,
    subject: "staff",
    when: all(hasLineManager),
    start: { date: "startedOn" },
    interval: { days: { param: "supervision.maxIntervalDays", by: "contract" } },
    events: supervisionsOfSupervisee,
    pauseDuringAbsence: { param: "supervision.pauseDuringAbsence" },
    endsOn: "leftOn",
    owner: "line-manager",
    severity: "medium",
    message: "Staff member {subject} went too long without supervision: the next one was due by {dueBy}.",
  },
  {
    id: "supervision.agenda",
    kind: "check",
    section,
    quote: "Supervision should cover all elements of the supervision agenda",
    subject: "supervisions",
    date: "heldOn",
    assertions: [
      { test: "includesAll", field: "agenda", values: { param: "supervision.agendaItems" }, label: "not every agenda item was covered" },
    ],
    owner: "supervisor",
    severity: "low",
    message: "Supervision {subject} did not cover these agenda items: {missing}.",
  },
  {
    id: "supervision.reflection",
    kind: "check",
    section,
    quote: "Each supervision should have an element of reflection, supporting the worker to solve problems.",
    subject: "supervisions",
    date: "heldOn",
    assertions: [{ test: "isTrue", field: "reflection", label: "no element of reflection" }],
    owner: "supervisor",
    severity: "low",
    message: "Supervision {subject} had no element of reflection.",
  },
  {
    id: "supervision.urn-only",
    kind: "check",
    section,
    quote: "Any families that are having a personal impact on you? (URN Numbers ONLY should be listed here)",
    subject: "supervisions",
    date: "heldOn",
    assertions: [
      {
        test: "allMatch", field: "personalImpactUrns", pattern: { param: "supervision.urnPattern" },
        label: "something other than a URN was listed under families having a personal impact",
      },
    ],
    owner: "supervisor",
    severity: "high",
    message: "Supervision {subject} lists something other than a URN under families having a personal impact (entry {positions}), where only URNs may be written.",
  },
]);
