import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The small CSV export shipped with the examples. */
export const CSV_EXPORT = join(ROOT, "examples/data/csv-export");

/** Runs the CLI in-process and captures what it writes; `terminal` says which streams are a terminal. */
export async function cli(
  argv: string[],
  cwd = ROOT,
  terminal: Pick<CliIo, "stdoutIsTTY" | "stderrIsTTY" | "columns"> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, cwd, ...terminal });
  return { code, stdout, stderr };
}

/** A fresh copy of the CSV export in a temporary folder, to break on purpose. */
export function exportCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "qaf-cli-"));
  cpSync(CSV_EXPORT, dir, { recursive: true });
  return dir;
}
