import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Evaluation } from "../../src";
import { loadExport } from "../../src/node";
import { CSV_EXPORT, cli, exportCopy, problems } from "./helpers";

const AS_OF = ["--as-of", "2024-09-30"];

async function evaluated(dir: string): Promise<{ code: number; stderr: string; ev: Evaluation }> {
  const r = await cli(["evaluate", dir, ...AS_OF]);
  return { code: r.code, stderr: r.stderr, ev: JSON.parse(r.stdout || "{}") as Evaluation };
}

describe("Excel habits in CSV exports", () => {
  it("skips trailing empty rows (,,,,) instead of counting them as records", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "staff.csv"), `${readFileSync(join(dir, "staff.csv"), "utf8")},,,,,,,,\n,,,,,,,,\r\n \n`);
    const { ev, stderr } = await evaluated(dir);
    expect(ev.counts.staff).toEqual({ received: 4, evaluated: 4, rejected: 0 });
    expect(problems(stderr)).toBe("");
  });

  it("reads dates with a time of day (15/07/2024 00:00, 2024-07-15 09:30:00)", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "audits.actions.csv"), "auditId,id,ownerId,dueOn,completedOn\na1,a1-1,p1,10/07/2024 00:00,15/07/2024 16:45\n");
    const { ev } = await evaluated(dir);
    expect(ev.rejected).toEqual([]);
    expect(ev.obligations.find((o) => o.id === "audit.actions/action:a1-1")).toMatchObject({ dueBy: "2024-07-10", status: "met-late", metOn: "2024-07-15" });
  });

  it("matches headers whatever their case, spaces and underscores (ID, Held On, SUPERVISEE_ID)", async () => {
    const plain = await evaluated(CSV_EXPORT);
    const dir = exportCopy();
    writeFileSync(join(dir, "supervisions.csv"), "ID,Supervisee Id,SUPERVISOR_ID,Held On,agenda,Reflection,personal impact urns,Job Satisfaction\n" +
      "sup1,tm,om,01/05/2024,actions-progress;wellbeing;worries,yes,100,7\n");
    const messy = await evaluated(dir);
    expect([problems(messy.stderr), messy.ev.obligations]).toEqual(["", plain.ev.obligations]);
    expect(messy.stderr).toContain("coerced: supervisions heldOn: 1 DD/MM/YYYY dates (e.g. 01/05/2024 as 2024-05-01)");
  });

  it("names each unknown column once per file, with the nearest field, and still reads the rest", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "supervisions.csv"), "id,superviseeId,supervisorId,Held Onn,agenda,reflection,personalImpactUrns,jobSatisfaction,Notes\n" +
      "sup1,tm,om,01/05/2024,wellbeing,yes,100,7,private words\nsup2,tm,om,01/06/2024,wellbeing,yes,100,7,more private words\n");
    const loaded = await loadExport(dir);
    expect(loaded.ignored).toEqual([
      { file: "supervisions.csv", column: "Held Onn", reason: "supervisions has no such field", didYouMean: "heldOn" },
      { file: "supervisions.csv", column: "Notes", reason: "supervisions has no such field" },
    ]);
    expect(loaded.dataset.supervisions?.[0]).not.toHaveProperty("Notes");
    const r = await cli(["evaluate", dir, ...AS_OF, "--verbose"]);
    expect(r.stderr).toContain("ignored: supervisions.csv, column Held Onn (supervisions has no such field; did you mean heldOn?)\n");
    expect(r.stderr).toContain("rejected: supervisions.csv row 2, column heldOn (supervisions sup1): ");
    expect(r.stderr).not.toContain("private");
  });

  it("names unknown files with the nearest collection, and item files with the nearest field", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "staf.csv"), "id\n");
    writeFileSync(join(dir, "cases.chilren.csv"), "caseId,id\n");
    writeFileSync(join(dir, "notes.txt"), "hello");
    const { ignored } = await loadExport(dir);
    expect(ignored).toEqual([
      { file: "cases.chilren.csv", reason: "cases has no list-of-records field of that name", didYouMean: "cases.children.csv" },
      { file: "notes.txt", reason: "not a .csv, .xlsx, .json or .ndjson file" },
      { file: "staf.csv", reason: "not named after a collection", didYouMean: "staff.csv" },
    ]);
  });

  it("reads files named after a collection whatever their case and spacing (Young Carer Assessments.csv)", async () => {
    const dir = exportCopy();
    writeFileSync(join(dir, "Young Carer Assessments.csv"), "id,caseId,childId,assessedOn\nyca1,100,c1,01/05/2024\n");
    const { dataset, ignored } = await loadExport(dir);
    expect([dataset.youngCarerAssessments?.length, ignored]).toEqual([1, []]);
  });

  it("says where a case's children go when the cases file has none", async () => {
    const dir = exportCopy();
    rmSync(join(dir, "cases.children.csv"));
    const r = await cli(["evaluate", dir, ...AS_OF, "--verbose"]);
    expect(r.stderr).toContain("rejected: cases.csv row 2, column children (cases 100): is required: give the children in a file " +
      "cases.children.csv, a row per item naming its parent in caseId, or as JSON in a children column\n");
  });

  it("refuses a folder with no collection file, naming what it ignored", async () => {
    const dir = exportCopy();
    for (const f of ["areas", "audits.actions", "audits", "cases.children", "cases", "staff", "supervisions", "teams"]) rmSync(join(dir, `${f}.csv`));
    writeFileSync(join(dir, "notes.txt"), "hello");
    const r = await cli(["evaluate", dir, ...AS_OF]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(": no collection file found")]);
  });
});
