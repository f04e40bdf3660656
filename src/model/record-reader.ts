import type * as z from "zod/mini";
import { checkOf, type Fields, type Reporter } from "./checks";
import type { CoercionNote } from "./coercions";
import { idSchema, recordDateSchema } from "./primitives";
import { isIsoDate, readDate } from "./read-date";

/** What {@link RecordReader.read} returns when it cannot vouch for a value: the schema decides. */
export const UNREAD: unique symbol = Symbol("unread");

/**
 * A record schema's fields, read without zod: a check compiled once from the schema, for the
 * records that are valid as they are (nearly all of them), and the forgiving reading of values
 * whose meaning is plain.
 */
export interface RecordReader {
  /**
   * The value as the schema parses it (defaults applied, extra fields stripped), when it is
   * valid as it is; {@link UNREAD} otherwise, or when the schema holds a part this reader does
   * not know, for the schema to decide and describe.
   */
  read(value: unknown): unknown;
  /**
   * The value with every plain coercion applied, each one noted; the value itself when none
   * applies. Never changes the value given: a record it changes is a copy.
   */
  coerce(value: unknown, note: CoercionNote): unknown;
}

type Def = {
  type: string; shape?: Record<string, z.ZodMiniType>; checks?: { _zod: { def: { check: string; value?: unknown; inclusive?: boolean } } }[];
  catchall?: unknown; innerType?: z.ZodMiniType; element?: z.ZodMiniType; entries?: Record<string, unknown>; values?: unknown[];
  options?: z.ZodMiniType[]; discriminator?: string; format?: string; defaultValue?: unknown;
};

/**
 * A compiled part of a schema: its reader, and for a value that is read as it is (a string,
 * a number, a boolean), the test of its validity as JavaScript source, which the code read
 * of an object or a list inlines.
 */
interface Part extends RecordReader {
  /** The test of a value held in the variable `x`, reading the helpers it was given by name. */
  test?: (x: string, env: Env) => string;
}

/** Values the generated code reads, by name. */
class Env {
  readonly names: string[] = [];
  readonly values: unknown[] = [];
  /** @returns the name the code reads the value by */
  add(value: unknown): string {
    const name = `h${this.names.length}`;
    this.names.push(name);
    this.values.push(value);
    return name;
  }
  /** @returns the function the body (which reads the helpers and `v`) returns, given each value */
  compile(body: string): (value: unknown) => unknown {
    const make = new Function("UNREAD", ...this.names, `return function read(v) {\n${body}\n};`) as (...values: unknown[]) => (value: unknown) => unknown;
    return make(UNREAD, ...this.values);
  }
}

/** Whether this host runs generated code (a content security policy may forbid it): if not, the schema reads every record. */
const CAN_GENERATE = ((): boolean => {
  try { return (new Function("return 1") as () => number)() === 1; } catch { return false; }
})();

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const noChecks = (def: Def): boolean => def.checks === undefined || def.checks.length === 0;
const same = (value: unknown): unknown => value;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A part the reader does not know: zod reads it. */
const OPAQUE: Part = { read: () => UNREAD, coerce: same };

/** A part read as it is when the test holds, and coerced as given. */
function leaf(test: (x: string, env: Env) => string, coerce: RecordReader["coerce"] = same): Part {
  const env = new Env();
  const read = CAN_GENERATE ? env.compile(`return (${test("v", env)}) ? v : UNREAD;`) : OPAQUE.read;
  return { test, read, coerce };
}

/** Lower case, spaces, hyphens and underscores as one hyphen: `Full time` and `FULL_TIME` are `full-time`. */
const spelling = (text: string): string => text.trim().toLowerCase().replace(/[\s_-]+/g, "-");

/** Allowed values a choice's test compares a value with one by one; past them, a set. */
const FEW_VALUES = 8;

function choice(values: readonly unknown[], field: string): Part {
  if (!values.every((v): v is string => typeof v === "string")) return OPAQUE;
  const allowed = new Set<unknown>(values);
  const bySpelling = new Map<string, string | undefined>();
  for (const v of values) bySpelling.set(spelling(v), bySpelling.has(spelling(v)) ? undefined : v); // two alike: neither
  // A few values: compared one by one (no hash of the value); more, looked up.
  const test = values.length <= FEW_VALUES
    ? (x: string): string => `(${values.map((v) => `${x} === ${JSON.stringify(v)}`).join(" || ")})`
    : (x: string, env: Env): string => `${env.add(allowed)}.has(${x})`;
  return leaf(test, (v, note) => {
    if (typeof v !== "string" || allowed.has(v)) return v;
    const read = bySpelling.get(spelling(v));
    if (read === undefined) return v;
    note(field, "case", { written: v, read });
    return read;
  });
}

const id = (field: string): Part => leaf((x) => `(typeof ${x} === "string" && ${x}.length !== 0)`, (v, note) => {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) return v;
  note(field, "numeric-id");
  return String(v);
});

const date = (field: string): Part => leaf((x, env) => `${env.add(isIsoDate)}(${x})`, (v, note) => {
  if (typeof v !== "string" || isIsoDate(v)) return v;
  const read = readDate(v);
  if (read === undefined) return v;
  note(field, read.form, { written: v, read: read.iso });
  return read.iso;
});

function integer(def: Def): Part {
  let min = Number.MIN_SAFE_INTEGER;
  let max = Number.MAX_SAFE_INTEGER;
  for (const c of def.checks ?? []) {
    const { check, value, inclusive } = c._zod.def;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || inclusive !== true) return OPAQUE;
    if (check === "greater_than") min = value;
    else if (check === "less_than") max = value;
    else return OPAQUE;
  }
  return leaf((x) => `(Number.isSafeInteger(${x}) && ${x} >= ${min} && ${x} <= ${max})`);
}

/** The source checking the value in the variable `y`, replacing it with what the part reads, returning UNREAD from the reader when the part does not read it. */
function readSource(part: Part, y: string, env: Env): string {
  if (part.test !== undefined) return `if (!(${part.test(y, env)})) return UNREAD;`;
  return `${y} = ${env.add(part.read)}(${y}); if (${y} === UNREAD) return UNREAD;`;
}

/**
 * Lists up to this long are copied by code of their own length, ending in an array literal:
 * V8 allocates a literal whole and, once it sees that what a literal makes outlives the young
 * generation (a parse's lists live as long as its records), straight into the old one. A list
 * filled item by item is always allocated young, and copied twice by the collector.
 */
const MAX_LITERAL_LENGTH = 32;

function list(element: Part): Part {
  const env = new Env();
  const byLength: ((value: unknown) => unknown)[] = [];
  const ofLength = (n: number): ((value: unknown) => unknown) => {
    const items = new Env();
    const names = Array.from({ length: n }, (_, i) => `y${i}`);
    const reads = names.map((y, i) => `let ${y} = v[${i}]; ${readSource(element, y, items)}`);
    return (byLength[n] = items.compile(`${reads.join("\n")}\nreturn [${names.join(", ")}];`));
  };
  // A longer list's copy is allocated at its length (a list object claiming a length no list has, such as a proxy, grows one).
  const read = !CAN_GENERATE || element.read === OPAQUE.read ? OPAQUE.read : env.compile(`
    if (!Array.isArray(v)) return UNREAD;
    const n = v.length;
    if (n === n >>> 0 && n <= ${MAX_LITERAL_LENGTH}) return (${env.add(byLength)}[n] ?? ${env.add(ofLength)}(n))(v);
    const out = n === n >>> 0 ? new Array(n) : [];
    for (let i = 0; i < n; i++) {
      let y = v[i];
      ${readSource(element, "y", env)}
      out[i] = y;
    }
    return out;`);
  return {
    read,
    coerce: (v, note) => {
      if (!Array.isArray(v)) return v;
      let out: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const r = element.coerce(v[i], note);
        if (r !== v[i]) (out ??= v.slice())[i] = r;
      }
      return out ?? v;
    },
  };
}

interface Field {
  key: string;
  presence: "required" | "optional" | "defaulted";
  part: Part;
  /** The default's schema, whose `defaultValue` is a fresh copy at each read. */
  fallback?: Def;
}

function field(key: string, schema: z.ZodMiniType, path: string): Field {
  const def = defOf(schema);
  if (def.type === "optional" && def.innerType !== undefined) return { key, presence: "optional", part: compile(def.innerType, path) };
  if (def.type === "default" && def.innerType !== undefined) return { key, presence: "defaulted", part: compile(def.innerType, path), fallback: def };
  return { key, presence: "required", part: compile(schema, path) };
}

/** Optional fields beyond which a schema is left to zod: each is a bit of the mask of fields a record has. */
const MAX_OPTIONAL = 30;
/** Shapes (sets of optional fields present) of one object schema built by code of their own; any more, field by field. */
const MAX_SHAPES = 64;

/**
 * The source reading field `k` of `v` into `y${k}`, as zod does; an optional field present
 * (even as `undefined`, which stays so) sets its bit of the mask `m`, and a defaulted one
 * absent takes a fresh default.
 */
function fieldSource(f: Field, k: number, bit: number, env: Env): string {
  const key = JSON.stringify(f.key);
  const y = `y${k}`;
  const take = readSource(f.part, y, env);
  if (f.presence === "required") return `let ${y} = v[${key}]; ${take}`;
  if (f.presence === "defaulted") return `let ${y} = v[${key}]; if (${y} === undefined) ${y} = ${env.add(f.fallback)}.defaultValue; else { ${take} }`;
  return `let ${y} = v[${key}]; if (${y} === undefined) { if (${key} in v) m |= ${bit}; } else { ${take} m |= ${bit}; }`;
}

/**
 * The output object of a record whose fields are read into `y0`, `y1`..., holding the
 * optional fields of the mask `m`: an object literal, so that it is allocated whole, in one
 * of code compiled per shape (the few a collection has), or field by field past
 * {@link MAX_SHAPES}. Keys in the schema's order, as zod gives them.
 */
function outputSource(fields: readonly Field[], bits: readonly number[], env: Env): string {
  const args = ["m", ...fields.map((_, k) => `y${k}`)];
  const entry = (f: Field, k: number): string => `${JSON.stringify(f.key)}: y${k}`;
  if (!bits.some((b) => b !== 0)) return `const out = { ${fields.map(entry).join(", ")} };`;
  type Make = (...values: unknown[]) => unknown;
  const make = (body: string): Make => new Function(...args, body) as Make;
  const shapes: Make[] = [];
  let built = 0;
  let byField: Make | undefined;
  const shape = (m: number): Make => {
    if (built === MAX_SHAPES) {
      return (byField ??= make(`const out = {};\n${fields.map((f, k) =>
        `${bits[k] === 0 ? "" : `if (m & ${bits[k]}) `}out[${JSON.stringify(f.key)}] = y${k};`).join("\n")}\nreturn out;`));
    }
    built++;
    const keep = fields.flatMap((f, k) => ((bits[k] ?? 0) === 0 || (m & (bits[k] ?? 0)) !== 0 ? [entry(f, k)] : []));
    return (shapes[m] = make(`return { ${keep.join(", ")} };`));
  };
  return `const out = (${env.add(shapes)}[m] ?? ${env.add(shape)}(m))(${args.join(", ")});`;
}

function object(schema: z.ZodMiniType, def: Def, prefix: string): Part {
  const check = checkOf(schema);
  if (def.catchall !== undefined || !(noChecks(def) || (check !== undefined && def.checks?.length === 1))) return OPAQUE;
  const fields = Object.entries(def.shape ?? {}).map(([key, s]) => field(key, s, `${prefix}${key}`));
  if (fields.some((f) => f.key === "__proto__" || (f.part.test === undefined && f.part.read === OPAQUE.read))) return OPAQUE;
  let optional = 0;
  const bits = fields.map((f) => (f.presence === "optional" ? 1 << optional++ : 0));
  if (optional > MAX_OPTIONAL) return OPAQUE;
  const env = new Env();
  let checkSource = "";
  if (check !== undefined) {
    let failed = false;
    const flag: Reporter = () => { failed = true; };
    const passes = (out: Fields): boolean => { failed = false; check(out, flag); return !failed; };
    checkSource = `if (!${env.add(passes)}(out)) return UNREAD;`;
  }
  const read = CAN_GENERATE ? env.compile(`
    if (typeof v !== "object" || v === null || Array.isArray(v)) return UNREAD;
    let m = 0;
    ${fields.map((f, k) => fieldSource(f, k, bits[k] ?? 0, env)).join("\n")}
    ${outputSource(fields, bits, env)}
    ${checkSource}
    return out;`) : OPAQUE.read;
  return {
    read,
    coerce: (v, note) => {
      if (!isRecord(v)) return v;
      let out: Record<string, unknown> | undefined;
      for (const f of fields) {
        if (!Object.hasOwn(v, f.key)) continue;
        const x = v[f.key];
        if (x === null) {
          Reflect.deleteProperty((out ??= { ...v }), f.key);
          note(`${prefix}${f.key}`, "null");
          continue;
        }
        const r = f.part.coerce(x, note);
        if (r !== x) (out ??= { ...v })[f.key] = r;
      }
      return out ?? v;
    },
  };
}

/** A discriminated union of objects: the option its discriminator names. */
function union(def: Def, prefix: string): Part {
  const key = def.discriminator;
  if (key === undefined) return OPAQUE;
  const options = new Map<unknown, Part>();
  for (const option of def.options ?? []) {
    const tag = defOf(option).shape?.[key];
    const tagDef = tag === undefined ? undefined : defOf(tag);
    const tags = tagDef?.type === "literal" ? tagDef.values : tagDef?.type === "enum" ? Object.values(tagDef.entries ?? {}) : undefined;
    if (tags === undefined) return OPAQUE;
    const part = compile(option, prefix.slice(0, -1));
    for (const t of tags) options.set(t, part);
  }
  const tag = choice([...options.keys()], `${prefix}${key}`);
  return {
    read: (v) => (isRecord(v) ? options.get(v[key])?.read(v) ?? UNREAD : UNREAD),
    coerce: (v, note) => {
      if (!isRecord(v)) return v;
      const t = tag.coerce(v[key], note);
      const tagged = t === v[key] ? v : { ...v, [key]: t };
      return options.get(t)?.coerce(tagged, note) ?? tagged;
    },
  };
}

function compile(schema: z.ZodMiniType, path: string): Part {
  if (schema === idSchema) return id(path);
  if (schema === recordDateSchema) return date(path);
  const def = defOf(schema);
  switch (def.type) {
    case "string": return noChecks(def) ? leaf((x) => `typeof ${x} === "string"`) : OPAQUE;
    case "boolean": return leaf((x) => `typeof ${x} === "boolean"`);
    case "number": return def.format === "safeint" ? integer(def) : OPAQUE;
    case "enum": return noChecks(def) ? choice(Object.values(def.entries ?? {}), path) : OPAQUE;
    case "literal": return noChecks(def) ? choice(def.values ?? [], path) : OPAQUE;
    case "array": return noChecks(def) && def.element !== undefined ? list(compile(def.element, `${path}[]`)) : OPAQUE;
    case "object": return object(schema, def, path === "" ? "" : `${path}.`);
    case "union": return noChecks(def) ? union(def, path === "" ? "" : `${path}.`) : OPAQUE;
    default: return OPAQUE;
  }
}

const readers = new WeakMap<z.ZodMiniType, RecordReader>();

/**
 * The reader of a record schema, compiled once from it: the same fields, kinds, defaults and
 * cross-field check (see `withChecks`). A part it does not know is left to the schema.
 *
 * @param schema - a record schema of the dataset
 * @returns its reader
 */
export function recordReader(schema: z.ZodMiniType): RecordReader {
  let reader = readers.get(schema);
  if (reader === undefined) {
    reader = compile(schema, "");
    readers.set(schema, reader);
  }
  return reader;
}
