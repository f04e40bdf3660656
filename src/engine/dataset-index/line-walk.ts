import { atIndex, atKey } from "../../util/at-index";
/**
 * The first `n` people up each line who pass a test, for everyone, in time linear in the
 * number of staff: each person's answer is built from their line manager's, memoised, so a
 * line 8,000 deep is walked once, not once per person on it. A line that comes back on itself
 * (a cycle, which is bad data) stops where it would repeat, as a walk from that person would.
 *
 * @param managerOf - a person's line manager, when there is one in the data
 * @param keep - whether a person counts
 * @param n - how many to find
 * @returns the look-up: ids nearest first
 * @example
 * const above = walkUpTheLine((id) => staff.get(id)?.lineManagerId, isActive, 3);
 * above("s1"); // ["s4", "s9", "s12"]
 */
export function walkUpTheLine(
  managerOf: (id: string) => string | undefined,
  keep: (id: string) => boolean,
  n: number,
): (id: string) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  const take = (manager: string, above: readonly string[]) =>
    keep(manager) ? [manager, ...above].slice(0, n) : above;
  /** A walk from one person, stopping where the line repeats: only for people on a cycle. */
  const walk = (id: string): string[] => {
    const found: string[] = [];
    const seen = new Set([id]);
    for (let next = managerOf(id); next !== undefined && !seen.has(next) && found.length < n; next = managerOf(next)) {
      seen.add(next);
      if (keep(next)) found.push(next);
    }
    return found;
  };
  return (id) => {
    const known = memo.get(id);
    if (known) return known;
    const path = [id];
    const onPath = new Map([[id, 0]]);
    let top: readonly string[] = [];
    let last = managerOf(id);
    for (; last !== undefined; last = managerOf(last)) {
      const memoised = memo.get(last);
      if (memoised) {
        top = take(last, memoised);
        break;
      }
      const at = onPath.get(last);
      if (at !== undefined) {
        // path[at..] is a cycle: its people get a walk of their own; those below it build on them.
        for (const member of path.slice(at)) memo.set(member, walk(member));
        path.length = at;
        top = path.length === 0 ? [] : take(last, atKey(memo, last));
        break;
      }
      onPath.set(last, path.length);
      path.push(last);
    }
    // path[k]'s manager is path[k + 1]; the last one's answer is `top` (its manager's, already taken).
    for (let k = path.length - 1; k >= 0; k--) {
      const person = atIndex(path, k);
      const above = k === path.length - 1 ? top : take(atIndex(path, k + 1), atKey(memo, atIndex(path, k + 1)));
      memo.set(person, above);
    }
    return atKey(memo, id);
  };
}
