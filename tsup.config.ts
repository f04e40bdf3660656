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
    // The command line (Node only, ESM: it finds its bundled sample through import.meta.url).
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: false,
    target: "es2022",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
