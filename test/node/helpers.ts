import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CSV_EXPORT } from "../cli/helpers";

export { cli, exportCopy, CSV_EXPORT } from "../cli/helpers";

/** The CSV export's files, as text, by file name. */
export function exportFiles(): Map<string, string> {
  return new Map(readdirSync(CSV_EXPORT).map((f) => [f, readFileSync(join(CSV_EXPORT, f), "utf8")]));
}

/** The CSV export's rows of one file, split into cells (the sample has no quoted fields). */
export function exportRows(file: string): string[][] {
  return (exportFiles().get(file) ?? "").trim().split("\n").map((l) => l.split(","));
}

/** What the CLI said on stderr beyond its progress (read, evaluating, evaluated, stage names) and values read forgivingly (coerced): warnings, rejections, ignored files. */
export function problems(stderr: string): string {
  return stderr.split("\n").filter((l) => l !== "" && !/^(read |evaluating |evaluated |coerced: |(parse|index|rules|escalate|sort)$)/.test(l)).join("\n");
}
