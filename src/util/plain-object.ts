/**
 * The one test for a JSON object.
 *
 * @module
 */

/**
 * Whether a value is a JSON object: an object that is neither `null` nor a list. Its keys are
 * then readable as a record of unknown values (check `Object.hasOwn` before trusting one).
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The value at an own key of a JSON object, or `undefined` when `value` is not one or has no
 * such key of its own (so `"constructor"` or `"__proto__"` never reach the prototype).
 */
export function ownValue(value: unknown, key: string): unknown {
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}
