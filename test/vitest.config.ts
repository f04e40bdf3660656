import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

export default defineConfig({
  // The examples import the package by name, as its users do: here the name is the source,
  // as in tsconfig.json's paths (test/package runs them against the packed package).
  resolve: {
    alias: [
      { find: /^one-point-qaf$/, replacement: src("index.ts") },
      { find: /^one-point-qaf\/(.+)$/, replacement: src("$1/index.ts") },
    ],
  },
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["test/**/*.test.ts"],
    // Those need the build and run in `npm run test:package`.
    exclude: ["test/package/**", "**/node_modules/**"],
    pool: "threads",
    testTimeout: 60_000,
    // The public API's types: *.test-d.ts files, checked by the compiler, never run.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
  },
});
