import { isPlainObject } from "../util/plain-object";

/**
 * JSON text of a value with every object's keys in sorted order, so that two documents that
 * differ only in key order (a policy typed by hand, the same policy read back by
 * `parsePolicy`) give the same text.
 *
 * @param value - a JSON-serialisable value
 * @returns its canonical JSON text
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }); // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]))
      : v,
  );
}
