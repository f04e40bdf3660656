import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { barLine, createProgress } from "../../src/cli/progress";

/** A progress display writing into a string, on a clock the test moves. */
function display(isTTY: boolean, quiet = false) {
  let out = "";
  let clock = 0;
  const p = createProgress({ write: (t) => { out += t; }, isTTY, columns: 60, now: () => clock }, quiet);
  return { p, out: () => out, tick: (ms: number) => { clock += ms; } };
}

describe("the progress display", () => {
  it("on a terminal: one bar redrawn in place, at most every 100 ms, always on a new stage and at the end", () => {
    const d = display(true);
    d.p.update({ stage: "rules", rule: "audit.qisp", done: 0, total: 4 });
    d.tick(50);
    d.p.update({ stage: "rules", rule: "audit.feedback", done: 1, total: 4 }); // too soon: skipped
    d.tick(60);
    d.p.update({ stage: "rules", rule: "audit.actions", done: 2, total: 4 });
    d.tick(1);
    d.p.update({ stage: "rules", done: 4, total: 4 }); // the end is always drawn
    d.tick(1);
    d.p.update({ stage: "escalations", done: 0, total: 1 }); // a new stage is always drawn
    const frames = d.out().split("\r").filter((f) => f !== "");
    expect(frames).toEqual([
      "[--------------------]   0% rules: audit.qisp\x1b[K",
      "[##########----------]  50% rules: audit.actions\x1b[K",
      "[####################] 100% rules\x1b[K",
      "[--------------------]   0% escalations\x1b[K",
    ]);
    expect(d.out()).not.toContain("\n");
  });

  it("clear erases a drawn bar once, and writes nothing when none is drawn", () => {
    const d = display(true);
    d.p.clear();
    expect(d.out()).toBe("");
    d.p.update({ stage: "rules", done: 1, total: 2 });
    d.p.clear();
    d.p.clear();
    expect(d.out().endsWith("\r\x1b[K")).toBe(true);
    expect(d.out().split("\r\x1b[K").length).toBe(2);
  });

  it("elsewhere: a plain line per stage; with quiet: nothing", () => {
    const d = display(false);
    for (const stage of ["baseline", "baseline", "proposal", "differences"]) d.p.update({ stage, done: 0, total: 1 });
    d.p.clear();
    expect(d.out()).toBe("baseline\nproposal\ndifferences\n");
    const q = display(true, true);
    q.p.update({ stage: "rules", done: 1, total: 2 });
    q.p.clear();
    expect(q.out()).toBe("");
  });

  it("cuts the bar to the terminal's width and shows control characters in a rule id escaped", () => {
    expect(barLine({ stage: "rules", rule: "x\x1b[2Jy", done: 1, total: 3 }, 200)).toBe("[#######-------------]  33% rules: x\\x1b[2Jy");
    expect(barLine({ stage: "rules", rule: "a-very-long-rule-id", done: 0, total: 0 }, 30)).toHaveLength(30);
  });
});

describe("the progress display's heartbeat (a fake clock)", () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  /** A terminal display whose clock is the fake timers' own. */
  function terminal() {
    let out = "";
    const p = createProgress({ write: (t) => { out += t; }, isTTY: true, columns: 80, now: () => Date.now() }, false);
    return { p, frames: () => out.split("\r").filter((f) => f !== "") };
  }

  it("redraws a terminal's bar at least once a second while no event comes, showing the seconds in the stage", () => {
    const d = terminal();
    d.p.update({ stage: "rules", rule: "audit.qisp", done: 1, total: 4 });
    const drawnAt: number[] = [Date.now()];
    let seen = d.frames().length;
    for (let ms = 0; ms < 3_800; ms += 50) {
      vi.advanceTimersByTime(50);
      if (d.frames().length > seen) { drawnAt.push(Date.now()); seen = d.frames().length; }
    }
    const gaps = drawnAt.slice(1).map((t, i) => t - (drawnAt[i] as number));
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1_000);
    expect(d.frames().at(-1)).toBe("[#####---------------]  25% rules: audit.qisp  3 s\x1b[K");
  });

  it("stops when the bar is cleared, and never redraws a cleared bar", () => {
    const d = terminal();
    d.p.update({ stage: "rules", done: 1, total: 2 });
    d.p.clear();
    const written = d.frames().length;
    vi.advanceTimersByTime(5_000);
    expect(d.frames().length).toBe(written);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("counts the seconds of the stage, from nought again when the stage changes", () => {
    const d = terminal();
    d.p.update({ stage: "parse", done: 0, total: 1 });
    vi.advanceTimersByTime(2_000);
    d.p.update({ stage: "rules", done: 0, total: 1 });
    expect(d.frames().at(-1)).toBe("[--------------------]   0% rules\x1b[K");
    vi.advanceTimersByTime(1_000);
    expect(d.frames().at(-1)).toBe("[--------------------]   0% rules  1 s\x1b[K");
  });
});
