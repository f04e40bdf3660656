import type { Basis } from "../model/evaluation";
import type { ParameterValues } from "./parameters";

/** What a parameter's value counts or chooses. */
export type ParameterUnit =
  | "working days" | "days" | "months" | "grade" | "times a year" | "times a quarter" | "rate"
  | "roles" | "list" | "pattern" | "switch" | "choice" | "dates" | "month of the year";

/**
 * What a parameter means, where its default comes from, and the QAF's words behind it (the
 * same metadata OpenFisca keeps for its parameters): so a council can tell Durham's numbers
 * from the library's.
 */
export interface ParameterInfo {
  /** What it sets, in one plain sentence. */
  readonly description: string;
  readonly unit: ParameterUnit;
  /** Whether the QAF states the default (`qaf`), the library reads it from words that admit more than one meaning (`reading`), or supplies it (`assumption`). */
  readonly basis: Basis;
  /** The QAF's words that state or suggest it. */
  readonly quote?: string;
  /** For a reading or an assumption: what the library chose, and the value that gives another meaning. */
  readonly note?: string;
}

/** Every parameter of the tree, by group and name: a parameter added without its information fails to compile. */
type InfoTree = { readonly [G in keyof ParameterValues]-?: { readonly [N in keyof NonNullable<ParameterValues[G]>]-?: ParameterInfo } };

/** The information of every parameter of the default policy, by group and name (`audit.qispMaxGrade`). */
export const parameterInfo: InfoTree = {
  audit: {
    qispMaxGrade: {
      description: "The highest audit grade that needs a Quality Improvement Support Plan.",
      unit: "grade", basis: "qaf",
      quote: "If an audit scores 5 or below, a copy of the Quality Improvement Support Plan should be sent to the Operations Manager",
    },
    qispWorkingDays: {
      description: "Working days after the feedback meeting by which the support plan reaches the worker's operations manager.",
      unit: "working days", basis: "qaf",
      quote: "within 5 working days of the feedback meeting",
    },
    moderationMaxLowGrade: {
      description: "The highest low grade whose audit must be moderated by the operations manager before submission.",
      unit: "grade", basis: "qaf",
      quote: "Case records/work with families which are graded 5 or below or graded 10 must be moderated by the Operations Manager prior to submission",
    },
    moderationHighGrades: {
      description: "Top grades whose audit must be moderated by the operations manager before submission.",
      unit: "list", basis: "qaf",
      quote: "graded 5 or below or graded 10 must be moderated by the Operations Manager",
    },
    feedbackWorkingDays: {
      description: "Working days after an audit is completed by which the worker has face-to-face feedback.",
      unit: "working days", basis: "assumption",
      quote: "All audit outcomes will be shared with the relevant worker and include face to face feedback",
      note: "The QAF names no deadline for feedback; the library gives 10 working days so that the duty can be checked.",
    },
    managerAuditsPerQuarter: {
      description: "Case or thematic audits each team manager, family centre team manager and operations manager completes a quarter (`audit.manager-audits`); null asks nothing.",
      unit: "times a quarter", basis: "assumption",
      quote: "each manager ... will undertake collaborative audits",
      note: "The number is set in the Children's Social Care Quality Improvement Framework, outside the QAF: null until the council sets it.",
    },
  },
  supervision: {
    perYear: {
      description: "Supervisions a year, by contract, pro rata to the days a staff member is in post and not absent.",
      unit: "times a year", basis: "qaf",
      quote: "9 times a year for full team staff and 6 times a year for part time",
    },
    maxIntervalDays: {
      description: "The longest wait between two supervisions, by contract (`supervision.interval`, off by default).",
      unit: "days", basis: "assumption",
      note: "The QAF sets only a yearly number, no spacing: 365 divided by the yearly number, rounded up.",
    },
    pauseDuringAbsence: {
      description: "Whether days of absence extend the wait between two supervisions.",
      unit: "switch", basis: "assumption",
      note: "The QAF says nothing of absence; a supervisee who is away cannot be supervised.",
    },
    agendaItems: {
      description: "The items every supervision covers.",
      unit: "list", basis: "qaf",
      quote: "Supervision should cover all elements of the supervision agenda",
    },
    urnPattern: {
      description: "What an entry under \"families having a personal impact\" must look like: a URN, digits only.",
      unit: "pattern", basis: "reading",
      quote: "Any families that are having a personal impact on you? (URN Numbers ONLY should be listed here)",
      note: "A URN is read as 1 to 12 digits, as the council's case system writes it.",
    },
  },
  pdr: {
    intervalMonths: {
      description: "Months from one Personal Development Review (or from starting) to the next.",
      unit: "months", basis: "reading",
      quote: "A PDR should take place annually",
      note: "\"Annually\" read as within twelve months of the last one.",
    },
    requiredTopics: {
      description: "What every PDR covers.",
      unit: "list", basis: "qaf",
      quote: "A PDR should take place annually",
    },
  },
  observation: {
    intervalMonths: {
      description: "Months from one practice observation (or from starting) to the next.",
      unit: "months", basis: "reading",
      quote: "All practitioners within the One Point service will receive a minimum of one observation of their practice per year.",
      note: "\"A minimum of one observation ... per year\" read as within every twelve months, like the PDR.",
    },
    observerRoles: {
      description: "The roles that observe practice: the practitioner's own team's team manager, family centre team manager or senior key worker.",
      unit: "roles", basis: "qaf",
      quote: "Observed practice is usually undertaken by the practitioners Team Manager, Senior Key Worker or Family Centre Team Manager.",
    },
  },
  survey: {
    closureReasons: {
      description: "The closure reasons at which a family is offered the closure surveys, and counted by the completion target.",
      unit: "list", basis: "qaf",
      quote: "undertaken for all families at the point of closure or step up/step down",
    },
    offerWorkingDays: {
      description: "Working days after closure by which every required survey is offered (0: on the closure date itself).",
      unit: "working days", basis: "qaf",
      quote: "at the point of closure or step up/step down",
    },
    offerPer: {
      description: "Whether the surveys are owed per family (one of each kind the family needs) or per child (one for each child of the right age).",
      unit: "choice", basis: "reading",
      quote: "Case closure service user satisfaction surveys are undertaken for all families ... Three surveys are in place",
      note: "\"family\": one parent/carer survey, one young person's if any child is 11 or over, one child's if any child is of primary school age; \"child\" gives one survey per child of the right age.",
    },
    targetRate: {
      description: "The share of closed families with a completed survey the service aims for each quarter.",
      unit: "rate", basis: "qaf",
      quote: "A target of 10% in relation to the number of families that had been closed is set for completion of surveys.",
    },
    targetScopes: {
      description: "Where the completion target is measured: the whole service, and optionally each area or team.",
      unit: "list", basis: "reading",
      quote: "A target of 10% in relation to the number of families that had been closed",
      note: "The QAF sets one service-wide target; \"area\" and \"team\" measure it locally as well.",
    },
    targetCounts: {
      description: "What the completion target counts: families with at least one completed survey, or completed surveys.",
      unit: "choice", basis: "reading",
      quote: "A target of 10% in relation to the number of families that had been closed is set for completion of surveys.",
      note: "\"families\": closed families with a completed survey; \"surveys\" counts completed surveys against the same families.",
    },
    targetGraceDays: {
      description: "Days after a quarter ends during which completed surveys still count towards its target.",
      unit: "days", basis: "assumption",
      note: "The QAF gives no cut-off; a family closed on the quarter's last day has 30 days to reply.",
    },
    ageBasis: {
      description: "How a child's school phase is read: by school year (age on the 31 August before the academic year) or by age on the closure date.",
      unit: "choice", basis: "reading",
      quote: "one for young people (secondary school aged 11 and over) and one for children (primary school aged up to 11)",
      note: "\"school-year\" reads the QAF's school phases as school years; \"age-on-date\" uses age on the closure day.",
    },
  },
  case: {
    reviewAfterMonths: {
      description: "Months a case is open, by its team's type, before it is discussed at a locality management meeting or a case clinic.",
      unit: "months", basis: "qaf",
      quote: "children and families open for 9 months(IFST team) 3 months (FCT)",
    },
    reviewWithinMonths: {
      description: "Months from the threshold (or neglect being identified, or the last discussion) by which the case is discussed again.",
      unit: "months", basis: "reading",
      quote: "Lacality management | M/o okh /",
      note: "The row's frequency is illegible in the QAF; two months is the case clinics' cadence (\"Case clinics | Bi-monthly\").",
    },
  },
  "young-carers": {
    assessmentWithinDays: {
      description: "Days from the case opening by which a young carer is assessed; null: by the case's closure.",
      unit: "days", basis: "reading",
      quote: "All YC are entitled to an assessment of their needs",
      note: "The QAF sets no deadline; null reads \"entitled to an assessment\" as due before the case closes.",
    },
    charterReviewMonths: {
      description: "Months between two reviews of the Young Carers Charter.",
      unit: "months", basis: "qaf",
      quote: "DCC have Young Carer Charter Status which is reviewed every 2 years",
    },
  },
  reports: {
    dueMonthsAfterPeriod: {
      description: "Months after a period ends by whose end its report is published.",
      unit: "months", basis: "assumption",
      note: "The QAF says how often each report is made, not when it is due: by the end of the month after the period.",
    },
  },
  quality: {
    teamPlanMonths: {
      description: "Months after which a team's Quality Improvement Plan is renewed; null: one approved plan on record suffices.",
      unit: "months", basis: "qaf",
      quote: "Each OPS team will be responsible for developing and implementing a team Quality Improvement Plan",
    },
  },
  oversight: {
    dashboardRoles: {
      description: "The roles that review the Liquid Logic dashboards every week.",
      unit: "roles", basis: "qaf",
      quote: "Team Managers are also expected to review the Liquid Logic Dashboards on a weekly basis",
    },
  },
  governance: {
    requiredAttendees: {
      description: "For each kind of meeting, the roles of which at least one active attendee is recorded (a meeting with no attendees recorded is not checked).",
      unit: "roles", basis: "reading",
      quote: "the meetings table's \"Who is involved?\" column; \"monthly performance clinic all team managers\"",
      note: "\"Who is involved?\" read as at least one of each role; a team briefing's \"All team members\" read as its team manager.",
    },
  },
  escalation: {
    levelAfterWorkingDays: {
      description: "Working days after a breach begins at which it climbs to the second and third rungs of the ladder.",
      unit: "working days", basis: "assumption",
      quote: "The meeting structure has been designed to facilitate a 'bottom-up' conversation about the quality of practice from front-line managers to the Chief Executive",
      note: "The QAF has no escalation ladder; the library climbs the line after 10 and 20 working days.",
    },
  },
  calendar: {
    closureDays: {
      description: "The council's own closure days, which are not working days (bank holidays in England and Wales never are).",
      unit: "dates", basis: "assumption",
      note: "The QAF counts working days without listing them: Monday to Friday, less bank holidays in England and Wales and these days (none by default).",
    },
  },
};

/** The information of the policy calendar's year start, which is not a parameter but decides every period. */
export const yearStartInfo: ParameterInfo = {
  description: "The month a year starts: periods (quarters, halves, two-month blocks, years) count from it.",
  unit: "month of the year", basis: "assumption",
  note: "The QAF names no year; the council's financial year, from April, is taken.",
};

/**
 * The information of a parameter by its dotted name.
 *
 * @param name - such as `audit.qispMaxGrade`
 * @returns its information, or undefined for a name the default policy has no parameter by
 * @example
 * parameterInfoOf("survey.targetRate")?.basis; // "qaf"
 */
export function parameterInfoOf(name: string): ParameterInfo | undefined {
  const [group, key, ...rest] = name.split(".");
  if (group === undefined || key === undefined || rest.length > 0 || !Object.hasOwn(parameterInfo, group)) return undefined;
  const inGroup: Readonly<Record<string, ParameterInfo>> = parameterInfo[group as keyof InfoTree];
  return Object.hasOwn(inGroup, key) ? inGroup[key] : undefined;
}
