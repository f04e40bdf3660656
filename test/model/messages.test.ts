import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { policyIssues, qafErrorMap, qafPolicy, withParameters, zodEnglish } from "../../src";

/** The messages of a policy refused by its schema alone: zod's words, not the library's. */
const refusal = () => policyIssues({ ...qafPolicy, id: "", extra: true }).map((i) => i.message);
const ENGLISH = ["Too small: expected string to have >=1 characters", 'Unrecognized key: "extra"'];

afterEach(() => {
  z.config({ localeError: undefined });
});

describe("zod's messages are English, whatever locale the app gives zod", () => {
  it("with none (zod/mini loads none), a policy's refusal is in zod's English", () => {
    expect(refusal()).toEqual(ENGLISH);
  });

  it.each([["fr"], ["de"], ["ja"]] as const)("with zod set to %s, the same words", (locale) => {
    z.config(z.locales[locale]());
    expect(refusal()).toEqual(ENGLISH);
    expect(() => withParameters(qafPolicy, { audit: { extra: 1 } } as never)).toThrow('Unrecognized key: "extra"');
  });

  it("qafErrorMap gives zod's English where it has no predicate of its own", () => {
    z.config(z.locales.fr());
    const issue: z.core.$ZodRawIssue = { code: "unrecognized_keys", keys: ["a", "b"], input: {}, path: [] };
    expect(qafErrorMap(issue)).toBe('Unrecognized keys: "a", "b"');
    expect(zodEnglish(issue)).toBe('Unrecognized keys: "a", "b"');
  });
});
