import { InvalidDatasetError } from "../../src/errors";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "../../src";
import { ExportReadError, loadExport } from "../../src/node";
import { CSV_EXPORT, cli, exportCopy, problems } from "./helpers";

const AS_OF = ["--as-of", "2024-09-30"];

describe("files that are not regular files", () => {
  it.skipIf(process.platform === "win32")("refuses a FIFO named areas.csv at once instead of waiting for a writer", async () => {
    const dir = exportCopy();
    rmSync(join(dir, "areas.csv"));
    expect(spawnSync("mkfifo", [join(dir, "areas.csv")]).status).toBe(0);
    const r = await cli(["evaluate", dir, ...AS_OF]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("areas.csv: not a regular file")]);
  }, 10_000);
});

describe("hostile headers", () => {
  for (const header of ["__proto__.polluted", "__proto__", "constructor", "prototype.x", "scope.__proto__"]) {
    it(`refuses a ${header} header (exit 2) and leaves Object.prototype alone`, async () => {
      const dir = exportCopy();
      writeFileSync(join(dir, "areas.csv"), `id,${header}\nnorth,yes\n`);
      const r = await cli(["evaluate", dir, ...AS_OF]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("areas.csv row 1, column 2: a header may not be __proto__")]);
      expect(Object.keys(Object.prototype)).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});

describe("text encodings", () => {
  // "André" and "Andrè" as Excel's plain CSV writes them on Windows: é is 0xE9, è is 0xE8.
  const latin = (text: string): Buffer => Buffer.from(text, "latin1");

  it("reads a Windows-1252 file as Windows-1252, with a warning: no U+FFFD, no false duplicate ids", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "areas.csv"), latin("id,name\nnorth,North Durham\nAndr\u00e9,Zo\u00e9 \u00a3\nAndr\u00e8,x\n"));
    const loaded = await loadExport(dir);
    expect(loaded.dataset.areas?.map((a) => (a as { id: string }).id)).toEqual(["north", "Andr\u00e9", "Andr\u00e8"]);
    expect((loaded.dataset.areas?.[1] as { name: string }).name).toBe("Zo\u00e9 \u00a3");
    expect(loaded.rejected).toEqual([]);
    expect(loaded.warnings).toEqual([{ file: "areas.csv", message: expect.stringContaining("read as Windows-1252") }]);
    const r = await cli(["evaluate", dir, ...AS_OF]);
    expect(r.stderr).toContain("warning: areas.csv: not valid UTF-8: read as Windows-1252");
    expect((JSON.parse(r.stdout) as Evaluation).counts.areas).toEqual({ received: 3, evaluated: 3, rejected: 0 });
  });

  it("refuses the same file with encoding utf-8, and bytes that are no text at all, saying to save as CSV UTF-8", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "areas.csv"), latin("id,name\nAndr\u00e9,x\n"));
    await expect(loadExport(dir, { encoding: "utf-8" })).rejects.toThrow('areas.csv: is not valid UTF-8: save it from Excel as "CSV UTF-8');
    writeFileSync(join(dir, "areas.csv"), Buffer.from([0x69, 0x64, 0x0a, 0xe9, 0x00, 0x81, 0x0a]));
    const r = await cli(["evaluate", dir, ...AS_OF]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("neither UTF-8 nor Windows-1252 text: save it from Excel as \"CSV UTF-8")]);
  });

  it("refuses UTF-16 (Excel's \"Unicode text\") by name", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "areas.csv"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("id\nnorth\n", "utf16le")]));
    await expect(loadExport(dir)).rejects.toThrow(ExportReadError);
    await expect(loadExport(dir)).rejects.toThrow("areas.csv: saved as UTF-16");
  });

  it("reads windows-1252 when told to, without a warning", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "areas.csv"), latin("id\nAndr\u00e9\n"));
    const loaded = await loadExport(dir, { encoding: "windows-1252" });
    expect([(loaded.dataset.areas?.[0] as { id: string }).id, loaded.warnings]).toEqual(["Andr\u00e9", []]);
  });
});

describe("CSV as spreadsheets write it", () => {
  async function evaluationOf(dir: string): Promise<Evaluation> {
    const r = await cli(["evaluate", dir, ...AS_OF]);
    expect([r.code, problems(r.stderr)]).toEqual([0, ""]);
    return JSON.parse(r.stdout) as Evaluation;
  }

  it("reads Excel's \"CSV UTF-8\" as it is saved (byte-order mark, CRLF, quoted line breaks, empty rows) the same as plain CSV", async () => {
    const plain = await evaluationOf(CSV_EXPORT);
    const dir = exportCopy();
    const staff = readFileSync(join(dir, "staff.csv"), "utf8").replace(/\n/g, "\r\n");
    writeFileSync(join(dir, "staff.csv"), `\uFEFF${staff},,,,,,,,\r\n,,,,,,,,\r\n`);
    writeFileSync(join(dir, "teams.csv"), '\uFEFFsep=,\r\nid,areaId,type,name\r\nt1,north,IFST,"North\r\nIFST"\r\n,,,\r\n');
    const messy = await evaluationOf(dir);
    expect(messy.obligations).toEqual(plain.obligations);
    expect(messy.counts).toEqual(plain.counts);
  });

  it("reads semicolon-separated files, with or without Excel's sep=; first line, keeping the file's line numbers", async () => {
    const plain = await evaluationOf(CSV_EXPORT);
    const dir = exportCopy();
    const semi = (file: string): string => readFileSync(join(dir, file), "utf8").replace(/,/g, ";").replace(/actions-progress;wellbeing;worries/, '"actions-progress;wellbeing;worries"');
    writeFileSync(join(dir, "supervisions.csv"), `sep=;\r\n${semi("supervisions.csv")}`);
    writeFileSync(join(dir, "staff.csv"), semi("staff.csv"));
    expect((await evaluationOf(dir)).obligations).toEqual(plain.obligations);
    writeFileSync(join(dir, "staff.csv"), `${semi("staff.csv")}p2;practitioner;t1;;tm;full-time;31/02/2024;;\n`);
    const r = await cli(["evaluate", dir, ...AS_OF, "--verbose"]);
    expect(r.stderr).toMatch(/^rejected: staff\.csv row 6, column startedOn \(staff p2\): /m);
    writeFileSync(join(dir, "staff.csv"), `sep=;\n${semi("staff.csv")}p2;practitioner;t1;;tm;full-time;31/02/2024;;\n`);
    expect((await cli(["evaluate", dir, ...AS_OF, "--verbose"])).stderr).toMatch(/^rejected: staff\.csv row 7, column startedOn \(staff p2\): /m);
  });

  it("names the line a row starts on after a quoted line break", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "teams.csv"), 'id,areaId,type,name\nt1,north,IFST,"two\nlines"\nt2,north,NOPE,x\n');
    const r = await cli(["evaluate", dir, ...AS_OF, "--verbose"]);
    expect(r.stderr).toMatch(/^rejected: teams\.csv row 4, column type \(teams t2\): /m);
  });
});

describe("errors never echo cell values", () => {
  it("names file, row and column only, whatever is wrong", async () => {
    const secret = "Jane Doe 1 Oak Road";
    const dir = exportCopy();
    writeFileSync(join(dir, "teams.csv"), `id,areaId,type,name\nt1,north,${secret},x\nt2,north,IFST,"${secret}\n`);
    const r = await cli(["evaluate", dir, ...AS_OF]);
    expect([r.code, problems(r.stderr)]).toEqual([2, "one-point-qaf: teams.csv row 3: a quoted field is never closed"]);
    writeFileSync(join(dir, "teams.csv"), `id,areaId,type,name\nt1,north,${secret},x\n`);
    writeFileSync(join(dir, "staff.csv"), `${readFileSync(join(CSV_EXPORT, "staff.csv"), "utf8")}p9,practitioner,t1,,tm,full-time,${secret},,\n`);
    const rejected = await cli(["evaluate", dir, ...AS_OF, "--verbose"]);
    expect(rejected.stderr).toContain("rejected: teams.csv row 2, column type (teams t1)");
    expect(rejected.stderr).toContain("rejected: staff.csv row 6, column startedOn (staff p9)");
    expect(rejected.stderr).not.toContain("Jane");
    const causes = await cli(["evaluate", dir, ...AS_OF]);
    expect(causes.stderr).toContain("teams.type (1 record: t1; first at teams.csv row 2, column type): ");
    expect(causes.stderr).not.toContain("Jane");
  });
});

describe("hostile JSON", () => {
  it("treats a dataset file's __proto__ key as an unknown collection, never as the dataset's prototype", async () => {
    const dir = exportCopy();
    const file = join(dir, "dataset.json");
    writeFileSync(file, '{"areas":[{"id":"north"}],"__proto__":{"polluted":true}}');
    await expect(loadExport(file)).rejects.toThrow(InvalidDatasetError);
    await expect(loadExport(file)).rejects.toThrow(/unknown collection "__proto__"|__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("a collection file next to an item table", () => {
  it("rejects a null in cases.json beside cases.children.csv as a record, instead of a TypeError", async () => {
    const dir = exportCopy();
    rmSync(join(dir, "cases.csv"));
    writeFileSync(join(dir, "cases.json"), "[null]");
    const loaded = await loadExport(dir);
    expect(loaded.rejected.some((r) => r.collection === "cases" && r.index === 0)).toBe(true);
  });
});
