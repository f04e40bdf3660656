import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { chromium } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type * as Main from "../../src";
import type * as Demo from "../../src/demo";

const project = inject("project");
/**
 * The most an app pays, gzipped, for `evaluate` in a browser bundle (the default policy, its
 * QAF quotes and the footing of every rule included). About 81 KB today (321 KB minified
 * before the schemas moved to `zod/mini`, 257 KB after), the heaviest inputs minified: the
 * library's own code 141 KB, zod 36 KB (its core schemas 16, util 5, mini 3, checks 3, the
 * English messages 3), json-rules-engine 29 KB with jsonpath-plus 25 and eventemitter2 19.
 */
const MAX_GZIPPED = 90 * 1024;
/** The most an app pays, gzipped, for one light helper: nothing else of the library may come with it. */
const MAX_LIGHT_GZIPPED = 10 * 1024;
/** Debian's Chromium (`apt-get install chromium`); no browser is ever downloaded. */
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

let bundle = "";
let metafile: Metafile | undefined;

/** The heaviest inputs of the bundle, for a failure message that says where the bytes are. */
function heaviest(meta: Metafile, count = 12): string {
  const output = Object.values(meta.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {}).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
  return inputs.slice(0, count).map(([path, i]) => `  ${(i.bytesInOutput / 1024).toFixed(1)} KB  ${path}`).join("\n");
}

beforeAll(async () => {
  // What an app writes: the package by name, only evaluate, bundled for the browser.
  writeFileSync(join(project, "browser-entry.js"), 'import { evaluate } from "one-point-qaf";\nglobalThis.qafEvaluate = evaluate;\n');
  const result = await build({
    absWorkingDir: project, entryPoints: ["browser-entry.js"], bundle: true, minify: true,
    platform: "browser", format: "iife", target: "es2022", write: false, metafile: true, logLevel: "silent",
  });
  bundle = result.outputFiles[0]?.text ?? "";
  metafile = result.metafile;
});

/** An app of one import, bundled and minified for the browser as an app would: its gzipped size and heaviest inputs. */
async function bundled(source: string): Promise<{ gzipped: number; report: string }> {
  const result = await build({
    stdin: { contents: source, resolveDir: project }, bundle: true, minify: true,
    platform: "browser", format: "iife", target: "es2022", write: false, metafile: true, logLevel: "silent",
  });
  const gzipped = gzipSync(result.outputFiles[0]?.text ?? "", { level: 9 }).length;
  return { gzipped, report: `${(gzipped / 1024).toFixed(1)} KB gzipped; heaviest inputs:\n${heaviest(result.metafile)}` };
}

describe("a light helper in a browser bundle comes alone (nothing is built when the package loads)", () => {
  it.each([
    ["dueSoon", 'import { dueSoon } from "one-point-qaf"; globalThis.f = dueSoon;'],
    ["dueSoon from the query entry", 'import { dueSoon } from "one-point-qaf/query"; globalThis.f = dueSoon;'],
    ["one calendar helper", 'import { calendar } from "one-point-qaf"; globalThis.f = calendar.addMonths;'],
    ["the working calendar", 'import { calendar } from "one-point-qaf"; globalThis.f = calendar.createWorkingCalendar;'],
    ["isQafError", 'import { isQafError } from "one-point-qaf"; globalThis.f = isQafError;'],
  ])(`%s bundles to under ${MAX_LIGHT_GZIPPED / 1024} KB gzipped`, async (_, source) => {
    const { gzipped, report } = await bundled(source);
    expect(gzipped, report).toBeLessThan(MAX_LIGHT_GZIPPED);
  });
});

describe("evaluate in a browser", () => {
  it(`bundles to under ${MAX_GZIPPED / 1024} KB gzipped`, () => {
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    const report = `evaluate's browser bundle: ${(bundle.length / 1024).toFixed(0)} KB minified, ${(gzipped / 1024).toFixed(1)} KB gzipped; heaviest inputs:\n${metafile ? heaviest(metafile) : ""}`;
    expect(gzipped, report).toBeLessThan(MAX_GZIPPED);
    // zod's translations are not used: none may be bundled.
    const bundled = Object.entries(Object.values(metafile?.outputs ?? {})[0]?.inputs ?? {}).filter(([, i]) => i.bytesInOutput > 0);
    expect(bundled.map(([path]) => path).filter((path) => path.includes("zod/v4/locales/") && !path.endsWith("/en.js"))).toEqual([]);
    console.log(report);
  });

  it.skipIf(!existsSync(CHROMIUM))(`gives in Chromium the evaluation Node gives${existsSync(CHROMIUM) ? "" : ` (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium, or set CHROMIUM_PATH)`}`, async () => {
    const main = (await import(pathToFileURL(join(project, "node_modules/one-point-qaf/dist/index.js")).href)) as typeof Main;
    const demo = (await import(pathToFileURL(join(project, "node_modules/one-point-qaf/dist/demo.js")).href)) as typeof Demo;
    const dataset = demo.generateCounty({ areas: 1, teamsPerArea: 2, staffPerTeam: 4, years: 1 });
    const asOf = "2026-03-31";
    const inNode = JSON.stringify(await main.evaluate(dataset, { asOf }));

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.setContent("<!doctype html><title>one-point-qaf</title>");
      await page.addScriptTag({ content: bundle });
      const inBrowser = await page.evaluate(async ({ data, day }) => {
        const evaluate = (globalThis as unknown as { qafEvaluate: typeof main.evaluate }).qafEvaluate;
        return JSON.stringify(await evaluate(data, { asOf: day }));
      }, { data: dataset as unknown, day: asOf });
      expect(errors).toEqual([]);
      expect((JSON.parse(inBrowser) as Main.Evaluation).counts.staff?.evaluated).toBeGreaterThan(0);
      expect(inBrowser).toBe(inNode);
    } finally {
      await browser.close();
    }
  });
});
