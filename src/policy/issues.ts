import type { z } from "zod/mini";
import type { Issue } from "../errors";

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns zod's issues into the library's issues, each with its full path from `prefix`. A
 * value that fits no branch of a union (a parameter neither plain nor dated) reports the
 * problems of the branch it came closest to, not a bare "invalid input".
 *
 * @param issues - zod's issues
 * @param prefix - the path of the validated value from the document's root
 * @returns the issues
 */
export function toIssues(issues: readonly ZodIssue[], prefix: (string | number)[] = []): Issue[] {
  return issues.flatMap((i) => {
    const path = [...prefix, ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    if (i.code === "invalid_union" && i.errors.length > 0) {
      const closest = [...i.errors].sort((a, b) => a.length - b.length)[0] as ZodIssue[];
      if (closest.length > 0) return toIssues(closest, path);
    }
    return [{ path, message: i.message }];
  });
}
