import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The repository's tsx and tsc, run with node (the scratch project installs only the package). */
export const TSX = join(ROOT, "node_modules/tsx/dist/cli.mjs");
export const TSC = join(ROOT, "node_modules/typescript/bin/tsc");

/** What a finished command said. */
export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to its end; throws, with its output, when it fails and `check` is true.
 *
 * @param command - the program
 * @param args - its arguments
 * @param cwd - where to run it
 * @param check - throw on a non-zero exit (default true)
 * @returns its exit status and output
 */
export function run(command: string, args: string[], cwd: string, check = true): Ran {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ran = { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  if (check && r.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${String(r.status)}) in ${cwd}:\n${ran.stdout}\n${ran.stderr}`);
  }
  return ran;
}

/**
 * Runs node in the scratch project.
 *
 * @param project - the scratch project's folder
 * @param args - node's arguments
 * @returns its exit status and output (throws on failure)
 */
export function node(project: string, args: string[]): Ran {
  return run(process.execPath, args, project);
}
