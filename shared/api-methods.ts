/**
 * The contract's method names, and nothing else. The sandboxed preload needs
 * only these names, and must not pull the argument schemas (zod) into the
 * page's bridge; `apiArgs` in contract.ts is checked against this list at
 * compile time, so the two cannot drift apart.
 */
export const API_METHOD_NAMES = [
  'store.summary',
  'demo.load',
  'today.list',
  'touchpoints.log',
  'review.markReviewed',
  'review.snooze',
  'review.clear',
  'settings.health',
  'files.pick',
  'import.presets',
  'import.savePreset',
  'import.deletePreset',
  'import.preview',
  'import.start',
  'import.progress',
  'import.cancel',
  'import.history',
  'import.undo',
  'import.rejects',
] as const;

export type ApiMethodName = (typeof API_METHOD_NAMES)[number];
