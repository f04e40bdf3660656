// @ts-check
/**
 * Import rules of `src/`, checked by `npm run lint` (`depcruise src`), type-only imports included.
 * docs/architecture.md describes the layers.
 */

/** The engine's layers, in pipeline order: a layer imports only from itself and the layers before it. */
const layers = [
  "slicing", "dataset-index", "context", "subjects", "vocabulary", "due-dates", "outcomes", "kinds", "compile", "run",
];

/** Folders of `src/` that build on the engine: the engine never imports them. */
const aboveTheEngine = ["cli", "compare", "demo", "explain", "node", "org", "query", "report", "rules", "scorecard", "testing"];

/** Folders the engine builds on: they never import the engine. */
const belowTheEngine = ["calendar", "model", "policy", "text"];

/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    {
      name: "no-circular",
      comment: "No import cycles anywhere in src/, type-only imports included.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...layers.slice(0, -1).map((layer, i) => ({
      name: `engine-layer-${layer}`,
      comment: `src/engine/${layer}/ imports only from itself and the layers before it (${layers.slice(0, i).join(", ") || "none"}).`,
      severity: /** @type {const} */ ("error"),
      from: { path: `^src/engine/${layer}/` },
      to: { path: `^src/engine/(${layers.slice(i + 1).join("|")})/` },
    })),
    {
      name: "engine-file-outside-a-layer",
      comment: `Every engine file belongs to a layer: src/engine/{${layers.join(",")}}/.`,
      severity: "error",
      from: { path: "^src/engine/", pathNot: `^src/engine/(${layers.join("|")})/` },
      to: {},
    },
    {
      name: "engine-imports-what-builds-on-it",
      comment: "The engine never imports what is built on it (explain, reports, the CLI, the package entry).",
      severity: "error",
      from: { path: "^src/engine/" },
      to: { path: [`^src/(${aboveTheEngine.join("|")})/`, "^src/index\\.ts$"] },
    },
    {
      name: "below-the-engine-imports-it",
      comment: "calendar, model, policy, text and errors.ts never import the engine.",
      severity: "error",
      from: { path: [`^src/(${belowTheEngine.join("|")})/`, "^src/errors\\.ts$"] },
      to: { path: "^src/engine/" },
    },
  ],
  options: {
    // Type-only imports count: a cycle through `import type` is still a cycle of design.
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "node_modules" },
  },
};
