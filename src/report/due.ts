import type { Obligation } from "../model/evaluation";
import { toCsv } from "./csv";
import { footingCells } from "./csv-tables";
import { ownerText } from "./party";
import { escapeControl as shown } from "../text/escape-control";

/** The columns of {@link dueCsv}, in order. A stable contract: new columns only ever go at the end. */
export const DUE_COLUMNS = [
  "dueBy", "ruleId", "subjectType", "subjectId", "ownerStaffId", "ownerRole", "id", "basis", "assumptions", "ownerNamedStaffId",
] as const;

/**
 * Obligations falling due (from `dueSoon`) as CSV (RFC 4180, CRLF, formula-safe text), one
 * row each in the order given, columns {@link DUE_COLUMNS}. `ownerNamedStaffId`: the person
 * the rule named, when they were not in post and `ownerStaffId` stands in for them.
 *
 * @param due - the obligations, soonest first
 * @returns the CSV text, header row first
 * @example
 * writeFileSync("due.csv", dueCsv(dueSoon(result, { within: 14 })));
 */
export function dueCsv(due: readonly Obligation[]): string {
  return toCsv(DUE_COLUMNS, due.map((o) =>
    [o.dueBy, o.ruleId, o.subject.type, o.subject.id, o.owner.staffId, o.owner.role, o.id, ...footingCells(o), o.owner.named?.staffId]));
}

/**
 * Obligations falling due as aligned lines for a terminal: due day, rule, subject and owner
 * (`s12 (for s7, not in post)` for someone standing in), each id with its control characters
 * shown escaped.
 *
 * @param due - the obligations, soonest first
 * @returns one line per obligation, each ending with a line feed; `""` when there are none
 * @example
 * process.stdout.write(dueText(dueSoon(result, { within: 14 })));
 */
export function dueText(due: readonly Obligation[]): string {
  const rows = due.map((o) => [o.dueBy ?? "", o.ruleId, `${o.subject.type} ${o.subject.id}`,
    ownerText(o.owner)].map(shown));
  const w = Math.max(4, ...rows.map((r) => (r[1] ?? "").length));
  return rows.map(([day, rule, about, owner]) =>
    `  ${day ?? ""}  ${(rule ?? "").padEnd(w)}  ${(about ?? "").padEnd(24)}  ${owner ?? ""}\n`).join("");
}
