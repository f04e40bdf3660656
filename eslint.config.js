// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Dates are days: never read the clock (new Date() with no argument).",
        },
        {
          selector:
            "CallExpression[callee.property.name=/^get(Hours|Minutes|Date|Day|Month|FullYear)$/]",
          message: "Dates are days: use UTC getters or the calendar module, never local time.",
        },
        {
          // The named `z` keeps zod's whole namespace (every locale, JSON Schema import) in a
          // browser bundle; the namespace import lets a bundler keep only what is used.
          selector: "ImportDeclaration[source.value='zod'][importKind='value'] > ImportSpecifier[imported.name='z'][importKind='value']",
          message: 'Use `import * as z from "zod"`: the named `z` defeats tree-shaking (about 60 KB gzipped more in a browser bundle).',
        },
      ],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "The library never reads the clock." },
        { object: "Math", property: "random", message: "The library is deterministic." },
      ],
    },
  },
);
