/**
 * Text for HTML, in element content and in quoted attribute values alike.
 * Everything a report prints passes through here: notes, subjects and
 * account names are hostile input.
 *
 * @example
 * escapeHtml('<img src=x onerror=alert(1)>'); // "&lt;img src=x onerror=alert(1)&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
