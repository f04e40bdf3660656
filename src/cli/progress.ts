import type { ProgressEvent } from "../compare/compare-policies";
import { escapeControlKeepingLines } from "../text/escape-control";

/** Where the progress display writes: stderr, and whether it is a terminal. */
export interface ProgressTarget {
  write(text: string): void;
  /** A terminal gets one bar redrawn in place; anything else gets a plain line per stage. */
  isTTY: boolean;
  /** The terminal's width in characters; default 80. */
  columns?: number;
  /** A clock in milliseconds, for drawing at most ten times a second; default `performance.now`. */
  now?: () => number;
}

/** Shows the progress of a long run on stderr. */
export interface ProgressDisplay {
  /** Takes one event: pass it as the run's `onProgress`. */
  update(event: ProgressEvent): void;
  /** Erases the bar, if one is drawn, so that the next line starts on a clean line. */
  clear(): void;
}

const REDRAW_MS = 100;
/** The longest a terminal's bar goes without a redraw while a run lasts, even when no event comes. */
const HEARTBEAT_MS = 1000;
const BAR = 20;

/**
 * The CLI's progress display. On a terminal: one line, `[#####-----]  45% stage: rule`,
 * redrawn in place with a carriage return at most ten times a second (and whenever the
 * stage changes), and at least once a second while the run lasts: a stage that has run a
 * second or more shows its seconds (`rules: audit.qisp  4 s`), so a long rule never looks
 * stuck. Otherwise (a log file, a CI job): one plain line per stage. With `quiet`, nothing
 * at all.
 *
 * @param target - stderr, whether it is a terminal, its width and a clock
 * @param quiet - show nothing
 * @returns the display
 * @example
 * const progress = createProgress({ write: (t) => process.stderr.write(t), isTTY: process.stderr.isTTY }, false);
 * await comparePolicies(data, baseline, proposal, { asOf, onProgress: progress.update });
 * progress.clear();
 */
export function createProgress(target: ProgressTarget, quiet: boolean): ProgressDisplay {
  if (quiet) return { update: () => undefined, clear: () => undefined };
  const now = target.now ?? (() => performance.now());
  let stage: string | undefined;
  let stageFrom = 0;
  let last: ProgressEvent | undefined;
  let drawnAt = -Infinity;
  let drawn = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const draw = (event: ProgressEvent, t: number): void => {
    drawnAt = t;
    drawn = true;
    target.write(`\r${barLine(event, (target.columns ?? 80) - 1, t - stageFrom)}\x1b[K`);
  };
  const clear = (): void => {
    if (drawn) target.write("\r\x1b[K");
    drawn = false;
    clearInterval(heartbeat);
    heartbeat = undefined;
  };
  const update = (event: ProgressEvent): void => {
    const newStage = event.stage !== stage;
    stage = event.stage;
    if (!target.isTTY) {
      if (newStage) target.write(`${escapeControlKeepingLines(event.stage)}\n`);
      return;
    }
    const t = now();
    if (newStage) stageFrom = t;
    last = event;
    heartbeat ??= setInterval(() => {
      const at = now();
      if (last !== undefined && at - drawnAt >= REDRAW_MS) draw(last, at);
    }, HEARTBEAT_MS);
    // The heartbeat must not keep the process alive once the run is over.
    heartbeat.unref?.();
    if (!newStage && event.done < event.total && t - drawnAt < REDRAW_MS) return;
    draw(event, t);
  };
  return { update, clear };
}

/**
 * The bar's text for one event, cut to a width.
 *
 * @param event - the event
 * @param width - the most characters to use
 * @param inStage - milliseconds the stage has run: from a second on, shown in whole seconds
 * @returns `[#########-----------]  45% stage: rule`, and `  4 s` after it four seconds into a stage
 */
export function barLine(event: ProgressEvent, width: number, inStage = 0): string {
  const share = event.total > 0 ? Math.min(1, Math.max(0, event.done / event.total)) : 0;
  const filled = Math.round(share * BAR);
  const label = escapeControlKeepingLines(event.rule === undefined ? event.stage : `${event.stage}: ${event.rule}`);
  const seconds = inStage >= HEARTBEAT_MS ? `  ${Math.floor(inStage / 1000)} s` : "";
  const line = `[${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${label}${seconds}`;
  return line.length > width ? line.slice(0, Math.max(0, width)) : line;
}
