import { readdirSync } from "node:fs";
import { defineConfig } from "tsup";

/** The package's entry points. */
const entries = {
  // The library: no Node-only API, so it runs in a browser bundle too.
  index: "src/index.ts",
  report: "src/report/index.ts",
  query: "src/query/index.ts",
  demo: "src/demo/index.ts",
  // Scenario runner for policy test suites; loadScenarioFile uses node:fs.
  testing: "src/testing/index.ts",
  // Reading an export from disk (folders, CSV, NDJSON, JSON, .xlsx): Node only, uses node: modules.
  node: "src/node/index.ts",
};

/**
 * Every other module of the library, each an entry of the ES module build under `dist/m/`
 * (not exported: the package's `exports` name only the entries above). A bundler drops a
 * whole module the app does not use ("sideEffects": false) but keeps every statement with
 * a call in a module it loads: with each source module its own file, an app that imports
 * `dueSoon` loads the few modules `dueSoon` needs, not one chunk holding every schema.
 */
const modules = Object.fromEntries(
  readdirSync("src", { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.startsWith("cli/") && f !== "node/parallel-worker.ts" && !Object.values(entries).includes(`src/${f}`))
    .map((f) => [`m/${f.slice(0, -3)}`, `src/${f}`]),
);

export default defineConfig([
  {
    entry: { ...entries, ...modules },
    format: ["esm"],
    dts: { entry: entries },
    clean: true,
    splitting: true,
    sourcemap: false,
    target: "es2022",
    treeshake: true,
  },
  {
    entry: entries,
    format: ["cjs"],
    dts: { entry: entries },
    clean: false,
    // Shared chunks under CommonJS too (ESM splits by default): each entry point requires the
    // same chunk, so a QafError thrown by one-point-qaf/testing is `instanceof` the main
    // entry's QafError under `require` as under `import`.
    splitting: true,
    // No source maps: the output is readable, unminified ES2022 with the source's names, and
    // maps would point into a src/ the package does not ship.
    sourcemap: false,
    target: "es2022",
    treeshake: true,
  },
  {
    // The command line (Node only, ESM).
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: false,
    target: "es2022",
    banner: { js: "#!/usr/bin/env node" },
  },
  {
    // Node only: the worker thread of evaluateParallel (src/node/parallel.ts), which looks for
    // it beside its own bundle as `parallel-worker` with its own extension (.js or .cjs).
    entry: { "parallel-worker": "src/node/parallel-worker.ts" },
    format: ["esm", "cjs"],
    dts: false,
    clean: false,
    sourcemap: false,
    target: "es2022",
  },
]);
