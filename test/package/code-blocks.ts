/** A fenced code block of a Markdown document. */
export interface CodeBlock {
  /** The document, relative to the package's root. */
  file: string;
  /** The line of the opening fence (1-based). */
  line: number;
  /** The fence's language: ts, js, sh... */
  lang: string;
  code: string;
  /** Whether the block is run by the documentation test. */
  runs: boolean;
}

/** Languages whose blocks run unless marked `<!-- not-runnable -->`. */
const RUN_BY_DEFAULT = new Set(["ts", "typescript", "js", "javascript"]);
/** Languages whose blocks run only when marked `<!-- runnable -->`: they often name the reader's own files. */
const RUN_WHEN_MARKED = new Set(["sh", "bash", "shell"]);

/**
 * The fenced code blocks of a Markdown document, each with whether it runs: every ts and js
 * block does, unless the line before its fence is `<!-- not-runnable -->` (a reason may
 * follow: `<!-- not-runnable: needs a vitest project -->`); a sh block does when that line is
 * `<!-- runnable -->`.
 *
 * @param file - the document's path, for the test names
 * @param text - its Markdown
 * @returns its code blocks, in order
 */
export function codeBlocks(file: string, text: string): CodeBlock[] {
  const lines = text.split("\n");
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] ?? "");
    if (open === null) continue;
    const lang = (open[1] ?? "").toLowerCase();
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end === -1) throw new Error(`${file}:${i + 1}: unclosed code block`);
    let before = i - 1;
    while (before >= 0 && (lines[before] ?? "").trim() === "") before--;
    const marker = (lines[before] ?? "").trim();
    const optedOut = /^<!--\s*not-runnable\b.*-->$/.test(marker);
    const optedIn = /^<!--\s*runnable\s*-->$/.test(marker);
    const runs = (RUN_BY_DEFAULT.has(lang) && !optedOut) || (RUN_WHEN_MARKED.has(lang) && optedIn);
    blocks.push({ file, line: i + 1, lang, code: lines.slice(i + 1, end).join("\n") + "\n", runs });
    i = end;
  }
  return blocks;
}
