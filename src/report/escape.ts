/**
 * Escapes text for HTML or SVG content and attribute values.
 *
 * @param text - any text, possibly from the dataset
 * @returns the text with `& < > " '` replaced by entities
 * @example
 * escapeHtml('<b>"A&B"</b>'); // "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
