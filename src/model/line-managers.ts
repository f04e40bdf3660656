import type { Issue } from "../errors";
import type { Staff } from "./organisation";
import { missingMessage } from "./references";

/**
 * Rejects each staff record whose line manager is unknown or rejected, and then, in
 * turn, every record managed by a newly rejected one, down the line. Cycles whose members
 * all exist are left to the engine. Linear in the number of staff records.
 *
 * @param staff - schema-valid records by index, `undefined` where the schema failed
 * @param issues - problems found so far, by index (`undefined`: none yet); added to in place
 * @param firstIndex - index of the first record with each id
 */
export function resolveLineManagers(
  staff: readonly (Staff | undefined)[],
  issues: (Issue[] | undefined)[],
  firstIndex: ReadonlyMap<string, number>,
): void {
  const reports = new Map<number, number[]>();
  const flagged = new Uint8Array(staff.length);
  const flag = (k: number): void => {
    flagged[k] = 1;
    (issues[k] ??= []).push({ path: ["lineManagerId"], message: missingMessage("staff") });
  };
  for (let k = 0; k < staff.length; k++) {
    const m = staff[k]?.lineManagerId;
    if (m === undefined) continue;
    const j = firstIndex.get(m);
    if (j === undefined || staff[j] === undefined) {
      flag(k);
      continue;
    }
    const list = reports.get(j);
    if (list === undefined) reports.set(j, [k]);
    else list.push(k);
  }
  const queue: number[] = [];
  for (let k = 0; k < staff.length; k++) if ((issues[k]?.length ?? 0) > 0) queue.push(k);
  for (let q = 0; q < queue.length; q++) {
    for (const k of reports.get(queue[q] as number) ?? []) {
      if (flagged[k] === 1) continue;
      const wasRejected = (issues[k]?.length ?? 0) > 0;
      flag(k);
      if (!wasRejected) queue.push(k);
    }
  }
}
