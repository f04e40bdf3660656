/**
 * Reads `{ dataset, options }` as JSON from stdin, evaluates it with the default policy and
 * prints `{ timeZone, offsetMinutes, evaluation }` as JSON: the time-zone property runs it in
 * child processes under different `TZ` values.
 */
import { evaluate } from "../../src";

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const { dataset, options } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
  dataset: unknown;
  options: { asOf: string; from?: string };
};
const evaluation = await evaluate(dataset, options);
process.stdout.write(
  JSON.stringify({
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offsetMinutes: new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset(),
    evaluation,
  }),
);
