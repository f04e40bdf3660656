import type { Policy } from "../../policy/policy";

/** A stage of {@link evaluate}, for progress reports. */
export type EvaluateStage = "parse" | "index" | "rules" | "escalate" | "sort";

/** Where {@link evaluate} is: a stage, the rule it has just run, and how far it is. */
export interface EvaluateProgress {
  stage: EvaluateStage;
  /** The rule just run (stage `rules` only). */
  rule?: string;
  /** Steps done in this stage (rules run, for `rules`). */
  done: number;
  /** Steps in this stage. */
  total: number;
}

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** The day of the evaluation, `YYYY-MM-DD`: nothing after it has happened yet. */
  asOf: string;
  /** The window's first day; defaults to the start of the financial year containing `asOf`. */
  from?: string;
  /** The policy to apply; defaults to {@link qafPolicy}. */
  policy?: Policy;
  /**
   * Stops the evaluation early: once aborted, `evaluate` rejects with the signal's reason
   * (an `AbortError` `DOMException` unless the caller gave another) at its next turn, within
   * a few tens of milliseconds of work.
   */
  signal?: AbortSignal;
  /**
   * Called as the evaluation moves on: at the start of each stage (`done: 0`), and after each
   * rule (`stage: "rules"`, `rule`: its id, `done` of `total` rules). For a progress bar;
   * it must not throw.
   */
  onProgress?: (progress: EvaluateProgress) => void;
}
