import type { Band } from '../domain';
import type { Tint } from './document';

/**
 * The product's colours for printed reports: the light theme of
 * renderer/styles/tokens.css (a report is printed on white, whatever the
 * console's theme). Keep in step with the tokens.
 */
export const PALETTE = {
  text: '#1d2433',
  muted: '#5d6677',
  subtle: '#8b93a3',
  border: '#e4e7ec',
  borderStrong: '#cfd4dc',
  surface: '#ffffff',
  sunken: '#f8f9fb',
  accent: '#2b59c3',
  accentSoft: '#eaf0fd',
  dangerFg: '#b42318',
  dangerBg: '#fef1f0',
  dangerBorder: '#f6cbc7',
} as const;

export const BAND_COLOURS: Record<Band, { fg: string; bg: string; dot: string }> = {
  healthy: { fg: '#1a6e45', bg: '#e3f4ea', dot: '#2e9e63' },
  watch: { fg: '#7d5700', bg: '#fcf1d2', dot: '#d9a21b' },
  at_risk: { fg: '#a4470b', bg: '#fde8d9', dot: '#e8701a' },
  neglected: { fg: '#b42318', bg: '#fde7e6', dot: '#d92d20' },
};

/** The strong colour of a tint (bars, figure accents). */
export function tintColour(tint: Tint): string {
  if (tint === 'accent') return PALETTE.accent;
  if (tint === 'muted') return PALETTE.subtle;
  return BAND_COLOURS[tint].dot;
}

/** The soft background of a tint (chart zones). */
export function tintSoft(tint: Tint): string {
  if (tint === 'accent') return PALETTE.accentSoft;
  if (tint === 'muted') return PALETTE.sunken;
  return BAND_COLOURS[tint].bg;
}
