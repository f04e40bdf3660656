import { describe, expect, it } from "vitest";
import type { EngineContext } from "../../src/engine/context/engine-context";
import type { SubjectInstance } from "../../src/engine/subjects/subject";
import { partyResolvers } from "../../src/engine/vocabulary/owners";

describe("an owner no one holds", () => {
  it("is one frozen empty party, so that results can share it", () => {
    // A subject naming no one, and people who know no one: each resolver that reads a staff id finds nobody.
    const subject = { fact: () => undefined, subject: { type: "staff", id: "nobody" }, staff: undefined } as unknown as SubjectInstance;
    const ctx = { people: { party: () => undefined, lineManagerOf: () => undefined } } as unknown as EngineContext;
    const found = (["auditor", "supervisor", "self", "line-manager"] as const).map((name) => partyResolvers[name].value(subject, ctx));
    for (const party of found) {
      expect(party).toEqual({});
      expect(Object.isFrozen(party)).toBe(true);
      expect(party).toBe(found[0]);
    }
  });
});
