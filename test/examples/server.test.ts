import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCounty } from "../../src/demo";
import { londonDay, nextLondonMidnight, startServer } from "../../examples/server";

/** The day and hour in England by the platform's own time zone data, to check the arithmetic against. */
const london = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
function byIntl(at: number): { day: string; time: string } {
  const p = Object.fromEntries(london.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  return { day: `${p["year"]}-${p["month"]}-${p["day"]}`, time: `${p["hour"]}:${p["minute"]}` };
}

const instants = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) });

describe("the server's day in England, whatever the machine's zone", () => {
  it("londonDay is the day in Europe/London", () => {
    fc.assert(fc.property(instants, (at) => londonDay(at) === byIntl(at).day), { numRuns: 2000 });
    // Around the clock changes: 01:00 UTC on the last Sundays of March and October.
    for (const at of ["2025-03-29T23:30:00Z", "2025-03-30T00:30:00Z", "2025-03-30T23:30:00Z", "2025-10-25T23:30:00Z", "2025-10-26T00:30:00Z", "2025-10-26T23:30:00Z"]) {
      expect(londonDay(Date.parse(at))).toBe(byIntl(Date.parse(at)).day);
    }
  });

  it("nextLondonMidnight is the next 00:00 in Europe/London", () => {
    fc.assert(fc.property(instants, (at) => {
      const next = nextLondonMidnight(at);
      expect(next).toBeGreaterThan(at);
      expect(byIntl(next).time).toBe("00:00");
      expect(byIntl(next - 1).day).toBe(byIntl(at).day);
    }), { numRuns: 2000 });
  });
});

describe("the example server", () => {
  it("answers a person's view, their line's due work, the worst teams and an explanation", async () => {
    const dataset = generateCounty({ areas: 1, teamsPerArea: 2, staffPerTeam: 4, years: 1 });
    const server = startServer(dataset, 0);
    try {
      const base = `http://localhost:${await server.listening}`;
      const get = async (path: string) => {
        const r = await fetch(base + path);
        return { status: r.status, body: (await r.json()) as Record<string, unknown> & unknown[] };
      };
      while ((await get("/status")).body["asOf"] === null) await new Promise((resolve) => setTimeout(resolve, 50));
      const manager = dataset.staff.find((s) => s.role === "team-manager")?.id as string;
      const view = await get(`/people/${manager}?line=1`);
      expect(view.status).toBe(200);
      expect(view.body["staffId"]).toBe(manager);
      expect((await get(`/people/${manager}/due?within=14&line=1`)).status).toBe(200);
      expect((await get(`/people/${manager}/due?within=-1`)).status).toBe(400);
      const worst = await get("/teams/most-breaches");
      expect(worst.body.length).toBeGreaterThan(0);
      const breach = ((view.body["activeBreaches"] ?? []) as { id: string }[])[0];
      if (breach) expect((await get(`/explain/${encodeURIComponent(breach.id)}`)).body["id"]).toBe(breach.id);
      expect((await get("/nowhere")).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
