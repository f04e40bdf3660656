import { parseArgs } from "node:util";
import { QafError } from "../errors";
import { compareCommand } from "./commands/compare";
import { demoCommand, DEMO_AS_OF } from "./commands/demo";
import { dueCommand } from "./commands/due";
import { evaluateCommand } from "./commands/evaluate";
import { schemaCommand } from "./commands/schema";
import { testCommand } from "./commands/test";
import { InputError, UsageError } from "./errors";
import { HELP } from "./help";
import { processIo, type CliIo } from "./io";

const COMMON = { help: { type: "boolean", short: "h" }, quiet: { type: "boolean" } } as const;
const RUN = {
  ...COMMON,
  "as-of": { type: "string" }, from: { type: "string" }, policy: { type: "string" }, out: { type: "string" },
} as const;

function parse<T extends NonNullable<Parameters<typeof parseArgs>[0]>["options"]>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function onePositional(positionals: string[]): string | undefined {
  if (positionals.length > 1) throw new UsageError(`expected one file or folder, got ${positionals.length}`);
  return positionals[0];
}

async function run(command: string, rest: string[], io: CliIo): Promise<number> {
  switch (command) {
    case "evaluate": {
      const { values: v, positionals } = parse(rest, {
        ...RUN, format: { type: "string", default: "json" }, table: { type: "string", default: "breaches" },
        "fail-on-breach": { type: "boolean" }, strict: { type: "boolean" },
      });
      if (v.help === true) return help(io, "evaluate");
      return evaluateCommand({
        input: onePositional(positionals), asOf: v["as-of"], from: v.from, policy: v.policy, format: v.format,
        table: v.table, out: v.out, failOnBreach: v["fail-on-breach"] === true, strict: v.strict === true, quiet: v.quiet === true,
      }, io);
    }
    case "due": {
      const { values: v, positionals } = parse(rest, {
        ...RUN, within: { type: "string", default: "14" }, owner: { type: "string" }, format: { type: "string", default: "text" },
      });
      if (v.help === true) return help(io, "due");
      return dueCommand({
        input: onePositional(positionals), asOf: v["as-of"], from: v.from, policy: v.policy, within: v.within,
        owner: v.owner, format: v.format, out: v.out, quiet: v.quiet === true,
      }, io);
    }
    case "compare": {
      const { values: v, positionals } = parse(rest, {
        ...COMMON, "as-of": { type: "string" }, from: { type: "string" }, proposal: { type: "string" },
        baseline: { type: "string" }, out: { type: "string" }, format: { type: "string", default: "json" },
      });
      if (v.help === true) return help(io, "compare");
      return compareCommand({
        input: onePositional(positionals), asOf: v["as-of"], from: v.from, proposal: v.proposal, baseline: v.baseline,
        format: v.format, out: v.out, quiet: v.quiet === true,
      }, io);
    }
    case "demo": {
      const { values: v, positionals } = parse(rest, {
        ...COMMON, out: { type: "string", default: "out/qaf-report.html" }, "as-of": { type: "string", default: DEMO_AS_OF },
        data: { type: "string" },
      });
      if (v.help === true) return help(io, "demo");
      if (positionals.length > 0) throw new UsageError("demo takes no file; use --data <file>");
      return demoCommand({ out: v.out, asOf: v["as-of"], data: v.data, quiet: v.quiet === true }, io);
    }
    case "schema": {
      const { values: v, positionals } = parse(rest, { help: COMMON.help, out: { type: "string" } });
      if (v.help === true) return help(io, "schema");
      if (positionals.length > 0) throw new UsageError("schema takes no file");
      return schemaCommand({ out: v.out }, io);
    }
    case "test": {
      const { values: v, positionals } = parse(rest, { help: COMMON.help });
      if (v.help === true) return help(io, "test");
      return testCommand({ paths: positionals }, io);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function help(io: CliIo, topic: keyof typeof HELP): number {
  io.stdout(HELP[topic]);
  return 0;
}

/**
 * The command line, callable in-process: runs one command and returns its exit code
 * (0 ok; 1 active breaches with `--fail-on-breach`, or a failed scenario; 2 bad usage or input). Results go to
 * `io.stdout`, everything else to `io.stderr`. Never calls `process.exit`.
 *
 * @param argv - the arguments after the program name, e.g. `["evaluate", "data/", "--as-of", "2025-03-31"]`
 * @param io - where to write; the process's streams by default
 * @returns the exit code
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    if (command === undefined) {
      io.stderr(HELP.main);
      return 2;
    }
    return help(io, "main");
  }
  try {
    return await run(command, rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`one-point-qaf: ${e.message}\nRun "one-point-qaf ${command in HELP ? `${command} ` : ""}--help" for usage.\n`);
      return 2;
    }
    if (e instanceof InputError || e instanceof QafError) {
      io.stderr(`one-point-qaf: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
