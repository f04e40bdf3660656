import { defineRules } from "./define-rules";
import { all } from "./conditions";

const pdrSection = "Personal Development Review";
const observationSection = "Annual Practice Observation";

const observationQuote =
  "All practitioners within the One Point service will receive a minimum of one observation of their practice per year.";
const observedByQuote =
  "Observed practice is usually undertaken by the practitioners Team Manager, Senior Key Worker or Family Centre Team Manager.";
const conductQuote =
  "The observed practice should be agreed and planned in advance and the consent of the service user secured (if required). The CYPS Practice Observation template must be used to record planning, observations and reflections and recorded on my view.";

/** Staff who have a line manager: the only ones a line-manager-owned rule applies to. */
const hasLineManager = { fact: "hasLineManager", operator: "equal", value: true };

/**
 * The rules of the QAF's "Personal Development Review" and "Annual Practice Observation"
 * sections: a PDR every year and what it covers; an observation of practice every year,
 * who observes, and how it is conducted.
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
  },
  {
    id: "observation.annual",
    kind: "cadence",
    section: observationSection,
    quote: observationQuote,
    subject: "staff",
    when: all(hasLineManager, { fact: "role", operator: "in", value: ["practitioner", "senior-key-worker"] }),
    period: "year",
    perYear: { param: "observation.perYear" },
    evidence: { collection: "observations", key: "practitionerId", date: "observedOn" },
    owner: "line-manager",
    severity: "medium",
    message: "Practitioner {subject} had {done} of the {required} practice observations due in the year {period}.",
  },
  {
    id: "observation.observer",
    kind: "check",
    section: observationSection,
    quote: observedByQuote,
    subject: "observations",
    date: "observedOn",
    assertions: [
      { test: "roleIn", field: "observerId", roles: { param: "observation.observerRoles" }, label: "the observer is not in a role that usually observes practice" },
    ],
    owner: "observer",
    severity: "low",
    message: "Observation {subject} was carried out by someone other than a team manager, senior key worker or family centre team manager, who usually observe practice.",
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
  },
]);
