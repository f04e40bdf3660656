import { defineRules } from "./define-rules";
import { all } from "./conditions";
import { assumption, firstRungOnly, graded, ladderOnly, qaf, reading } from "./basis";

/** A supervision's own supervisor sees to what it covers. */
const supervisorOwns = reading("The QAF sets what a supervision covers; the supervisor who held it sees to it.");

const section = "Supervision";

const scheduleQuote =
  "All members of staff should receive supervision in line with the agreed schedule set out with their line manager.";

/** Staff who have a line manager: the only ones a line-manager-owned rule applies to. */
const hasLineManager = { fact: "hasLineManager", operator: "equal", value: true } as const;

/** A supervision counts for its supervisee, on the day it was held. */
const supervisionsOfSupervisee = { collection: "supervisions", key: "superviseeId", date: "heldOn" };

/**
 * The rules of the QAF's "Supervision" section: how many supervisions a year (pro-rata by
 * contract), what each supervision must cover, and (suggested, off by default) the longest
 * wait between two.
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
    basis: {
      subjects: qaf(),
      due: reading("\"9 times a year for full team staff and 6 times a year for part time\" counted per financial year, pro rata to the days in post and not absent, each contract period at its own rate.", "supervision.perYear"),
      fulfilment: qaf(),
      owner: qaf(),
      escalation: ladderOnly,
      severity: graded,
    },
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
    enabled: false,
    basis: {
      subjects: qaf(),
      due: assumption("The QAF sets only a yearly number, no spacing: the longest wait is 365 divided by the yearly number, rounded up, and absence extends it.", "supervision.maxIntervalDays", "supervision.pauseDuringAbsence"),
      fulfilment: qaf(),
      owner: qaf(),
      escalation: ladderOnly,
      severity: graded,
    },
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
    basis: { subjects: qaf(), due: qaf(), fulfilment: qaf("supervision.agendaItems"), owner: supervisorOwns, escalation: firstRungOnly, severity: graded },
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
    basis: { subjects: qaf(), due: qaf(), fulfilment: qaf(), owner: supervisorOwns, escalation: firstRungOnly, severity: graded },
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
    basis: {
      subjects: qaf(),
      due: qaf(),
      fulfilment: reading("A URN read as the case system's: 1 to 12 digits.", "supervision.urnPattern"),
      owner: supervisorOwns,
      escalation: firstRungOnly,
      severity: graded,
    },
  },
]);
