import { dueCsv, dueText } from "../../report/due";
import { dueSoon } from "../../query/due-soon";
import { UsageError } from "../errors";
import { emit, type CliIo } from "../io";
import { runEvaluation, type RunOptions } from "../run-evaluation";

/** The parsed options of `due`. */
export interface DueArgs extends RunOptions {
  within: string;
  owner: string | undefined;
  format: string;
  out: string | undefined;
}

/**
 * `one-point-qaf due`: the open obligations falling due within `--within` days, soonest first.
 *
 * @param args - the parsed options
 * @param io - the io
 * @returns the exit code, 0
 */
export async function dueCommand(args: DueArgs, io: CliIo): Promise<number> {
  if (!/^\d+$/.test(args.within)) throw new UsageError("--within must be a whole number of days");
  if (!["text", "json", "csv"].includes(args.format)) throw new UsageError("--format must be text, json or csv");
  const { evaluation, dataset } = await runEvaluation(args, io);
  if (args.owner !== undefined && !dataset.staff.some((s) => s.id === args.owner)) {
    io.stderr(`note: no accepted staff record has id ${args.owner}\n`);
  }
  const due = dueSoon(evaluation, {
    within: Number(args.within), dataset, ...(args.owner === undefined ? {} : { owner: args.owner }),
  });
  let text: string;
  if (args.format === "json") text = JSON.stringify(due, null, 2) + "\n";
  else if (args.format === "csv") text = dueCsv(due);
  else {
    const who = args.owner === undefined ? "everyone" : `${args.owner} and their line`;
    const head = `Due from ${evaluation.asOf} within ${args.within} days, for ${who}: ${due.length}\n`;
    text = head + dueText(due);
  }
  emit(io, text, args.out);
  return 0;
}
