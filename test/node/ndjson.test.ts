import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExport } from "../../src/node/load-export";

const folder = () => mkdtempSync(join(tmpdir(), "qaf-ndjson-"));
const area = (i: number, name = "") => JSON.stringify({ id: `a${i}`, name });

describe("NDJSON exports", () => {
  it("read a line far longer than a read chunk whole, and the lines around it", async () => {
    const dir = folder();
    const long = "x".repeat(5 * 1024 * 1024); // many 64 KB chunks, none with a line feed
    writeFileSync(join(dir, "areas.ndjson"), [area(1), area(2, long), area(3)].join("\n"));
    const loaded = await loadExport(dir);
    expect(loaded.dataset.areas?.map((a) => (a as { id: string }).id)).toEqual(["a1", "a2", "a3"]);
    expect(((loaded.dataset.areas?.[1] as { name: string }).name).length).toBe(long.length);
  });

  it("read LF, CRLF and lone CR line ends alike, numbering lines as a reader counts them", async () => {
    for (const end of ["\n", "\r\n", "\r"]) {
      const dir = folder();
      writeFileSync(join(dir, "areas.ndjson"), [area(1), area(2), "{broken", area(4)].join(end) + end);
      await expect(loadExport(dir), JSON.stringify(end)).rejects.toThrow(/line 3/);
      writeFileSync(join(dir, "areas.ndjson"), [area(1), area(2), area(3)].join(end) + end);
      expect((await loadExport(dir)).dataset.areas, JSON.stringify(end)).toHaveLength(3);
    }
  });
});
