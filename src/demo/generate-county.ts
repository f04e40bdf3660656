/**
 * `generateCounty`: a seeded, deterministic generator of a realistic, fictional One
 * Point service, with deliberate lapses so that every QAF rule has met, open and
 * breached instances. Ids only: no personal names anywhere.
 */
import { buildAudits } from "./audits";
import type { Ctx, GenerateCountyOptions } from "./context";
import { dayParts, makeDay, toDay } from "../calendar/day";
import { buildFamilies } from "./families";
import { buildGovernance } from "./governance";
import { buildMeetings, scheduleCaseClinics } from "./meetings";
import { buildOrganisation } from "./organisation";
import { buildPractice } from "./practice";
import { createRng } from "./random";
import type { DatasetInput } from "./types";
import { atIndex } from "../util/at-index";

function emptyDataset(): DatasetInput {
  return {
    areas: [],
    teams: [],
    staff: [],
    absences: [],
    lineManagement: [],
    cases: [],
    surveys: [],
    youngCarerAssessments: [],
    representations: [],
    supervisions: [],
    pdrs: [],
    observations: [],
    audits: [],
    meetings: [],
    reports: [],
    oversight: [],
    qualityImprovementPlans: [],
    iicAwards: [],
    youngCarersCharterReviews: [],
  };
}

function whole(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`generateCounty: ${name} must be an integer >= ${min}, got ${value}`);
  return value;
}

/**
 * Generates a fictional county's One Point service data: organisation (with one restructure
 * of line management, recorded in `lineManagement`), families, practice quality and
 * governance records for whole financial years ending on `endOn`.
 * The same options always give the same dataset (deeply equal), on any machine and in
 * any time zone. Records are never dated after `endOn`. Work is linear in the size.
 *
 * @param options - `seed` (2026), `areas` (4), `teamsPerArea` (5: 3 IFST, 2 FCT),
 *   `staffPerTeam` (7, give or take one), `years` (3), `endOn` ("2026-03-31").
 * @returns A JSON-compatible dataset with every collection of the dataset contract.
 * @throws RangeError when a count is not a positive integer or `endOn` is not a real date.
 * @example
 * const data = generateCounty();                    // the default demo county
 * const big = generateCounty({ areas: 40, teamsPerArea: 10, staffPerTeam: 15 });
 * const other = generateCounty({ seed: 7, endOn: "2025-03-31", years: 2 });
 */
export function generateCounty(options: GenerateCountyOptions = {}): DatasetInput {
  const seed = options.seed ?? 2026;
  const areas = whole("areas", options.areas ?? 4, 1);
  const teamsPerArea = whole("teamsPerArea", options.teamsPerArea ?? 5, 1);
  const staffPerTeam = whole("staffPerTeam", options.staffPerTeam ?? 7, 3);
  const years = whole("years", options.years ?? 3, 1);
  const end = toDay(options.endOn ?? "2026-03-31");
  const { year: y, month: m } = dayParts(end);
  const fyYear = m >= 4 ? y : y - 1;
  const fyStarts: number[] = [];
  for (let i = 0; i <= years; i++) fyStarts.push(makeDay(fyYear - years + 1 + i, 4, 1));
  const ctx: Ctx = {
    rng: createRng(seed),
    start: atIndex(fyStarts, 0),
    end,
    finalFy: makeDay(fyYear, 4, 1),
    fyStarts,
    teamsPerArea,
    staffPerTeam,
    out: emptyDataset(),
    areas: [],
    teams: [],
    staff: [],
    strategic: undefined as never,
    qim: undefined as never,
    counters: {},
  };
  buildOrganisation(ctx, areas);
  scheduleCaseClinics(ctx);
  buildFamilies(ctx);
  const buckets = buildPractice(ctx);
  buildAudits(ctx, buckets);
  buildMeetings(ctx);
  buildGovernance(ctx);
  return ctx.out;
}
