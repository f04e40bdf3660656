import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The package tests: run after `npm run build`, against the packed tarball installed in a
 * scratch project (see global-setup.ts), as a user would get it from the registry.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["test/package/**/*.test.ts"],
    globalSetup: ["test/package/global-setup.ts"],
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
