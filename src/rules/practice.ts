import { defineRules } from "./define-rules";
import { all } from "./conditions";
import { assumption, firstRungOnly, graded, ladderOnly, neverEscalated, qaf, reading } from "./basis";

const pdrSection = "Personal Development Review";
const observationSection = "Annual Practice Observation";

const observationQuote =
  "All practitioners within the One Point service will receive a minimum of one observation of their practice per year.";
const observedByQuote =
  "Observed practice is usually undertaken by the practitioners Team Manager, Senior Key Worker or Family Centre Team Manager.";
const conductQuote =
  "The observed practice should be agreed and planned in advance and the consent of the service user secured (if required). The CYPS Practice Observation template must be used to record planning, observations and reflections and recorded on my view.";

/** Staff who have a line manager: the only ones a line-manager-owned rule applies to. */
const hasLineManager = { fact: "hasLineManager", operator: "equal", value: true } as const;

/**
 * The rules of the QAF's "Personal Development Review" and "Annual Practice Observation"
 * sections: a PDR every year and what it covers; an observation of practice within every
 * twelve months, who observes, and how it is conducted.
 */
export const practiceRules = defineRules([
  {
    id: "pdr.annual",
    kind: "deadline-chain",
    section: pdrSection,
    quote: "A PDR should take place annually",
    subject: "staff",
    when: all(hasLineManager),
    start: { date: "startedOn" },
    interval: { months: { param: "pdr.intervalMonths" } },
    events: { collection: "pdrs", key: "staffId", date: "heldOn" },
    endsOn: "leftOn",
    owner: "line-manager",
    severity: "medium",
    message: "Staff member {subject} was due a Personal Development Review by {dueBy}.",
    basis: {
      subjects: reading("\"All OPS practitioners and managers\": every staff member who has a line manager (the top of the service has no one to review them)."),
      due: reading("\"Annually\" read as within twelve months of the last review, the first within twelve months of starting.", "pdr.intervalMonths"),
      fulfilment: qaf(),
      owner: qaf(),
      escalation: ladderOnly,
      severity: graded,
    },
  },
  {
    id: "pdr.content",
    kind: "check",
    section: pdrSection,
    quote: "Both the manager and the worker should prepare in advance of the meeting.",
    subject: "pdrs",
    date: "heldOn",
    assertions: [
      { test: "includesAll", field: "covered", values: { param: "pdr.requiredTopics" }, label: "not every required topic was covered" },
      { test: "isTrue", field: "preparedByManager", label: "the manager did not prepare in advance" },
      { test: "isTrue", field: "preparedByWorker", label: "the worker did not prepare in advance" },
    ],
    owner: "reviewer",
    severity: "low",
    message: "Personal Development Review {subject} fell short: {failures}.",
    basis: {
      subjects: qaf(),
      due: qaf(),
      fulfilment: qaf("pdr.requiredTopics"),
      owner: reading("The QAF asks the manager and the worker to prepare; the reviewer who held the PDR sees to it."),
      escalation: firstRungOnly,
      severity: graded,
    },
  },
  {
    id: "observation.annual",
    kind: "deadline-chain",
    section: observationSection,
    quote: observationQuote,
    subject: "staff",
    when: all(hasLineManager, { fact: "role", operator: "in", value: ["practitioner", "senior-key-worker"] }),
    start: { date: "startedOn" },
    interval: { months: { param: "observation.intervalMonths" } },
    events: { collection: "observations", key: "practitionerId", date: "observedOn" },
    endsOn: "leftOn",
    owner: "line-manager",
    severity: "medium",
    message: "Practitioner {subject} was due an observation of their practice by {dueBy}.",
    basis: {
      subjects: reading("\"All practitioners\": practitioners and senior key workers who have a line manager."),
      due: reading("\"A minimum of one observation ... per year\" read as within every twelve months, the first within twelve months of starting, like the PDR.", "observation.intervalMonths"),
      fulfilment: qaf(),
      owner: reading("The QAF names who usually observes, not who sees that it happens: the practitioner's line manager."),
      escalation: ladderOnly,
      severity: graded,
    },
  },
  {
    id: "observation.observer",
    kind: "check",
    section: observationSection,
    quote: observedByQuote,
    subject: "observations",
    date: "observedOn",
    assertions: [
      {
        test: "roleInTeamOf", field: "observerId", of: "practitionerId", roles: { param: "observation.observerRoles" },
        label: "the observer is not the practitioner's own team manager, senior key worker or family centre team manager",
      },
    ],
    owner: "observer",
    severity: "low",
    ladder: "none",
    message: "Observation {subject} was carried out by someone other than the practitioner's own team manager, senior key worker or family centre team manager, who usually observe practice.",
    basis: {
      subjects: qaf(),
      due: qaf(),
      fulfilment: reading("\"The practitioners Team Manager, Senior Key Worker or Family Centre Team Manager\" read as of the practitioner's own team, in post on the day of the observation.", "observation.observerRoles"),
      owner: assumption("The QAF says who usually observes, not who answers for it: the observer."),
      escalation: neverEscalated,
      severity: reading("Permissive wording (\"usually\"): low, and never climbs."),
    },
  },
  {
    id: "observation.conduct",
    kind: "check",
    section: observationSection,
    quote: conductQuote,
    subject: "observations",
    date: "observedOn",
    assertions: [
      { test: "isTrue", field: "plannedInAdvance", label: "it was not planned in advance" },
      { test: "notEqual", field: "consent", value: "not-secured", label: "the service user's consent was not secured" },
      { test: "isTrue", field: "templateUsed", label: "the CYPS Practice Observation template was not used" },
      { test: "isTrue", field: "recorded", label: "it was not recorded" },
    ],
    owner: "observer",
    severity: "medium",
    message: "Observation {subject} fell short: {failures}.",
    basis: {
      subjects: qaf(),
      due: qaf(),
      fulfilment: qaf(),
      owner: assumption("The QAF says how an observation is conducted, not who answers for it: the observer."),
      escalation: firstRungOnly,
      severity: graded,
    },
  },
]);
