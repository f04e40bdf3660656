import type { DatasetPatch } from "./scenario";

type Row = Record<string, unknown>;

/**
 * Lays a patch over a base dataset, collection by collection: a record with an `id` already
 * there is merged field by field, or removed with `"$remove": true`; others are appended.
 * Neither input is changed.
 *
 * @param base - the base dataset
 * @param patch - the records to merge, add or remove, by collection
 * @returns the new dataset
 * @example
 * patchDataset(base, { audits: [{ id: "a1", grade: 9 }, { id: "a2", "$remove": true }] });
 */
export function patchDataset(base: Readonly<Record<string, unknown>>, patch: DatasetPatch = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [collection, changes] of Object.entries(patch)) {
    const rows = (Array.isArray(base[collection]) ? [...(base[collection] as Row[])] : []) as (Row | undefined)[];
    const at = new Map(rows.map((r, i) => [r?.["id"], i]));
    for (const change of changes) {
      const { $remove, ...fields } = change;
      const i = fields["id"] === undefined ? undefined : at.get(fields["id"]);
      if (i === undefined) {
        if ($remove !== true) rows.push(fields);
      } else rows[i] = $remove === true ? undefined : { ...rows[i], ...fields };
    }
    out[collection] = rows.filter((r): r is Row => r !== undefined);
  }
  return out;
}
