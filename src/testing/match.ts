import { isPlainObject } from "../util/plain-object";

/** A field whose expected value differs from the actual one (dotted path inside the item). */
export interface Mismatch {
  field: string;
  expected: unknown;
  actual: unknown;
}

/**
 * Compares an item with a partial expectation: every field given must match; objects match
 * field by field (extra fields allowed), arrays element by element with the same length.
 *
 * @param expected - the partial expectation
 * @param actual - the item
 * @returns the fields that do not match; empty when it matches
 * @example
 * mismatches({ status: "overdue" }, { status: "met", dueBy: "2025-01-01" }); // [{ field: "status", ... }]
 */
export function mismatches(expected: unknown, actual: unknown, path = ""): Mismatch[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [{ field: path, expected, actual }];
    return expected.flatMap((e, i) => mismatches(e, actual[i], `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === "object") {
    if (!isPlainObject(actual)) return [{ field: path, expected, actual }];
    return Object.entries(expected).flatMap(([k, v]) =>
      mismatches(v, actual[k], path ? `${path}.${k}` : k),
    );
  }
  return Object.is(expected, actual) ? [] : [{ field: path, expected, actual }];
}
