/**
 * Small preferences remembered between mornings (owner, visible columns).
 * Storage can be unavailable or full; preferences are a convenience, so
 * failures fall back to the default silently.
 */
export function readPreference<T>(key: string, fallback: T, isValid: (value: unknown) => value is T): T {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return fallback;
    const parsed: unknown = JSON.parse(raw);
    return isValid(parsed) ? parsed : fallback;
  } catch {
    return fallback;
  }
}

export function writePreference(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not worth interrupting the user over a lost preference.
  }
}
