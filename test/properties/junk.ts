/**
 * Junk records to mix into a valid dataset: values that are not records, records with a
 * required field missing or of the wrong type, and records whose reference points at
 * nothing. Each junk record is certainly invalid, has a fresh id (or none) and is referred
 * to by nothing, so it must be rejected and change nothing else.
 */
import fc from "fast-check";
import { COLLECTIONS } from "../../src/model";
import type { CollectionName } from "../../src/model";
import type { Data, Rec } from "./arbitraries";
import { int, pick, type Gen } from "./generators";

const REQUIRED: Record<CollectionName, string[]> = {
  areas: ["id"],
  teams: ["id", "areaId", "type"],
  staff: ["id", "role", "contract", "startedOn"],
  absences: ["staffId", "from", "to"],
  lineManagement: ["id", "staffId", "lineManagerId", "from"],
  cases: ["id", "teamId", "keyWorkerId", "openedOn", "children"],
  surveys: ["id", "caseId", "instrument", "offeredOn"],
  youngCarerAssessments: ["id", "caseId", "childId", "assessedOn", "youngCarerInvolved", "parentInvolved"],
  representations: ["id", "kind", "receivedOn", "teamId"],
  supervisions: ["id", "superviseeId", "supervisorId", "heldOn", "agenda", "reflection", "personalImpactUrns"],
  pdrs: ["id", "staffId", "reviewerId", "heldOn", "covered", "preparedByManager", "preparedByWorker"],
  observations: ["id", "practitionerId", "observerId", "observedOn", "plannedInAdvance", "consent", "templateUsed", "recorded"],
  audits: ["id", "kind", "auditorId", "workerId", "completedOn"],
  meetings: ["id", "kind", "heldOn", "scope"],
  reports: ["id", "kind", "period", "publishedOn", "sharedWith"],
  oversight: ["staffId", "activity", "on"],
  qualityImprovementPlans: ["id", "teamId", "approvedOn"],
  iicAwards: ["id", "areaId", "achievedOn"],
  youngCarersCharterReviews: ["id", "reviewedOn"],
};

/** Reference fields that can be pointed at nothing. */
const REFERENCES: Partial<Record<CollectionName, string[]>> = {
  teams: ["areaId"], staff: ["lineManagerId", "teamId"], absences: ["staffId"],
  lineManagement: ["staffId", "lineManagerId"], cases: ["teamId", "keyWorkerId"],
  surveys: ["caseId"], youngCarerAssessments: ["caseId", "childId"], representations: ["teamId"],
  supervisions: ["superviseeId", "supervisorId"], pdrs: ["staffId", "reviewerId"],
  observations: ["practitionerId", "observerId"], audits: ["auditorId", "workerId"], oversight: ["staffId"],
  qualityImprovementPlans: ["teamId"], iicAwards: ["areaId"],
};

const NOT_RECORDS: unknown[] = [null, 42, "a string", true, [], [1, 2], 0];

function junkRecord(g: Gen, name: CollectionName, template: Rec | undefined, n: number): unknown {
  const refs = REFERENCES[name] ?? [];
  const modes = template === undefined ? ["not-a-record"] : ["not-a-record", "missing", "wrong-type", ...(refs.length > 0 ? ["dangling"] : [])];
  const mode = pick(g, modes);
  if (mode === "not-a-record" || template === undefined) return pick(g, NOT_RECORDS);
  const field = pick(g, mode === "dangling" ? refs : REQUIRED[name]);
  const copy: Rec = Object.fromEntries(
    Object.entries({ ...template, id: `junk-${name}-${n}` }).filter(([key]) => mode !== "missing" || key !== field),
  );
  if (Array.isArray(copy["children"])) {
    copy["children"] = (copy["children"] as Rec[]).map((c, k) => ({ ...c, id: `junk-child-${n}-${k}` }));
  }
  if (mode === "wrong-type") copy[field] = 123.45; // no field reads a fraction: not even an id, which may be a whole number
  if (mode === "dangling") copy[field] = `ghost-${n}`;
  return copy;
}

/** A dataset with junk mixed in, and where the junk went. */
export interface Mixed {
  data: Record<string, unknown[]>;
  /** Per collection, the indexes of the junk records in the mixed collection. */
  junk: Record<string, number[]>;
}

/**
 * Mixes junk records into each collection of a valid dataset, at generated positions.
 *
 * @param data - a valid dataset
 * @returns an arbitrary of the mixed dataset
 */
export function withJunk(data: Data): fc.Arbitrary<Mixed> {
  return fc.gen().map((g) => {
    const out: Mixed = { data: {}, junk: {} };
    let n = 0;
    for (const name of COLLECTIONS) {
      const list: unknown[] = [...data[name]];
      const at: number[] = [];
      for (let k = 0, count = int(g, 0, 2); k < count; k++) {
        const template = data[name].length > 0 ? pick(g, data[name]) : undefined;
        const index = int(g, 0, list.length);
        list.splice(index, 0, junkRecord(g, name, template, n++));
        for (let j = 0; j < at.length; j++) if ((at[j] as number) >= index) at[j] = (at[j] as number) + 1;
        at.push(index);
      }
      out.data[name] = list;
      out.junk[name] = at.sort((a, b) => a - b);
    }
    return out;
  });
}
