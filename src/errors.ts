import { escapeControl } from "./text/escape-control";

/** One problem found in an input, located by its path. */
export interface Issue {
  /** Where the problem is: object keys and array indexes from the root of the input. */
  path: (string | number)[];
  /** What is wrong, in plain English, without echoing the offending value. */
  message: string;
}

/**
 * The key, shared by every copy of the library in a process (`Symbol.for`), under which an
 * error keeps the names of its classes: the ES module and CommonJS builds are two copies,
 * and an error thrown by one is still `instanceof` the other's classes.
 */
const BRAND = Symbol.for("one-point-qaf.error");

/** The names of an error's classes, from its own up to QafError. */
function classNames(target: object): string[] {
  const names: string[] = [];
  for (let c: unknown = target; c !== Error && typeof c === "function"; c = Object.getPrototypeOf(c)) names.push(c.name);
  return names;
}

/**
 * Base class of every error this library throws on purpose. `instanceof` it (or any of its
 * subclasses) holds across the ES module and CommonJS builds loaded in one process, as
 * does {@link isQafError}.
 *
 * @example
 * try { await evaluate(data, { asOf: "2025-02-30" }); }
 * catch (e) { if (e instanceof QafError) console.error(e.code, e.issues); }
 */
export class QafError extends Error {
  /** A stable, machine-readable code for the kind of error. */
  readonly code: string;
  /** Every problem found, with its path. */
  readonly issues: Issue[];

  constructor(code: string, summary: string, issues: Issue[] = []) {
    const lines = issues.map((i) => `  - ${formatPath(i.path)}: ${i.message}`);
    super([summary, ...lines].join("\n"));
    this.name = new.target.name;
    this.code = code;
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: classNames(new.target) });
  }

  /**
   * Whether a value is an error of this class: made by this copy of the library, or by
   * another copy (the other build) whose error carries this class's name.
   *
   * @param value - anything
   * @returns true when it is
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    const names: unknown = isQafError(value) ? Reflect.get(value, BRAND) : undefined;
    return Array.isArray(names) && names.includes(this.name);
  }
}

/**
 * Whether a value is an error this library threw on purpose, from whichever build (ES module
 * or CommonJS) of whichever version threw it.
 *
 * @param value - anything caught
 * @returns true when it is a {@link QafError}, with its `code` and `issues`
 * @example
 * try { loadPolicy(text); } catch (e) { if (isQafError(e)) console.error(e.code); else throw e; }
 */
export function isQafError(value: unknown): value is QafError {
  return typeof value === "object" && value !== null && Array.isArray(Reflect.get(value, BRAND));
}

/** Thrown when the options of a call are invalid (an `asOf` that is not a real date, `from` after `asOf`). */
export class InvalidOptionsError extends QafError {
  constructor(issues: Issue[]) {
    super("invalid_options", "Invalid options: fix the following and call again.", issues);
  }
}

/** Thrown when a policy, or a patch of its parameters, is invalid. */
export class InvalidPolicyError extends QafError {
  constructor(issues: Issue[]) {
    super("invalid_policy", "Invalid policy: fix the following paths.", issues);
  }
}

/**
 * Thrown when the input of an evaluation is not a dataset at all: not an object (`null`, a
 * list, a number), an object with no collection, or one with a key that is not a
 * collection (a misspelt `Staff` or `staf`, which would otherwise leave that collection
 * silently empty). Bad *records* never throw: they are rejected one by one.
 */
export class InvalidDatasetError extends QafError {
  constructor(issues: Issue[]) {
    super("invalid_dataset", "Not a dataset: expected an object with collections such as staff, teams.", issues);
  }
}

/**
 * Formats a path for a message: `audit.qispMaxGrade`, `audits[3].grade`. Control
 * characters in a key (terminal escapes, carriage returns) are shown escaped, so a hostile
 * key cannot act on the terminal that prints the message.
 *
 * @param path - object keys and array indexes
 * @returns a dotted path, `(root)` when empty
 * @example
 * formatPath(["rules", 3, "when"]); // "rules[3].when"
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? escapeControl(p) : `.${escapeControl(p)}`))
    .join("");
}

/**
 * Where a text parser (JSON, YAML) stopped, without the text around it, which may be
 * personal data: `" at line 3, column 7"`, `" at position 120"`, or `""` when the parser
 * does not say.
 *
 * @param error - what the parser threw
 * @returns the location, to append to a message
 * @example
 * try { JSON.parse(text); } catch (e) { throw new InputError(`not valid JSON${parsedUpTo(e)}`); }
 */
export function parsedUpTo(error: unknown): string {
  const line = (error as { linePos?: { line: number; col: number }[] } | null)?.linePos?.[0];
  if (line) return ` at line ${line.line}, column ${line.col}`;
  const position = /position (\d+)/.exec(String((error as Error | null)?.message))?.[1];
  return position === undefined ? "" : ` at position ${position}`;
}
