/**
 * A worker that fails outside a task (it cannot start, it runs out of memory) must reject the
 * parallel evaluation, and the CLI must exit 3 with one plain message, instead of the pool's
 * 'error' event, which nobody else listens to, crashing the caller's process.
 *
 * A real worker cannot be made to fail outside a task on demand, so the pool is replaced by
 * one that does exactly that: it never settles a task and emits 'error' instead.
 */
import { EventEmitter } from "node:events";
import { readFileSync } from "node:fs";
import type * as os from "node:os";
import { describe, expect, it, vi } from "vitest";

const failure = new Error("worker ran out of memory");
const destroyed = vi.fn();

vi.mock("piscina", () => ({
  Piscina: class FailingPool extends EventEmitter {
    run(): Promise<never> {
      setImmediate(() => this.emit("error", failure));
      return new Promise<never>(() => undefined);
    }
    destroy(): Promise<void> {
      destroyed();
      return Promise.resolve();
    }
  },
}));
// Two cores and plenty of memory wherever this runs, so that the pool is always used.
vi.mock("node:os", async (original) => ({ ...(await original<typeof os>()), availableParallelism: () => 2, freemem: () => 64 * 1024 ** 3 }));

const { evaluateParallel } = await import("../../src/node/parallel");
const { WorkerFailedError } = await import("../../src/node/errors");
const { cli, CSV_EXPORT } = await import("../cli/helpers");

const demo: unknown = JSON.parse(readFileSync(new URL("../../examples/data/demo-county.json", import.meta.url), "utf8"));

describe("a worker failing outside a task", () => {
  it("rejects evaluateParallel with the worker's error, and destroys the pool", async () => {
    destroyed.mockClear();
    const call = evaluateParallel(demo, { asOf: "2026-03-31", jobs: 2 });
    await expect(call).rejects.toBeInstanceOf(WorkerFailedError);
    await expect(call).rejects.toMatchObject({ code: "worker_failed", cause: failure, message: expect.stringContaining("worker ran out of memory") });
    expect(destroyed).toHaveBeenCalledOnce();
  });

  it("makes the CLI exit 3 with one message, and no stack trace", async () => {
    const { code, stderr, stdout } = await cli(["evaluate", CSV_EXPORT, "--as-of", "2026-03-31", "--jobs", "2"]);
    expect(code).toBe(3);
    expect(stdout).toBe("");
    expect(stderr).toContain("worker ran out of memory");
    expect(stderr).toContain("--jobs 1");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
