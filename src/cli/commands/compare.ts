import { basename, resolve } from "node:path";
import { comparePolicies, type PolicyComparison, type ProgressEvent, type Tally } from "../../compare/compare-policies";
import { qafPolicy } from "../../policy/qaf-policy";
import { UsageError } from "../errors";
import { toIsoDate } from "../../node/dates";
import { evaluateParallel } from "../../node/parallel";
import { reportRejections } from "../rejections";
import { emit, type CliIo } from "../io";
import { escapeMarkdown } from "../../report/escape";
import { loadForCli, readPolicy } from "../run-evaluation";

/** The parsed options of `compare`. */
export interface CompareArgs {
  input: string | undefined;
  asOf: string | undefined;
  from: string | undefined;
  proposal: string | undefined;
  baseline: string | undefined;
  format: string;
  out: string | undefined;
  quiet: boolean;
  /** `--jobs`: threads to evaluate each policy with (1: in this thread), or `auto` (the default). */
  jobs?: number | "auto";
  /** Where the comparison reports its progress (the CLI's progress display). */
  onProgress?: (event: ProgressEvent) => void;
}

/**
 * `one-point-qaf compare`: evaluates the input under a baseline policy (the QAF's by default)
 * and a proposed one, and writes what the proposal adds, removes and changes.
 *
 * @param args - the parsed options
 * @param io - the io
 * @returns the exit code, 0 (bad usage or input throws, and `main` turns that into 2)
 */
export async function compareCommand(args: CompareArgs, io: CliIo): Promise<number> {
  if (args.format !== "json" && args.format !== "md") throw new UsageError("--format must be json or md");
  if (args.input === undefined) throw new UsageError("give a dataset file or a folder of collection files");
  if (args.asOf === undefined) throw new UsageError("--as-of <YYYY-MM-DD> is required");
  if (args.proposal === undefined) throw new UsageError("--proposal <policy.json> is required");
  const progress = (line: string): void => { if (!args.quiet) io.stderr(`${line}\n`); };
  const loaded = await loadForCli(resolve(io.cwd, args.input), io, args.quiet);
  const proposal = await readPolicy(resolve(io.cwd, args.proposal));
  const baseline = args.baseline === undefined ? qafPolicy : await readPolicy(resolve(io.cwd, args.baseline));
  const asOf = toIsoDate(args.asOf);
  const from = args.from === undefined ? undefined : toIsoDate(args.from);
  progress(`comparing as of ${asOf}`);
  const comparison = await comparePolicies(loaded.dataset, baseline, proposal, {
    asOf, ...(from === undefined ? {} : { from }), ...(args.onProgress === undefined ? {} : { onProgress: args.onProgress }),
    evaluate: (dataset, options) => evaluateParallel(dataset, { ...options, ...(args.jobs === undefined ? {} : { jobs: args.jobs }) }),
  });
  reportRejections(loaded.rejected, loaded.dataset, io);
  const names = { baseline: args.baseline === undefined ? "the default policy" : basename(args.baseline), proposal: basename(args.proposal) };
  emit(io, args.format === "json" ? JSON.stringify(comparison, null, 2) + "\n" : comparisonMarkdown(comparison, names), args.out);
  return 0;
}

const cell = (v: unknown): string => (v === undefined ? "—" : escapeMarkdown(JSON.stringify(v)));

function tallyTable(title: string, table: Record<string, Tally>): string {
  const keys = Object.keys(table).sort();
  if (keys.length === 0) return "";
  const rows = keys.map((k) => `| ${escapeMarkdown(k)} | ${table[k]?.added ?? 0} | ${table[k]?.removed ?? 0} | ${table[k]?.changed ?? 0} |`);
  return `## By ${title}\n\n| ${title} | added | removed | changed |\n|---|---|---|---|\n${rows.join("\n")}\n\n`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The title of a comparison: the two policies by id and version where those differ, else by
 * the names given (a parameter patch keeps the default policy's id and version), and what
 * differs between them.
 *
 * @param c - the comparison
 * @param names - what to call each policy when id and version are the same
 * @returns e.g. "stricter.json against the default policy (3 parameters changed)"
 */
export function comparisonTitle(c: PolicyComparison, names: { baseline: string; proposal: string }): string {
  const same = c.baseline.id === c.proposal.id && c.baseline.version === c.proposal.version;
  const [proposal, baseline] = same ? [names.proposal, names.baseline]
    : [`${c.proposal.id} ${c.proposal.version}`, `${c.baseline.id} ${c.baseline.version}`];
  const rules = c.rules.added.length + c.rules.removed.length + c.rules.changed.length;
  const what = [c.parameters.length > 0 ? plural(c.parameters.length, "parameter") : "", rules > 0 ? plural(rules, "rule") : ""]
    .filter((x) => x !== "").join(" and ");
  return `${proposal} against ${baseline} (${what === "" ? "no parameter or rule changed" : `${what} changed`})`;
}

/**
 * A Markdown summary of a comparison: the parameter and rule changes, the totals of added,
 * removed and changed obligations, breaches and escalations, and their counts per rule, team and area.
 *
 * @param c - the comparison
 * @param names - what to call each policy in the title when id and version are the same (see {@link comparisonTitle})
 * @returns the Markdown text
 */
export function comparisonMarkdown(c: PolicyComparison, names = { baseline: "the baseline", proposal: "the proposal" }): string {
  let md = `# Policy comparison: ${escapeMarkdown(comparisonTitle(c, names))}\n\n`;
  md += `Window ${c.window.from} to ${c.window.to}.\n\n## Parameter changes\n\n`;
  md += c.parameters.length === 0 ? "None.\n\n"
    : `| parameter | baseline | proposal |\n|---|---|---|\n${c.parameters.map((p) => `| ${escapeMarkdown(p.name)} | ${cell(p.before)} | ${cell(p.after)} |`).join("\n")}\n\n`;
  const r = c.rules;
  if (r.added.length + r.removed.length + r.changed.length > 0) {
    md += "## Rule changes\n\n";
    for (const [k, ids] of [["added", r.added], ["removed", r.removed], ["changed", r.changed]] as const) {
      if (ids.length > 0) md += `- ${k}: ${ids.map(escapeMarkdown).join(", ")}\n`;
    }
    md += "\n";
  }
  if (c.empty) return md + "The proposal changes no obligation, breach or escalation.\n";
  md += "## Results\n\n| | added | removed | changed |\n|---|---|---|---|\n";
  for (const [k, d] of [["obligations", c.obligations], ["breaches", c.breaches], ["escalations", c.escalations]] as const) {
    md += `| ${k} | ${d.added.length} | ${d.removed.length} | ${d.changed.length} |\n`;
  }
  md += "\n" + tallyTable("rule", c.counts.byRule) + tallyTable("team", c.counts.byTeam) + tallyTable("area", c.counts.byArea);
  const why = new Map<string, Set<string>>();
  for (const d of [c.obligations, c.breaches, c.escalations].flatMap((x) => [...x.added, ...x.removed, ...x.changed])) {
    const set = why.get(d.ruleId) ?? new Set<string>();
    for (const b of d.because) set.add(b);
    why.set(d.ruleId, set);
  }
  md += "## Why\n\n";
  for (const id of [...why.keys()].sort()) {
    const because = [...(why.get(id) ?? [])];
    md += `- ${escapeMarkdown(id)}: ${because.length === 0 ? "no differing parameter it reads (a knock-on effect)" : because.map(escapeMarkdown).join(", ")}\n`;
  }
  return md;
}
