import { describe, expectTypeOf, it } from "vitest";
import { defineDataset, evaluate } from "../../src";
import type { DatasetInput } from "../../src";

const asOf = { asOf: "2025-03-31" };
const team = { id: "t1", areaId: "north", name: "Team 1", type: "IFST" } as const;

describe("a dataset written in code is checked by the compiler", () => {
  it("defineDataset takes a literal the contract allows, and refuses a misspelt collection or enum value", () => {
    expectTypeOf(defineDataset({ areas: [{ id: "north", name: "North" }], teams: [team] })).toEqualTypeOf<DatasetInput>();
    // @ts-expect-error -- `staf` is not a collection
    defineDataset({ staf: [] });
    // @ts-expect-error -- a team's type is "IFST" or "FCT"
    defineDataset({ teams: [{ ...team, type: "ifst" }] });
    // @ts-expect-error -- a staff member's role is one the contract names
    defineDataset({ staff: [{ id: "s1", role: "boss", contract: "full-time", startedOn: "2024-01-01" }] });
  });

  it("evaluate refuses an object literal with a misspelt collection or enum value", () => {
    void evaluate({ teams: [team] }, asOf);
    void evaluate(defineDataset({ teams: [team] }), asOf);
    // @ts-expect-error -- `staf` is not a collection
    void evaluate({ staf: [] }, asOf);
    // @ts-expect-error -- `staf` is not a collection, even beside one that is
    void evaluate({ staff: [], staf: [] }, asOf);
    // @ts-expect-error -- a team's type is "IFST" or "FCT"
    void evaluate({ teams: [{ id: "t1", areaId: "north", type: "ifst" }] }, asOf);
  });

  it("evaluate still takes data whose type says nothing of it (read from a file), checked when it runs", () => {
    const fromFile: unknown = JSON.parse("{}");
    void evaluate(fromFile, asOf);
    void evaluate(JSON.parse("{}"), asOf);
    const loaded: Record<string, unknown[]> = {};
    void evaluate(loaded, asOf);
  });
});
