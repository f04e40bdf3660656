/** The help text of the program (`main`) and of each command: one entry per command main.ts runs. */
export const HELP = {
  main: `one-point-qaf: check a council's export against the One Point Quality Assurance Framework.

Usage: one-point-qaf <command> [options]

Commands:
  evaluate <file|folder> --as-of <date>   obligations, breaches and escalations (json, csv, md, html, xlsx)
  due <file|folder> --as-of <date>        open obligations falling due soon, by owner
  changes <file|folder> --as-of <date> --since <evaluation.json>
                                          what changed since an earlier evaluation (md, html, csv, json)
  compare <file|folder> --as-of <date> --proposal <policy.json>
                                          what a proposed policy changes against the one in force
  scorecard <file|folder> --from <month> --to <month>
                                          the monthly performance scorecard, by team (text, csv, md, html, xlsx)
  test <scenario files|folders>           run policy tests written as scenario files
  demo                                    evaluate the demo county and write an HTML report
  schema                                  print the dataset's JSON Schema

Options: -h, --help (also after a command); -v, --version.
Every command takes --quiet: nothing on stderr but errors. evaluate, due and changes take
--basis qaf|reading|assumption: only the results resting at least that firmly on the QAF;
--verbose: every rejected record (by default each cause once); --max-rejected <n|n%>.
Run "one-point-qaf <command> --help" for a command's options. Docs: docs/cli.md in the package
(node_modules/one-point-qaf/docs/cli.md).
Exit codes: 0 ok; 1 breaches found (only with --fail-on-breach) or a scenario failed;
2 bad usage or input, or more rejected records than --strict or --max-rejected allows.
`,
  evaluate: `Usage: one-point-qaf evaluate <file|folder> --as-of <date> [options]

Evaluates a dataset: one JSON file, or a folder of per-collection files
(<collection>.json, .ndjson or .csv; see docs/cli.md for the CSV columns).

Options:
  --as-of <date>        the day of the evaluation, YYYY-MM-DD or DD/MM/YYYY (required)
  --from <date>         the window's first day (default: start of the financial year)
  --policy <file>       a policy JSON file, or a patch of the default parameters
  --format <f>          json | csv | md | html | text (a short summary) | xlsx (a workbook,
                        needs --out); default json, or text when stdout is a terminal and
                        there is no --out
  --table <t>           with --format csv: breaches (default) | obligations | basis (how
                        many results rest on each basis)
  --since <file>        with --format html: an earlier evaluation's JSON; the report gets a
                        "Changes since" section
  --out <path>          write the result to a file instead of stdout
  --jobs <n|auto>       threads to evaluate with (default auto: one thread, the fastest
                        here at every size measured; n: n threads, capped at the cores)
  --encoding <e>        auto (default: UTF-8, else Windows-1252 with a warning) | utf-8 |
                        windows-1252: the export's CSV, NDJSON and JSON text
  --basis <b>           qaf | reading | assumption (default): keep only the obligations,
                        breaches and escalations resting at least that firmly on the QAF's
                        words (qaf: it says so; reading: one reading of its words;
                        assumption: it is silent and the library supplies a value)
  --fail-on-breach      exit 1 when there is any active breach (of those --basis keeps)
  --strict              exit 2 when any record is rejected
  --verbose             every problem of every rejected record on stderr (by default each
                        cause once, with its count and a few records)
  --max-rejected <n|n%> exit 2, writing no result, when more than n records are rejected in
                        all, or (n%) when any collection loses more than n% of its records
  --quiet               nothing on stderr but errors (rejections are still in the result;
                        --strict fails on them)
  -h, --help            this help
`,
  due: `Usage: one-point-qaf due <file|folder> --as-of <date> [--within <days>] [--owner <staffId>] [options]

Lists the open obligations falling due within N days of --as-of, soonest first:
for one person and everyone under them in the line-management chain, or for all.

Options:
  --as-of <date>        the day of the evaluation (required)
  --within <days>       how many days ahead (default 14)
  --owner <staffId>     the person (a manager sees their whole line)
  --from <date>         the window's first day
  --policy <file>       a policy JSON file, or a patch of the default parameters
  --format <f>          text (default) | json | csv
  --out <path>          write to a file instead of stdout
  --jobs <n|auto>       threads to evaluate with (default auto: one thread, the fastest
                        here at every size measured; n: n threads, capped at the cores)
  --encoding <e>        auto (default: UTF-8, else Windows-1252 with a warning) | utf-8 |
                        windows-1252: the export's CSV, NDJSON and JSON text
  --basis <b>           qaf | reading | assumption (default): keep only the obligations,
                        breaches and escalations resting at least that firmly on the QAF's
                        words (qaf: it says so; reading: one reading of its words;
                        assumption: it is silent and the library supplies a value)
  --verbose             every problem of every rejected record on stderr (by default each
                        cause once, with its count and a few records)
  --max-rejected <n|n%> exit 2, writing no result, when more than n records are rejected in
                        all, or (n%) when any collection loses more than n% of its records
  --quiet               nothing on stderr but errors
  -h, --help            this help
`,
  scorecard: `Usage: one-point-qaf scorecard <file|folder> --from <YYYY-MM> --to <YYYY-MM> [options]

The QAF's monthly performance scorecard: per team (or area, or the service), rule and month
(or the rule's own period, a quarter say), the obligations due, met on time, met late and
still overdue, the on-time rate as "met on time / due", and the breaches active at the
month's end; with audit grades, check breaches and survey completion beside them. One
evaluation from the first day of --from to the last day of --to. See docs/scorecard.md.

Options:
  --from <YYYY-MM>      the first month (required)
  --to <YYYY-MM>        the last month (required)
  --by <b>              team (default) | area | service (service-level rules show only here)
  --rules <ids>         only these rules, comma-separated (e.g. supervision.frequency,pdr.annual)
  --policy <file>       a policy JSON file, or a patch of the default parameters and rule switches
  --format <f>          text (default: the worst places) | csv (one row per place, rule and
                        month) | md | html (a page with charts and a heat map) | xlsx (needs --out);
                        without --format, --out's extension decides
  --out <path>          write to a file instead of stdout
  --jobs <n|auto>       threads to evaluate with (default auto, as for evaluate; 1: this thread)
  --encoding <e>        auto (default) | utf-8 | windows-1252: the export's text files
`,
  changes: `Usage: one-point-qaf changes <file|folder> --as-of <date> --since <evaluation.json> [options]

Evaluates the dataset and reports what changed since an earlier evaluation of the same
policy (the JSON "evaluate --format json" wrote, say last week): breaches that began, were
resolved, lapsed (their subject stopped first), or are no longer reported (out of the
window, or withdrawn from the export);
escalations raised, climbed a rung or redirected; obligations that fell due or became
overdue; counted per team and per owner.

Options:
  --since <file>        the earlier evaluation's JSON (required)
  --as-of <date>        the day of this evaluation, on or after the earlier one's (required)
  --from <date>         the window's first day (default: start of the financial year)
  --policy <file>       the policy file the earlier evaluation used, if any
  --format <f>          md (default) | html | csv | json
  --out <path>          write to a file instead of stdout
  --jobs <n|auto>       threads to evaluate with (default auto: one thread, the fastest
                        here at every size measured; n: n threads, capped at the cores)
  --encoding <e>        auto (default: UTF-8, else Windows-1252 with a warning) | utf-8 |
                        windows-1252: the export's CSV, NDJSON and JSON text
  --basis <b>           qaf | reading | assumption (default): keep only the obligations,
                        breaches and escalations resting at least that firmly on the QAF's
                        words (qaf: it says so; reading: one reading of its words;
                        assumption: it is silent and the library supplies a value), in
                        this evaluation and in --since's alike
  --verbose             every problem of every rejected record on stderr (by default each
                        cause once, with its count and a few records)
  --max-rejected <n|n%> exit 2, writing no result, when more than n records are rejected in
                        all, or (n%) when any collection loses more than n% of its records
  --quiet               nothing on stderr but errors
  -h, --help            this help
`,
  compare: `Usage: one-point-qaf compare <file|folder> --as-of <date> --proposal <file> [options]

Evaluates the dataset under a baseline policy and a proposed one and reports what the
proposal changes: obligations, breaches and escalations added, removed and changed,
counted per rule, team and area, with the parameter changes that explain them.

Options:
  --as-of <date>        the day of the evaluation (required)
  --from <date>         the window's first day (default: start of the financial year)
  --proposal <file>     the proposed policy: a policy JSON file, or a patch of the default parameters (required)
  --baseline <file>     the policy to compare against, same forms (default: the QAF's own policy)
  --format <f>          json (default: the whole comparison) | md (a summary)
  --out <path>          write to a file instead of stdout
  --jobs <n|auto>       threads to evaluate each policy with (default auto, as for evaluate)
  --quiet               nothing on stderr but errors
  -h, --help            this help
`,
  test: `Usage: one-point-qaf test <file|folder> [<file|folder> ...]

Runs scenario files (policy tests as data; see docs/policy.md): each file given, and every
*.scenario.json, .yaml or .yml in each folder given. Prints one line per scenario and, under
a failing one, what differs: rule, subject, field, expected and actual. Exits 1 when any
scenario fails.

Options:
  --quiet               nothing on stderr but errors
  -h, --help            this help
`,
  demo: `Usage: one-point-qaf demo [--out <path>] [--as-of <date>] [--data <file>]

Evaluates the demo county (a fictional service, generated the same every time), prints a
summary and writes the HTML report.

Options:
  --out <path>          where to write the HTML report (default out/qaf-report.html)
  --as-of <date>        the day of the evaluation (default 2026-03-31)
  --data <file>         evaluate this dataset instead of the demo county
  --jobs <n|auto>       threads to evaluate with (default auto: one thread, the fastest
                        here at every size measured; n: n threads, capped at the cores)
  --encoding <e>        auto (default: UTF-8, else Windows-1252 with a warning) | utf-8 |
                        windows-1252: the export's CSV, NDJSON and JSON text
  --quiet               nothing on stdout or stderr but errors (the report is still written)
  -h, --help            this help
`,
  schema: `Usage: one-point-qaf schema [--out <path>]

Prints the JSON Schema (draft 2020-12) of the dataset, for tools that are not TypeScript.

Options:
  --out <path>          write to a file instead of stdout
  --quiet               nothing on stderr but errors
  -h, --help            this help
`,
} satisfies Record<string, string>;

/** The name of a command: the help has an entry for each, and main.ts a runner. */
export type CommandName = Exclude<keyof typeof HELP, "main">;
