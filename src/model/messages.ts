import { en } from "zod/locales";
import type { z } from "zod/mini";

/** How the error map begins the message of a value outside a list, before the allowed values (joined by `, `). */
export const ONE_OF = "must be one of: ";

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "an array",
  object: "an object",
};

let english: z.core.$ZodErrorMap | undefined;

/**
 * zod's own English message for an issue, whatever locale the app gave zod (`zod/mini` loads
 * none): the messages of a policy or a scenario refused. Made on first use, not on load.
 *
 * @param issue - a raw zod issue
 * @returns zod's English message
 * @example
 * policySchema.safeParse(input, { error: zodEnglish });
 */
export function zodEnglish(issue: z.core.$ZodRawIssue): string | undefined {
  english ??= en().localeError;
  const message = english(issue);
  return typeof message === "string" ? message : message?.message;
}

/**
 * The library's zod error map: one plain English predicate per problem (the path says
 * where). It never echoes the offending input, which may be personal data; it quotes
 * only what the schema allows. Messages set on a schema itself take precedence; a problem
 * it has no predicate for gets zod's English message ({@link zodEnglish}).
 *
 * @param issue - a raw zod issue
 * @returns the message
 * @example
 * caseSchema.safeParse(record, { error: qafErrorMap });
 */
export function qafErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required";
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return `${ONE_OF}${issue.values.map(String).join(", ")}`;
    case "too_small":
      return issue.origin === "number" ? `must be at least ${String(issue.minimum)}` : "must not be empty";
    case "too_big":
      return issue.origin === "number" ? `must be at most ${String(issue.maximum)}` : "is too long";
    case "invalid_union":
      {
        const options: unknown = "options" in issue ? issue.options : undefined;
        if (Array.isArray(options) && options.length > 0) return `${ONE_OF}${options.map(String).join(", ")}`;
      }
      return "does not match any allowed form";
    default:
      return zodEnglish(issue);
  }
}
