import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: no Node-only API, so it runs in a browser bundle too.
    entry: {
      index: "src/index.ts",
      report: "src/report/index.ts",
      query: "src/query/index.ts",
      demo: "src/demo/index.ts",
      // Scenario runner for policy test suites; loadScenarioFile uses node:fs.
      testing: "src/testing/index.ts",
      // Reading an export from disk (folders, CSV, NDJSON, JSON, .xlsx): Node only, uses node: modules.
      node: "src/node/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
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
