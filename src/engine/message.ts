/**
 * Fills a message template: `{name}` is replaced by the value of `name`; a list is joined
 * with commas. Unknown names are left as they are, so a typo shows rather than vanishes.
 *
 * @param template - plain English with `{placeholders}`
 * @param values - the values to put in
 * @returns the sentence
 * @example
 * fillMessage("Due by {dueBy}.", { dueBy: "2025-01-15" }); // "Due by 2025-01-15."
 */
export function fillMessage(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined || value === null) return whole;
    return Array.isArray(value) ? value.join(", ") : String(value);
  });
}
