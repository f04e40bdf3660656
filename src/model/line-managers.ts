import type { Issue } from "../errors";
import { escapeControl } from "../text/escape-control";
import type { Staff } from "./organisation";
import { missingMessage } from "./references";
import { atIndex } from "../util/at-index";

/** How many ids a cycle's message names before it says how many more there are. */
const NAMED_IN_CYCLE = 8;

/**
 * Rejects each staff record whose line manager is not in the export, and each record in a
 * line management cycle (a manager of themself, A managing B managing A), with the cycle
 * named by its staff ids. A record managed by a rejected one is kept: rejection never
 * cascades down the line (the engine reads its manager as unknown). Cycles are found among
 * the schema-valid records, whatever else is wrong with them. Linear in the number of staff
 * records.
 *
 * @param staff - schema-valid records by index, `undefined` where the schema failed
 * @param issues - problems found so far, by index (`undefined`: none yet); added to in place
 * @param firstIndex - index of the first record with each id
 */
export function resolveLineManagers(
  staff: readonly (Staff | undefined)[],
  issues: (Issue[] | undefined)[],
  firstIndex: Pick<ReadonlyMap<string, number>, "get">,
): void {
  const manager = new Int32Array(staff.length).fill(-1);
  for (let k = 0; k < staff.length; k++) {
    const m = staff[k]?.lineManagerId;
    if (m === undefined) continue;
    const j = firstIndex.get(m);
    if (j === undefined) (issues[k] ??= []).push({ path: ["lineManagerId"], message: missingMessage("staff", m) });
    else if (staff[j] !== undefined) manager[k] = j;
  }
  for (const cycle of cyclesOf(manager)) {
    const message = cycleMessage(cycle.map((k) => atIndex(staff, k).id));
    for (const k of cycle) (issues[k] ??= []).push({ path: ["lineManagerId"], message });
  }
}

/**
 * The cycles of a "managed by" graph, each as the indexes of its members in line order
 * (each managed by the next, the last by the first). Every record has at most one manager,
 * so one walk per record, stopping at anything already walked, finds them all in linear time.
 */
function cyclesOf(manager: Int32Array): number[][] {
  const walk = new Int32Array(manager.length); // 0: not walked yet; else the walk that reached it
  const cycles: number[][] = [];
  for (let start = 0; start < manager.length; start++) {
    if (walk[start] !== 0) continue;
    const stamp = start + 1;
    let k = start;
    while (k >= 0 && walk[k] === 0) {
      walk[k] = stamp;
      k = atIndex(manager, k);
    }
    if (k < 0 || walk[k] !== stamp) continue;
    const cycle = [k];
    for (let m = atIndex(manager, k); m !== k; m = atIndex(manager, m)) cycle.push(m);
    cycles.push(cycle);
  }
  return cycles;
}

/**
 * The message for a record in a line management cycle, naming the cycle by its staff ids in
 * line order (each managed by the next), at most a few of them, control characters escaped:
 * `is in a line management cycle, where no one has a manager outside it: s1 → s2 → s1`.
 *
 * @param ids - the staff ids of the cycle, in line order
 * @param on - the day the cycle is found on (`YYYY-MM-DD`), when it holds only on some days
 * @returns the message
 * @example
 * cycleMessage(["s1", "s2"], "2024-05-01"); // "is in a line management cycle on 2024-05-01, where …: s1 → s2 → s1"
 */
export function cycleMessage(ids: readonly string[], on?: string): string {
  const named = ids.slice(0, NAMED_IN_CYCLE).map(escapeControl);
  const line = ids.length <= NAMED_IN_CYCLE ? [...named, named[0]].join(" → ") : `${named.join(" → ")} → … (${ids.length} staff in all)`;
  const when = on === undefined ? "" : ` on ${on}`;
  return `is in a line management cycle${when}, where no one has a manager outside it: ${line}`;
}
