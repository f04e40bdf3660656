/**
 * Counts the type assertions of a source tree: `x as T` and `<T>x`, not `as const` (which
 * asserts nothing) and not import or export renames (which are not expressions). Non-null
 * assertions (`x!`) are counted apart. Run it with `npx tsx test/source/count-assertions.ts [src]`
 * (add `--list` for each one, with its place).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** One type assertion: where it is and its text. */
export interface Assertion {
  file: string;
  line: number;
  text: string;
}

/** Every `.ts` file under a folder. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []);
}

/**
 * The type assertions and the number of non-null assertions under a folder.
 *
 * @param dir - the folder, e.g. `src`
 */
export function countAssertions(dir: string): { assertions: Assertion[]; nonNull: number } {
  const assertions: Assertion[] = [];
  let nonNull = 0;
  for (const file of tsFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && node.type.getText(source) !== "const") {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        assertions.push({ file, line: line + 1, text: node.getText(source).replace(/\s+/g, " ") });
      }
      if (ts.isNonNullExpression(node)) nonNull++;
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { assertions, nonNull };
}

if (process.argv[1]?.endsWith("count-assertions.ts")) {
  const { assertions, nonNull } = countAssertions(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "src");
  if (process.argv.includes("--list")) for (const a of assertions) console.log(`${a.file}:${a.line}: ${a.text.slice(0, 140)}`);
  console.log(`type assertions: ${assertions.length}; non-null assertions: ${nonNull}`);
}
