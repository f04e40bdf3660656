/**
 * The slicer behind `evaluate`'s turns: it reads the clock on every call, so that no run of
 * slow steps goes unnoticed, and a few long steps (compiling a policy) each get a turn.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { SLICE_MS, createSlicer, finishWithTurns } from "../../src/engine/slicing/host-turns";
import { compilePolicySteps } from "../../src/engine/compile/compile-policy";
import { qafPolicy } from "../../src";

afterEach(() => vi.restoreAllMocks());

describe("createSlicer", () => {
  it("says a slice is spent at the first call after it ran out, not some calls later", () => {
    let now = 1_000;
    vi.spyOn(performance, "now").mockImplementation(() => now);
    const slicer = createSlicer();
    expect(slicer.due()).toBe(false);
    now += SLICE_MS;
    expect(slicer.due()).toBe(true);
  });

  it("says a slice is spent at once when its signal is aborted", () => {
    const controller = new AbortController();
    const slicer = createSlicer(controller.signal);
    controller.abort();
    expect(slicer.due()).toBe(true);
  });
});

describe("finishWithTurns", () => {
  it("gives the host a turn before every phase of compiling a policy", async () => {
    let turns = 0;
    let steps = 0;
    const slicer = { due: () => false, turn: async () => void turns++ };
    const phases = compilePolicySteps(qafPolicy);
    const counted: Iterator<void, unknown> = { next: () => (steps++, phases.next()) };
    const compiled = await finishWithTurns(counted, slicer);
    expect(compiled).toHaveProperty("rules");
    // One turn before the first step, one between every two steps: the schema's parts warm one at a time.
    expect(turns).toBe(steps);
    expect(steps).toBeGreaterThan(qafPolicy.rules.length);
  });
});
