import { extname, join } from "node:path";

/**
 * The parallel worker's file beside a module of the library: `.ts` beside a source file; beside
 * a built file the CommonJS one, `parallel-worker.cjs`, whichever build the module is. A piscina
 * worker `require()`s its file, and on Node 20.19 and later the `require()` of an ES module
 * aborted the whole process (a V8 fatal error) when the pool was destroyed while a worker was
 * still loading it, as it is at once for an export that goes back to one thread. The ES module
 * worker is the fallback for a bundle built without the other.
 *
 * @param here - the path of the module asking (`__filename`, or `import.meta.url` as a path)
 * @param exists - whether a file exists
 * @returns the worker's path
 */
export function workerBeside(here: string, exists: (path: string) => boolean): string {
  const ext = extname(here);
  const commonJs = join(here, "..", "parallel-worker.cjs");
  if (ext === ".js" && exists(commonJs)) return commonJs;
  return join(here, "..", `parallel-worker${ext}`);
}
