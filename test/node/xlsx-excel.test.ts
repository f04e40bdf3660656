/**
 * Workbooks as Excel and other tools write them (issue 22): a stray cell far to the right,
 * sheets stored under any part name, merged cells, error cells and formulas without a
 * value, dates before March 1900, zip bombs, hidden sheets, a renamed shared-strings part
 * and a repeated row number.
 */
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ExportReadError, loadExport } from "../../src/node";
import { excelSerialToIso } from "../../src/node/dates";
import { readWorkbook } from "../../src/node/xlsx";
import { rowXml, workbookParts, zip, type SheetPart, type ZipPart } from "./xlsx-parts";

const HEADER = ["id", "role", "teamId", "areaId", "lineManagerId", "contract", "startedOn", "leftOn", "qualityImprovementChampion"];
type CellIn = string | number | { date: number } | null;
const staffRow = (id: string, startedOn: CellIn = { date: 43831 }, leftOn: CellIn = null): CellIn[] =>
  [id, "practitioner", "t1", null, "tm", "full-time", startedOn, leftOn, "no"];

function write(name: string, bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "qaf-xlsx-excel-")), name);
  writeFileSync(path, bytes);
  return path;
}

/** A workbook of one staff sheet built from rows (row 1 the header). */
function staffWorkbook(rows: readonly CellIn[][], sheet: Partial<SheetPart> = {}, more: ZipPart[] = []): Buffer {
  const body = [HEADER, ...rows].map((r, k) => rowXml(k + 1, r)).join("");
  return zip([...workbookParts([{ name: "staff", part: "xl/worksheets/sheet1.xml", body, ...sheet }]), ...more]);
}

async function writeExcelJs(name: string, build: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "qaf-xlsx-excel-")), name);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("staff");
  ws.addRow(HEADER);
  build(ws);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("a stray cell far to the right", () => {
  it("reads 2,000 rows with a note at XFD and a formatted empty cell, touching only the cells present", async () => {
    const rows = Array.from({ length: 2000 }, (_, k) => staffRow(`p${k}`));
    let body = [HEADER, ...rows].map((r, k) => rowXml(k + 1, r)).join("");
    body = body.replace('<row r="3">', '<row r="3"><c r="XFD3" t="inlineStr"><is><t>see note</t></is></c>')
      .replace('<row r="5">', '<row r="5"><c r="XFC5" s="1"/>');
    const path = write("export.xlsx", zip(workbookParts([{ name: "staff", part: "xl/worksheets/sheet1.xml", body }])));
    const { sheets } = await readWorkbook(path, "export.xlsx");
    let cells = 0;
    let rowsRead = 0;
    await sheets[0]?.eachRow((c) => { cells += c.length; rowsRead++; });
    expect(rowsRead).toBe(2001);
    expect(cells).toBeLessThan(16_384 + 2001 * HEADER.length); // row 3 reaches XFD; no other row does
    const loaded = await loadExport(path);
    expect(loaded.dataset.staff).toHaveLength(2000);
    expect(loaded.ignored).toEqual([expect.objectContaining({ file: "export.xlsx", sheet: "staff", column: "column 16384" })]);
  });
});

describe("sheets found through the workbook's relationships", () => {
  it("reads sheets stored as xl/worksheets/sheet.xml and Sheet3.xml (one by an absolute target)", async () => {
    const staff = [HEADER, staffRow("p1")].map((r, k) => rowXml(k + 1, r)).join("");
    const teams = [["id", "areaId", "type", "name"], ["t1", "north", "IFST", "North IFST"]].map((r, k) => rowXml(k + 1, r)).join("");
    const path = write("export.xlsx", zip(workbookParts([
      { name: "staff", part: "xl/worksheets/sheet.xml", body: staff },
      { name: "teams", part: "xl/worksheets/Sheet3.xml", target: "/xl/worksheets/Sheet3.xml", body: teams },
    ])));
    const loaded = await loadExport(path);
    expect(loaded.ignored).toEqual([]);
    expect(loaded.dataset.staff).toHaveLength(1);
    expect(loaded.dataset.teams).toEqual([{ id: "t1", areaId: "north", type: "IFST", name: "North IFST" }]);
  });

  it("finds a renamed shared-strings part, so text cells are text, not index numbers", async () => {
    const strings = ["id", "areaId", "type", "name", "t1", "north", "IFST", "North IFST"];
    const body = [[0, 1, 2, 3], [4, 5, 6, 7]].map((r, k) => `<row r="${k + 1}">${r.map((i, c) => `<c r="${"ABCD"[c]}${k + 1}" t="s"><v>${i}</v></c>`).join("")}</row>`).join("");
    const path = write("teams.xlsx", zip(workbookParts([{ name: "Sheet1", part: "xl/worksheets/sheet1.xml", body }], { strings, stringsPart: "xl/strings/table.xml" })));
    const loaded = await loadExport(path);
    expect(loaded.dataset.teams).toEqual([{ id: "t1", areaId: "north", type: "IFST", name: "North IFST" }]);
  });
});

describe("merged cells", () => {
  it("give their value to the top-left cell only, with a warning (exceljs copies it into every cell)", async () => {
    const path = await writeExcelJs("staff.xlsx", (ws) => {
      ws.addRow(["p1", "practitioner", "t1", null, "tm", "full-time", "2020-01-01", null, "no"]);
      ws.mergeCells("G2:H2");
    });
    const loaded = await loadExport(path);
    expect(loaded.dataset.staff).toEqual([expect.objectContaining({ id: "p1", startedOn: "2020-01-01" })]);
    expect((loaded.dataset.staff?.[0] as Record<string, unknown>).leftOn).toBeUndefined();
    expect(loaded.warnings).toEqual([{ file: "staff.xlsx", message: expect.stringContaining("sheet staff has merged cells") }]);
  });

  it("ignore a value a tool left in a merged range's other cells", async () => {
    const path = write("staff.xlsx", staffWorkbook([staffRow("p1", { date: 43831 }, { date: 43831 })], { after: '<mergeCells count="1"><mergeCell ref="G2:H2"/></mergeCells>' }));
    const loaded = await loadExport(path);
    expect(loaded.dataset.staff).toEqual([expect.objectContaining({ id: "p1", startedOn: "2020-01-01" })]);
    expect((loaded.dataset.staff?.[0] as Record<string, unknown>).leftOn).toBeUndefined();
  });
});

describe("error cells and formulas", () => {
  it("reject the record at the cell holding #N/A or #REF!, and name a formula with no calculated value", async () => {
    const path = await writeExcelJs("staff.xlsx", (ws) => {
      ws.addRow([{ error: "#N/A" }, "practitioner", "t1", null, "tm", "full-time", "2020-01-01", null, "no"]);
      ws.addRow(["p2", "practitioner", "t1", null, "tm", "full-time", "2020-01-01", { error: "#REF!" }, "no"]);
      ws.addRow(["p3", "practitioner", "t1", null, "tm", "full-time", { formula: "TODAY()" }, null, "no"]);
    });
    const loaded = await loadExport(path);
    const issues = loaded.rejected.flatMap((r) => r.issues.map((i) => ({ path: i.path, message: i.message, where: i.where })));
    expect(issues).toEqual([
      { path: ["id"], message: expect.stringContaining("#N/A"), where: { file: "staff.xlsx", sheet: "staff", row: 2, column: "id" } },
      { path: ["leftOn"], message: expect.stringContaining("#REF!"), where: { file: "staff.xlsx", sheet: "staff", row: 3, column: "leftOn" } },
      { path: ["startedOn"], message: expect.stringContaining("formula with no calculated value"), where: { file: "staff.xlsx", sheet: "staff", row: 4, column: "startedOn" } },
    ]);
  });
});

describe("dates of the 1900 system", () => {
  it("are exact before 1 March 1900, and refuse Excel's 29 February 1900, day 0 and negative serials", async () => {
    expect(excelSerialToIso(1, false)).toBe("1900-01-01");
    expect(excelSerialToIso(59, false)).toBe("1900-02-28");
    expect(excelSerialToIso(61, false)).toBe("1900-03-01");
    expect(excelSerialToIso(60, false)).toBeUndefined();
    expect(excelSerialToIso(0, false)).toBeUndefined();
    expect(excelSerialToIso(-1, false)).toBeUndefined();
    expect(excelSerialToIso(-1, true)).toBeUndefined();
    expect(excelSerialToIso(0, true)).toBe("1904-01-01");
    const path = write("staff.xlsx", staffWorkbook([
      staffRow("p1", { date: 1 }), staffRow("p2", { date: 59 }), staffRow("p3", 59), staffRow("p4", { date: 60 }), staffRow("p5", { date: -5 }),
    ]));
    const loaded = await loadExport(path);
    expect(loaded.dataset.staff?.slice(0, 3).map((s) => (s as { startedOn: unknown }).startedOn)).toEqual(["1900-01-01", "1900-02-28", "1900-02-28"]);
    const dates = loaded.rejected.filter((r) => r.issues.some((i) => i.path[0] === "startedOn"));
    expect(dates.map((r) => r.id)).toEqual(["p4", "p5"]);
  });
});

describe("a decompression budget", () => {
  it("never inflates a part it does not read (junk that is not even deflate data)", async () => {
    const path = write("staff.xlsx", staffWorkbook([staffRow("p1")], {}, [{ name: "xl/media/junk.bin", data: "", raw: Buffer.from("not deflate data at all"), declaredSize: 3_000_000_000 }]));
    const loaded = await loadExport(path);
    expect(loaded.dataset.staff).toHaveLength(1);
  });

  it("refuses a part that says it inflates past the budget, before inflating it", async () => {
    const bytes = zip(workbookParts([{ name: "staff", part: "xl/worksheets/sheet1.xml", body: rowXml(1, HEADER) }]).map((p) => p.name.endsWith("sheet1.xml") ? { ...p, declaredSize: 2 ** 31 } : p));
    const path = write("staff.xlsx", bytes);
    await expect(loadExport(path)).rejects.toThrow(ExportReadError);
    await expect(loadExport(path)).rejects.toThrow(/staff\.xlsx sheet staff: .*inflate past the budget/);
  });

  it("stops inflating a part that lies about its size at the budget", async () => {
    const rows = Array.from({ length: 200 }, (_, k) => staffRow(`p${k}`));
    const body = [HEADER, ...rows].map((r, k) => rowXml(k + 1, r)).join("");
    const parts = workbookParts([{ name: "staff", part: "xl/worksheets/sheet1.xml", body }]);
    const path = write("staff.xlsx", zip(parts.map((p) => p.name.endsWith("sheet1.xml") ? { ...p, declaredSize: 100 } : p)));
    const { sheets } = await readWorkbook(path, "staff.xlsx", { inflateBudget: 10_000 });
    await expect(sheets[0]?.eachRow(() => undefined)).rejects.toThrow(/staff\.xlsx sheet staff: .*budget/);
  });
});

describe("low findings", () => {
  it("reads a veryHidden sheet, with a warning", async () => {
    const path = write("export.xlsx", staffWorkbook([staffRow("p1")], { state: "veryHidden" }));
    const loaded = await loadExport(path);
    expect(loaded.dataset.staff).toHaveLength(1);
    expect(loaded.warnings).toEqual([{ file: "export.xlsx", message: expect.stringContaining("sheet staff is hidden") }]);
  });

  it("reads both rows of a repeated row number, with a warning", async () => {
    const body = [rowXml(1, HEADER), rowXml(2, staffRow("p1")), rowXml(2, staffRow("p2"))].join("");
    const path = write("staff.xlsx", zip(workbookParts([{ name: "staff", part: "xl/worksheets/sheet1.xml", body }])));
    const loaded = await loadExport(path);
    expect(loaded.dataset.staff?.map((s) => (s as { id: string }).id)).toEqual(["p1", "p2"]);
    expect(loaded.warnings).toEqual([{ file: "staff.xlsx", message: expect.stringContaining("row 2 appears more than once") }]);
  });
});

describe("parts read strictly", () => {
  it("refuses a part with a DTD (no entity can expand), naming the file", async () => {
    const parts = workbookParts([{ name: "staff", part: "xl/worksheets/sheet1.xml", body: rowXml(1, HEADER) }])
      .map((p) => p.name === "xl/workbook.xml" ? { ...p, data: `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]>${(p.data as string).replace(/^<\?xml[^>]*>/, "")}` } : p);
    const path = write("export.xlsx", zip(parts));
    await expect(loadExport(path)).rejects.toThrow(/export\.xlsx: xl\/workbook\.xml cannot be read: a DTD/);
  });

  it("reads 1904 serials, CDATA text, and refuses a workbook with no sheet as no export", async () => {
    const body = [rowXml(1, HEADER), rowXml(2, staffRow("p1", { date: 0 })).replace("<t>p1</t>", "<t><![CDATA[p<1>]]></t>")].join("");
    const loaded = await loadExport(write("staff.xlsx", zip(workbookParts([{ name: "staff", part: "xl/worksheets/sheet1.xml", body }], { date1904: true }))));
    expect(loaded.dataset.staff).toEqual([expect.objectContaining({ id: "p<1>", startedOn: "1904-01-01" })]);
    await expect(loadExport(write("export.xlsx", zip(workbookParts([]))))).rejects.toThrow(ExportReadError);
  });
});

describe("prefixed SpreadsheetML", () => {
  it("reads x:-prefixed rows, cells and merges, and text naming mergeCell merges nothing", async () => {
    const body = [rowXml(1, HEADER), rowXml(2, staffRow("p1", { date: 43831 }, { date: 43831 })), rowXml(3, staffRow('x:mergeCell ref="A3:I3">'))]
      .join("").replace(/<(\/?)(row|c|v|is|t)\b/g, "<$1x:$2");
    const path = write("staff.xlsx", staffWorkbook([], { body, after: '<x:mergeCells xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"><x:mergeCell ref="G2:H2"/></x:mergeCells>' }));
    const loaded = await loadExport(path);
    expect(loaded.dataset.staff).toEqual([
      expect.objectContaining({ id: "p1", startedOn: "2020-01-01" }),
      expect.objectContaining({ id: 'x:mergeCell ref="A3:I3">', role: "practitioner" }),
    ]);
    expect((loaded.dataset.staff?.[0] as Record<string, unknown>).leftOn).toBeUndefined();
  });
});

describe("limits", () => {
  it("refuses a workbook over about 500 MB before reading it", async () => {
    const path = write("staff.xlsx", Buffer.alloc(0));
    truncateSync(path, 600 * 1024 * 1024); // sparse: nothing is written
    await expect(loadExport(path)).rejects.toThrow(/staff\.xlsx: too large to read whole/);
  });

  it("names the error cell of an item row's parent key, not a missing parent", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("teams").addRows([["id", "areaId", "type", "name"], ["t1", "north", "IFST", "North"]]);
    wb.addWorksheet("cases.children").addRows([["caseId", "name"], [{ error: "#N/A" }, "A"]]);
    const path = join(mkdtempSync(join(tmpdir(), "qaf-xlsx-excel-")), "export.xlsx");
    await wb.xlsx.writeFile(path);
    const loaded = await loadExport(path);
    expect(loaded.rejected.filter((r) => r.collection === "cases.children")).toEqual([expect.objectContaining({ collection: "cases.children", issues: [expect.objectContaining({ path: ["caseId"], message: expect.stringContaining("#N/A") })] })]);
  });
});

describe("cell types as tools write them", () => {
  it("reads ISO date cells, rich text without phonetic guides, booleans and cached formula text", async () => {
    const strings = '<si><r><t>p</t></r><r><t xml:space="preserve">1</t></r><rPh sb="0" eb="1"><t>ピー</t></rPh></si>';
    const row2 = '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="str"><f>"practi"&amp;"tioner"</f><v>practitioner</v></c>' +
      '<c r="C2" t="inlineStr"><is><t>t1</t></is></c><c r="E2" t="inlineStr"><is><t>tm</t></is></c><c r="F2" t="inlineStr"><is><t>full-time</t></is></c>' +
      '<c r="G2" t="d"><v>2020-01-01T00:00:00</v></c><c r="I2" t="b"><v>1</v></c></row>';
    const parts = workbookParts([{ name: "staff", part: "xl/worksheets/sheet1.xml", body: rowXml(1, HEADER) + row2 }], { strings: [] })
      .map((p) => p.name === "xl/sharedStrings.xml" ? { ...p, data: (p.data as string).replace("</sst>", `${strings}</sst>`) } : p);
    const loaded = await loadExport(write("staff.xlsx", zip(parts)));
    expect(loaded.dataset.staff).toEqual([{ id: "p1", role: "practitioner", teamId: "t1", lineManagerId: "tm", contract: "full-time", startedOn: "2020-01-01", qualityImprovementChampion: true }]);
  });
});

describe("counts a workbook cannot hold", () => {
  it("refuses more rows than a sheet has (a row number repeated a million times), before memory runs out", async () => {
    const body = rowXml(1, HEADER) + '<row r="2"/>'.repeat(1_048_576);
    const path = write("staff.xlsx", zip(workbookParts([{ name: "staff", part: "xl/worksheets/sheet1.xml", body }])));
    await expect(loadExport(path)).rejects.toThrow(/staff\.xlsx sheet staff: more than 1,048,576 rows in a sheet/);
  });
});

describe("a large sheet, inflated a chunk at a time", () => {
  it("finds every merged range, even one split across two inflated chunks", async () => {
    const rows = Array.from({ length: 3000 }, (_, k) => staffRow(`p${k}`, { date: 43831 }, { date: 43900 }));
    const merges = Array.from({ length: 1000 }, (_, k) => `<mergeCell ref="G${k + 2}:H${k + 2}"/>`).join("");
    const path = write("staff.xlsx", staffWorkbook(rows, { after: `<mergeCells count="1000">${merges}</mergeCells>` }));
    const loaded = await loadExport(path);
    const staff = loaded.dataset.staff as Record<string, unknown>[];
    expect(staff).toHaveLength(3000);
    expect(staff.slice(0, 1000).every((s) => s.leftOn === undefined && s.startedOn === "2020-01-01")).toBe(true);
    expect(staff.slice(1000).every((s) => s.leftOn === "2020-03-10")).toBe(true);
  });
});

describe("a long token split over many inflated chunks", () => {
  it("is parsed in time linear in its length (a 20 MB attribute once rescanned per 16 KB chunk)", async () => {
    const body = `<row r="1" x="${"a".repeat(20 * 1024 * 1024)}"/>${rowXml(2, HEADER)}${rowXml(3, staffRow("p1"))}`;
    const loaded = await loadExport(write("staff.xlsx", zip(workbookParts([{ name: "staff", part: "xl/worksheets/sheet1.xml", body }]))));
    expect(loaded.dataset.staff).toHaveLength(1);
  }, 20_000);
});

describe("a chart sheet", () => {
  it("is listed as ignored, not read as a table nor dropped silently", async () => {
    const parts = workbookParts([
      { name: "staff", part: "xl/worksheets/sheet1.xml", body: rowXml(1, HEADER) + rowXml(2, staffRow("p1")) },
      { name: "Chart1", part: "xl/chartsheets/sheet1.xml", body: "" },
    ]).map((p) => p.name === "xl/_rels/workbook.xml.rels" ? { ...p, data: (p.data as string).replace(/worksheet" Target="chartsheets/, 'chartsheet" Target="chartsheets') } : p);
    const loaded = await loadExport(write("export.xlsx", zip(parts)));
    expect(loaded.dataset.staff).toHaveLength(1);
    expect(loaded.ignored).toEqual([{ file: "export.xlsx", sheet: "Chart1", reason: "a chart or dialog sheet, not a table" }]);
  });
});
