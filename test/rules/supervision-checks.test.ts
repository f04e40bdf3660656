import { describe, expect, it } from "vitest";
import { qafPolicy, withParameters } from "../../src";
import { ALL_AGENDA, about, evaluateTeam, supervision, worker } from "../fixtures/supervision";

const options = { asOf: "2024-06-30" };
const staff = [worker("p1", { startedOn: "2024-04-01" })];
const one = (extra: Record<string, unknown>) => evaluateTeam({ staff, supervisions: [supervision("s1", "p1", "2024-05-14", extra)] }, options);

describe("supervision.agenda: every item of the agenda is covered", () => {
  it("holds for a supervision covering all ten items", async () => {
    expect(about(await one({}), "supervision.agenda", "s1").breaches).toEqual([]);
  });

  it("lists the missing items, dated on the supervision, owned by the supervisor", async () => {
    const ev = await one({ agenda: ALL_AGENDA.filter((a) => a !== "wellbeing" && a !== "disagreements") });
    expect(about(ev, "supervision.agenda", "s1").breaches).toEqual([
      expect.objectContaining({
        id: "supervision.agenda/supervision:s1", subject: { type: "supervision", id: "s1" },
        owner: { staffId: "tm", role: "team-manager" }, severity: "low", since: "2024-05-14", status: "active",
        message: "Supervision s1 did not cover these agenda items: wellbeing, disagreements.",
        details: { failures: [expect.objectContaining({ field: "agenda", missing: ["wellbeing", "disagreements"] })] },
      }),
    ]);
  });

  it("lists all ten for an empty agenda, and follows a council's own agenda", async () => {
    const ev = await one({ agenda: [] });
    expect(about(ev, "supervision.agenda", "s1").breaches[0]?.details).toMatchObject({ failures: [{ missing: ALL_AGENDA }] });
    const policy = withParameters(qafPolicy, { supervision: { agendaItems: ["wellbeing"] } });
    const own = await evaluateTeam({ staff, supervisions: [supervision("s1", "p1", "2024-05-14", { agenda: ["wellbeing"] })] }, { ...options, policy });
    expect(about(own, "supervision.agenda", "s1").breaches).toEqual([]);
  });

  it("still counts a supervision with gaps as a supervision", async () => {
    const ev = await one({ agenda: [], reflection: false });
    expect(about(ev, "supervision.frequency", "p1").obligations[0]).toMatchObject({ evidence: ["s1"], progress: { done: 1 } });
  });
});

describe("supervision.reflection: each supervision has an element of reflection", () => {
  it("holds when reflection is true, and is a low breach of the supervisor when not", async () => {
    expect(about(await one({}), "supervision.reflection", "s1").breaches).toEqual([]);
    expect(about(await one({ reflection: false }), "supervision.reflection", "s1").breaches).toMatchObject([
      { owner: { staffId: "tm" }, severity: "low", since: "2024-05-14", message: "Supervision s1 had no element of reflection." },
    ]);
  });

  it("escalates to the supervisor's line manager on the day and no further: a check stops at the first rung", async () => {
    // 2024-05-14 (Tue); spring bank holiday 2024-05-27. The 10th working day after it is 2024-05-29 and the
    // 20th 2024-06-12, when a deadline breach would climb to sm and ehivcmt: a check breach stays with om.
    const at = async (asOf: string) =>
      about(await evaluateTeam({ staff, supervisions: [supervision("s1", "p1", "2024-05-14", { reflection: false })] }, { asOf }),
        "supervision.reflection", "s1").escalations;
    expect(await at("2024-05-14")).toMatchObject([{ level: 1, to: { staffId: "om" }, raisedOn: "2024-05-14" }]);
    expect(await at("2024-05-29")).toMatchObject([{ level: 1, to: { staffId: "om" }, raisedOn: "2024-05-14" }]);
    expect(await at("2024-06-12")).toMatchObject([{ level: 1, to: { staffId: "om" }, raisedOn: "2024-05-14" }]);
  });
});

describe("supervision.urn-only: URNs only under families having a personal impact", () => {
  const OFFENDING = "Sam Smith lives at 3 Oak Road";

  it("holds for URNs and for an empty list", async () => {
    expect(about(await one({ personalImpactUrns: ["100234", "7"] }), "supervision.urn-only", "s1").breaches).toEqual([]);
    expect(about(await one({ personalImpactUrns: [] }), "supervision.urn-only", "s1").breaches).toEqual([]);
  });

  it("is a high breach naming the offending positions only", async () => {
    const ev = await one({ personalImpactUrns: ["100234", OFFENDING, "12345678901234", "42"] });
    expect(about(ev, "supervision.urn-only", "s1").breaches).toMatchObject([
      {
        id: "supervision.urn-only/supervision:s1", severity: "high", owner: { staffId: "tm" }, since: "2024-05-14",
        message: "Supervision s1 lists something other than a URN under families having a personal impact (entry 2, 3), where only URNs may be written.",
        details: { failures: [{ field: "personalImpactUrns", positions: [1, 2] }] },
      },
    ]);
  });

  it("never repeats the offending text anywhere in the evaluation", async () => {
    const ev = await one({ personalImpactUrns: [OFFENDING], agenda: [], reflection: false });
    const text = JSON.stringify(ev);
    expect(about(ev, "supervision.urn-only", "s1").breaches).toHaveLength(1);
    expect(text).not.toContain(OFFENDING);
    for (const word of ["Sam", "Smith", "Oak Road"]) expect(text).not.toContain(word);
  });

  it("follows the council's own URN pattern", async () => {
    const policy = withParameters(qafPolicy, { supervision: { urnPattern: "^U[0-9]+$" } });
    const ev = await evaluateTeam(
      { staff, supervisions: [supervision("s1", "p1", "2024-05-14", { personalImpactUrns: ["U12", "100234"] })] },
      { ...options, policy },
    );
    expect(about(ev, "supervision.urn-only", "s1").breaches).toMatchObject([{ details: { failures: [{ positions: [1] }] } }]);
  });
});

describe("supervision checks and the window", () => {
  it("report a supervision dated inside the window only, and ignore one after asOf", async () => {
    const ev = await evaluateTeam(
      {
        staff,
        supervisions: [
          supervision("old", "p1", "2024-04-20", { reflection: false }),
          supervision("new", "p1", "2024-07-10", { reflection: false }),
          supervision("future", "p1", "2024-08-10", { reflection: false }),
        ],
      },
      { asOf: "2024-07-31", from: "2024-05-01" },
    );
    expect(ev.breaches.filter((b) => b.ruleId === "supervision.reflection").map((b) => b.subject.id)).toEqual(["new"]);
  });
});
