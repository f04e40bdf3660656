import { parseArgs, type ParseArgsConfig } from "node:util";
import { version } from "../../package.json";
import { QafError } from "../errors";
import type { Basis } from "../model/evaluation";
import type { Encoding } from "../node/decode";
import { WorkerFailedError } from "../node/errors";
import { BASES } from "../policy/basis";
import { didYouMean } from "../text/did-you-mean";
import { changesCommand } from "./commands/changes";
import { compareCommand } from "./commands/compare";
import { demoCommand, DEMO_AS_OF } from "./commands/demo";
import { dueCommand } from "./commands/due";
import { evaluateCommand } from "./commands/evaluate";
import { schemaCommand } from "./commands/schema";
import { scorecardCommand } from "./commands/scorecard";
import { testCommand } from "./commands/test";
import { CommandFailure, InputError, UsageError } from "./errors";
import { maxRejectedOption } from "./rejections";
import { refuseOutOverInput } from "./write-out";
import { HELP, type CommandName } from "./help";
import { processIo, type CliIo } from "./io";
import { startSession, type Session } from "./session";
import { escapeControlKeepingLines } from "../text/escape-control";

/** The package's version, as `--version` prints it. */
export const VERSION: string = version;

const COMMON = { help: { type: "boolean", short: "h" }, quiet: { type: "boolean" } } as const;
const RUN = {
  ...COMMON,
  "as-of": { type: "string" }, from: { type: "string" }, policy: { type: "string" }, out: { type: "string" },
  jobs: { type: "string" }, encoding: { type: "string" }, basis: { type: "string" },
  verbose: { type: "boolean" }, "max-rejected": { type: "string" },
} as const;
const ENCODINGS: readonly Encoding[] = ["auto", "utf-8", "windows-1252"];

type Options = NonNullable<ParseArgsConfig["options"]>;

function parse<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(optionProblem(e as Error & { code?: string }, options));
  }
}

/**
 * Says what is wrong with the options in words, with the nearest option for a typo,
 * instead of the parser's message.
 */
function optionProblem(error: Error & { code?: string }, options: Options): string {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (unknown !== undefined) {
    const guess = didYouMean(unknown.replace(/=.*$/, ""), Object.keys(options).map((name) => `--${name}`));
    return `unknown option "${unknown}"${guess === undefined ? "" : `: did you mean "${guess}"?`}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(error.message)?.[1];
  if (missing !== undefined) return `${missing} needs a value`;
  const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(error.message)?.[1];
  if (ambiguous !== undefined) return `${ambiguous} needs a value (write ${ambiguous}=<value> for one starting with a dash)`;
  const flag = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(error.message)?.[1];
  if (flag !== undefined) return `${flag} takes no value`;
  return error.message;
}

/**
 * Reads `--jobs`: `auto` (the default: one thread for a small export, else every core that
 * memory allows, see `autoJobs`) or a whole number of 1 or more (capped at the cores
 * available when the workers start).
 *
 * @param value - the option's text
 * @returns the number of jobs, or `"auto"`
 */
function jobsOption(value: string | undefined): number | "auto" {
  if (value === undefined || value === "auto") return "auto";
  const jobs = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(jobs) || jobs < 1) {
    throw new UsageError("--jobs must be auto or a whole number of 1 or more, such as 4 (1 evaluates in this thread alone; auto, the default, uses threads only where they are faster)");
  }
  return jobs;
}

/**
 * Reads `--encoding`: `auto`, `utf-8` or `windows-1252`.
 *
 * @param value - the option's text
 * @returns the encoding, or undefined for the default (`auto`)
 */
function encodingOption(value: string | undefined): Encoding | undefined {
  if (value === undefined) return undefined;
  const encoding = ENCODINGS.find((e) => e === value.toLowerCase());
  if (encoding === undefined) throw new UsageError("--encoding must be auto, utf-8 or windows-1252");
  return encoding;
}

/**
 * Reads `--basis`: `qaf`, `reading` or `assumption`, the weakest footing of the results to keep.
 *
 * @param value - the option's text
 * @returns the basis, or undefined for the default (every result)
 */
function basisOption(value: string | undefined): Basis | undefined {
  if (value === undefined) return undefined;
  const basis = BASES.find((b) => b === value.toLowerCase());
  if (basis !== undefined) return basis;
  const guess = didYouMean(value, BASES);
  throw new UsageError(`--basis must be ${BASES.slice(0, -1).join(", ")} or ${BASES.at(-1) ?? ""} (firmest to weakest)` +
    `${guess === undefined ? "" : `: did you mean "${guess}"?`}`);
}

/** The options every evaluating command shares, read from the parsed values. */
function runOptions(v: {
  "as-of"?: string | undefined; from?: string | undefined; policy?: string | undefined; quiet?: boolean | undefined;
  jobs?: string | undefined; encoding?: string | undefined; basis?: string | undefined;
  verbose?: boolean | undefined; "max-rejected"?: string | undefined;
}, positionals: string[]) {
  const jobs = jobsOption(v.jobs);
  const encoding = encodingOption(v.encoding);
  const basis = basisOption(v.basis);
  const maxRejected = maxRejectedOption(v["max-rejected"]);
  return {
    input: onePositional(positionals), asOf: v["as-of"], from: v.from, policy: v.policy, quiet: v.quiet === true,
    jobs, ...(encoding === undefined ? {} : { encoding }),
    ...(basis === undefined ? {} : { basis }),
    verbose: v.verbose === true, ...(maxRejected === undefined ? {} : { maxRejected }),
  };
}

function onePositional(positionals: string[]): string | undefined {
  if (positionals.length > 1) throw new UsageError(`expected one file or folder, got ${positionals.length}`);
  return positionals[0];
}

/** Runs a command in its session, erasing the progress bar however it ends. */
async function inSession(io: CliIo, quiet: boolean | undefined, command: (s: Session) => Promise<number> | number): Promise<number> {
  const session = startSession(io, quiet === true);
  try {
    return await command(session);
  } finally {
    session.end();
  }
}

/** How a command reads its arguments and runs; it returns the exit code. */
type Runner = (rest: string[], io: CliIo) => Promise<number> | number;

/** The commands, in the order the help lists them: the one list of what `main` can run. */
const COMMANDS: Record<CommandName, Runner> = {
  evaluate: (rest, io) => {
    const { values: v, positionals } = parse(rest, {
      ...RUN, format: { type: "string" }, table: { type: "string", default: "breaches" },
      "fail-on-breach": { type: "boolean" }, strict: { type: "boolean" }, since: { type: "string" },
    });
    if (v.help === true) return help(io, "evaluate");
    const options = runOptions(v, positionals);
    refuseOutOverInput(io.cwd, v.out, [options.input, options.policy, v.since]);
    return inSession(io, v.quiet, (s) => evaluateCommand({
      ...options, format: v.format, table: v.table, out: v.out, since: v.since,
      failOnBreach: v["fail-on-breach"] === true, strict: v.strict === true, onProgress: s.onProgress,
    }, s.io));
  },
  due: (rest, io) => {
    const { values: v, positionals } = parse(rest, {
      ...RUN, within: { type: "string", default: "14" }, owner: { type: "string" }, format: { type: "string", default: "text" },
    });
    if (v.help === true) return help(io, "due");
    const options = runOptions(v, positionals);
    refuseOutOverInput(io.cwd, v.out, [options.input, options.policy]);
    return inSession(io, v.quiet, (s) => dueCommand({
      ...options, within: v.within, owner: v.owner, format: v.format, out: v.out, onProgress: s.onProgress,
    }, s.io));
  },
  changes: (rest, io) => {
    const { values: v, positionals } = parse(rest, { ...RUN, since: { type: "string" }, format: { type: "string", default: "md" } });
    if (v.help === true) return help(io, "changes");
    const options = runOptions(v, positionals);
    refuseOutOverInput(io.cwd, v.out, [options.input, options.policy, v.since]);
    return inSession(io, v.quiet, (s) => changesCommand({
      ...options, since: v.since, format: v.format, out: v.out, onProgress: s.onProgress,
    }, s.io));
  },
  compare: (rest, io) => {
    const { values: v, positionals } = parse(rest, {
      ...COMMON, "as-of": { type: "string" }, from: { type: "string" }, proposal: { type: "string" },
      baseline: { type: "string" }, out: { type: "string" }, format: { type: "string", default: "json" }, jobs: { type: "string" },
    });
    if (v.help === true) return help(io, "compare");
    const jobs = jobsOption(v.jobs);
    refuseOutOverInput(io.cwd, v.out, [positionals[0], v.proposal, v.baseline]);
    return inSession(io, v.quiet, (s) => compareCommand({
      input: onePositional(positionals), asOf: v["as-of"], from: v.from, proposal: v.proposal, baseline: v.baseline,
      format: v.format, out: v.out, quiet: v.quiet === true, onProgress: s.onProgress, jobs,
    }, s.io));
  },
  scorecard: (rest, io) => {
    const { values: v, positionals } = parse(rest, {
      ...COMMON, from: { type: "string" }, to: { type: "string" }, by: { type: "string", default: "team" }, rules: { type: "string" },
      policy: { type: "string" }, format: { type: "string" }, out: { type: "string" }, jobs: { type: "string" }, encoding: { type: "string" },
    });
    if (v.help === true) return help(io, "scorecard");
    const jobs = jobsOption(v.jobs);
    const encoding = encodingOption(v.encoding);
    return inSession(io, v.quiet, (s) => scorecardCommand({
      input: onePositional(positionals), from: v.from, to: v.to, by: v.by, rules: v.rules, policy: v.policy,
      format: v.format, out: v.out, quiet: v.quiet === true, onProgress: s.onProgress,
      ...(jobs === undefined ? {} : { jobs }), ...(encoding === undefined ? {} : { encoding }),
    }, s.io));
  },
  test: (rest, io) => {
    const { values: v, positionals } = parse(rest, COMMON);
    if (v.help === true) return help(io, "test");
    return inSession(io, v.quiet, (s) => testCommand({ paths: positionals }, s.io));
  },
  demo: (rest, io) => {
    const { values: v, positionals } = parse(rest, {
      ...COMMON, out: { type: "string", default: "out/qaf-report.html" }, "as-of": { type: "string", default: DEMO_AS_OF },
      data: { type: "string" }, jobs: { type: "string" }, encoding: { type: "string" },
    });
    if (v.help === true) return help(io, "demo");
    if (positionals.length > 0) throw new UsageError("demo takes no file; use --data <file>");
    refuseOutOverInput(io.cwd, v.out, [v.data]);
    const jobs = jobsOption(v.jobs);
    const encoding = encodingOption(v.encoding);
    return inSession(io, v.quiet, (s) => demoCommand({
      out: v.out, asOf: v["as-of"], data: v.data, quiet: v.quiet === true, onProgress: s.onProgress,
      jobs, ...(encoding === undefined ? {} : { encoding }),
    }, s.io));
  },
  schema: (rest, io) => {
    const { values: v, positionals } = parse(rest, { ...COMMON, out: { type: "string" } });
    if (v.help === true) return help(io, "schema");
    if (positionals.length > 0) throw new UsageError("schema takes no file");
    return inSession(io, v.quiet, (s) => schemaCommand({ out: v.out }, s.io));
  },
};

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

async function run(command: string, rest: string[], io: CliIo): Promise<number> {
  if (isCommand(command)) return COMMANDS[command](rest, io);
  const guess = didYouMean(command, [...Object.keys(COMMANDS), "--help", "--version"]);
  throw new UsageError(`unknown command "${command}"${guess === undefined ? "" : `: did you mean "${guess}"?`}`);
}

function help(io: CliIo, topic: keyof typeof HELP): number {
  io.stdout(HELP[topic]);
  return 0;
}

/**
 * The command line, callable in-process: runs one command and returns its exit code
 * (0 ok; 1 active breaches with `--fail-on-breach`, or a failed scenario; 2 bad usage or input;
 * 3 a worker thread failed). Results go to
 * `io.stdout`, everything else to `io.stderr`, control characters shown escaped; with
 * `--quiet`, only errors. Never calls `process.exit`.
 *
 * @param argv - the arguments after the program name, e.g. `["evaluate", "data/", "--as-of", "2025-03-31"]`
 * @param io - where to write; the process's streams by default
 * @returns the exit code
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(HELP.main);
    return 2;
  }
  if (command === "--help" || command === "-h" || command === "help") return help(io, "main");
  if (command === "--version" || command === "-v") {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const error = (text: string): void => io.stderr(escapeControlKeepingLines(`one-point-qaf: ${text}\n`));
  try {
    return await run(command, rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      error(`${e.message}\nRun "one-point-qaf ${isCommand(command) ? `${command} ` : ""}--help" for usage.`);
      return 2;
    }
    if (e instanceof CommandFailure) {
      error(e.message);
      return e.exitCode;
    }
    if (e instanceof WorkerFailedError) {
      error(e.message);
      return 3;
    }
    if (e instanceof InputError || e instanceof QafError) {
      error(e.message);
      return 2;
    }
    throw e;
  }
}
