/**
 * A long-running server over one evaluation, with Node's own `http` (no framework): it
 * evaluates at start-up and again at each day's turn in England (midnight, Europe/London,
 * computed from UTC without the machine's time zone), keeps an index of the evaluation and
 * an explainer, and answers a person's view in well under a millisecond.
 *
 *   npx tsx examples/server.ts                    # a generated demo county, port 8080
 *   npx tsx examples/server.ts export.json 3000   # a council's export (one JSON dataset)
 *
 *   GET /people/<staffId>              their active breaches, open obligations, escalations
 *   GET /people/<staffId>?line=1       the same for them and everyone under them on asOf
 *   GET /people/<staffId>/due?within=14&line=1   what falls due in the next 14 days
 *   GET /teams/most-breaches           the ten teams with the most active breaches
 *   GET /explain/<result id>           why a result is what it is
 *   GET /status                        asOf, and when the next evaluation runs
 */
import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { createExplainerAsync, evaluate, QafError, type DatasetInput, type Explainer } from "one-point-qaf";
import { generateCounty } from "one-point-qaf/demo";
import { indexEvaluation, type EvaluationIndex } from "one-point-qaf/query";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The last Sunday of a month (0-based `month`) of a year, as a UTC day number (days since 1970-01-01). */
function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0) / DAY; // the month's last day
  return last - new Date(last * DAY).getUTCDay();
}

/**
 * The UK's offset from UTC at an instant, in milliseconds: one hour of summer time from 01:00
 * UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October, else none.
 *
 * @param at - the instant, milliseconds since 1970 (UTC)
 * @returns 3,600,000 in summer time, else 0
 */
export function londonOffset(at: number): number {
  const year = new Date(at).getUTCFullYear();
  const start = lastSunday(year, 2) * DAY + HOUR;
  const end = lastSunday(year, 9) * DAY + HOUR;
  return at >= start && at < end ? HOUR : 0;
}

/**
 * The day in England at an instant, whatever the machine's time zone.
 *
 * @param at - the instant, milliseconds since 1970 (UTC)
 * @returns the day, `YYYY-MM-DD`
 */
export function londonDay(at: number): string {
  return new Date(at + londonOffset(at)).toISOString().slice(0, 10);
}

/**
 * The next midnight in England after an instant: when the day turns and a new evaluation is
 * due. The clocks change at 01:00 UTC, never at midnight, so midnight is always one instant.
 *
 * @param at - the instant, milliseconds since 1970 (UTC)
 * @returns the instant of the next midnight, milliseconds since 1970 (UTC)
 */
export function nextLondonMidnight(at: number): number {
  const tomorrow = Date.parse(`${londonDay(at)}T00:00:00Z`) + DAY;
  // Midnight in England is 00:00 UTC in winter, 23:00 UTC the evening before in summer.
  return tomorrow - londonOffset(tomorrow - HOUR);
}

/** How long after midnight the day's evaluation starts: a timer may fire a millisecond early, still on the old day. */
const SETTLE_MS = 1000;

/** What the server answers from: the day's evaluation, indexed, and its explainer. */
interface Today {
  asOf: string;
  index: EvaluationIndex;
  explainer: Explainer;
}

/**
 * Starts the server: evaluates now, then at every midnight in England; answers from the
 * latest evaluation while the next one runs (evaluate gives the event loop turns, so requests
 * are answered meanwhile).
 *
 * @param dataset - the export to evaluate (re-read it in `refresh` if it changes daily)
 * @param port - the port to listen on (0: any free port)
 * @returns the port it listens on, once it does, and `close`
 */
export function startServer(dataset: DatasetInput, port: number): { listening: Promise<number>; close(): void } {
  let today: Today | undefined;
  let timer: NodeJS.Timeout | undefined;
  const refresh = async (): Promise<void> => {
    const asOf = londonDay(Date.now());
    const started = performance.now();
    const evaluation = await evaluate(dataset, { asOf });
    const t = performance.now();
    const index = indexEvaluation(evaluation, dataset);
    const indexMs = performance.now() - t;
    const explainer = await createExplainerAsync(evaluation, { dataset });
    today = { asOf, index, explainer };
    console.log(`${asOf}: evaluated and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s (index ${indexMs.toFixed(0)} ms)`);
  };
  const schedule = () => {
    timer = setTimeout(() => {
      refresh().catch((e: unknown) => console.error("evaluation failed; the previous day's stays", e)).finally(schedule);
    }, nextLondonMidnight(Date.now()) + SETTLE_MS - Date.now());
  };
  refresh().catch((e: unknown) => console.error("evaluation failed", e)).finally(schedule);

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const parts = url.pathname.split("/").filter((p) => p !== "").map(decodeURIComponent);
    if (parts[0] === "status") return send(res, 200, { asOf: today?.asOf ?? null, nextEvaluation: new Date(nextLondonMidnight(Date.now())).toISOString() });
    if (today === undefined) return send(res, 503, { error: "the first evaluation is still running" });
    const line = url.searchParams.get("line") === "1";
    try {
      if (parts[0] === "people" && parts[1] !== undefined && parts[2] === undefined) {
        return send(res, 200, today.index.view(parts[1], { line }));
      }
      if (parts[0] === "people" && parts[1] !== undefined && parts[2] === "due") {
        const within = Number(url.searchParams.get("within") ?? "14");
        return send(res, 200, today.index.dueSoon(within, line ? { under: parts[1] } : { owner: parts[1] }));
      }
      if (parts[0] === "teams" && parts[1] === "most-breaches") return send(res, 200, today.index.activeBreachCounts("team").slice(0, 10));
      if (parts[0] === "explain" && parts[1] !== undefined) return send(res, 200, today.explainer.explain(parts[1]));
    } catch (e) {
      // The library's errors name what to fix (a bad `within`, an unknown id) and never echo personal data.
      if (e instanceof QafError) return send(res, 400, { error: e.message });
      console.error(e);
      return send(res, 500, { error: "internal error" });
    }
    return send(res, 404, { error: "not found" });
  });
  const listening = new Promise<number>((resolve) => server.listen(port, () => resolve((server.address() as AddressInfo).port)));
  return {
    listening,
    close() {
      clearTimeout(timer);
      server.close();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [file, port = "8080"] = process.argv.slice(2);
  const dataset = file === undefined
    ? generateCounty({ areas: 4, teamsPerArea: 10, staffPerTeam: 15, years: 3 })
    : (JSON.parse(readFileSync(file, "utf8")) as DatasetInput);
  const listening = await startServer(dataset, Number(port)).listening;
  console.log(`listening on http://localhost:${listening}/ (try /status, /teams/most-breaches)`);
}
