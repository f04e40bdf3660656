/**
 * Peak memory of loading and evaluating a large export: a 200 MB supervisions.csv (260,000
 * rows and a free-text column) beside the sample export, run through the CLI's `evaluate`
 * in a child process with Node's default heap. Not a unit test (it takes a minute):
 *
 *   npx tsx test/node/measure-memory.ts [rows]
 *
 * Prints the file size, the time and the child's peak resident set size.
 */
import { spawnSync } from "node:child_process";
import { cpSync, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

async function child(dir: string): Promise<void> {
  const started = performance.now();
  const code = await main(["evaluate", dir, "--as-of", "2024-09-30", "--quiet", "--format", "md", "--out", join(dir, "summary.md")], {
    stdout: () => undefined, stderr: (t) => void process.stderr.write(t.slice(0, 300)), cwd: ROOT,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(JSON.stringify({ code, seconds, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

async function writeSupervisions(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const words = "visit plan school worries progress family safety review agreed, \"quoted\" words and more text".split(" ");
  out.write("id,superviseeId,supervisorId,heldOn,agenda,reflection,personalImpactUrns,jobSatisfaction,notes\n");
  for (let k = 0; k < rows; k++) {
    const [who, by] = k % 2 === 0 ? ["p1", "tm"] : ["tm", "om"];
    const day = 1 + (k % 28);
    const month = 1 + (Math.floor(k / 28) % 12);
    const year = 2020 + (Math.floor(k / 336) % 5);
    let notes = "";
    for (let w = 0; notes.length < 680; w++) notes += `${words[(k + w * 7) % words.length]} `;
    if (k % 10 === 0) notes += "\nsecond line";
    const line = `sup${k},${who},${by},${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year},` +
      `actions-progress;wellbeing;worries,yes,100,7,"${notes.replace(/"/g, '""')}"\n`;
    if (!out.write(line)) await new Promise<void>((ok) => out.once("drain", () => ok()));
  }
  await new Promise((ok) => out.end(ok));
}

if (process.argv[2] === "--child") {
  await child(process.argv[3] as string);
} else {
  const rows = Number(process.argv[2] ?? 260_000);
  const dir = mkdtempSync(join(tmpdir(), "qaf-memory-"));
  cpSync(join(ROOT, "examples/data/csv-export"), dir, { recursive: true });
  await writeSupervisions(join(dir, "supervisions.csv"), rows);
  const mb = (statSync(join(dir, "supervisions.csv")).size / 1e6).toFixed(0);
  const r = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child", dir], { cwd: ROOT, encoding: "utf8" });
  console.log(`supervisions.csv: ${rows} rows, ${mb} MB`);
  console.log(r.stdout.trim() || `child failed (status ${r.status}): ${r.stderr.slice(0, 2000)}`);
  rmSync(dir, { recursive: true, force: true });
}
