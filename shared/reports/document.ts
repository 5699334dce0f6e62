import type { Band, IsoDay } from '../domain';

/**
 * A report laid out once, in words and numbers, for every renderer (HTML,
 * Markdown, PDF) to draw. Deciding what a report says happens here and only
 * here: in particular the customer's copy of an account update is built
 * without the internal material, so no renderer can leak it.
 * All text is plain (already cleaned); each renderer escapes it for its format.
 */

/** Colours a chart or a cell may use; the renderers map them to the product's palette. */
export type Tint = Band | 'accent' | 'muted';

export interface Figure {
  label: string;
  value: string;
  /** A smaller line under the value ("$1.2M · 12% of value"). */
  note?: string;
  tint?: Tint;
}

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
  /** Share of the table's width relative to the other columns (1 when absent). */
  weight?: number;
}

export interface TableCell {
  text: string;
  /** A second, smaller line (a reason, a person, an excerpt of notes). */
  detail?: string;
  /** Shown as a pill in the band's colours. */
  band?: Band;
  strong?: boolean;
}

export type Cell = string | TableCell;

export interface BarChart {
  kind: 'bars';
  title: string;
  /** The chart in one sentence after its title, for Markdown and screen readers. */
  summary: string;
  bars: { label: string; value: number; display: string; tint: Tint }[];
}

export interface LineChart {
  kind: 'line';
  title: string;
  summary: string;
  /** The value axis runs from min to max (a health score: 0–100). */
  min: number;
  max: number;
  points: { day: IsoDay; value: number }[];
  /** Shaded zones behind the line, e.g. the bands' score ranges. */
  zones: { from: number; to: number; tint: Tint }[];
}

export type Chart = BarChart | LineChart;

export type Block =
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'figures'; figures: Figure[] }
  | { kind: 'table'; columns: TableColumn[]; rows: Cell[][]; /** Said instead of an empty table. */ empty: string; /** Under the table ("and 120 more…"). */ footnote?: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'callout'; text: string; tone: 'info' | 'internal' }
  | { kind: 'chart'; chart: Chart }
  | { kind: 'subheading'; text: string };

export interface ReportSection {
  /** Stable id (HTML anchors, tests). */
  id: string;
  heading: string;
  blocks: Block[];
}

export interface ReportDocument {
  kind: 'account' | 'portfolio';
  /** Over the page's top ("Status update", "Portfolio report"). */
  eyebrow: string;
  title: string;
  subtitle: string;
  /** Who, when, how to reach: label–value pairs under the title. */
  meta: { label: string; value: string }[];
  /** A warning across the top, e.g. that this is an internal copy. */
  banner: string | null;
  sections: ReportSection[];
  /** Printed in every page's running header and footer. */
  runningTitle: string;
  /** The day the report is about (the end of its period). */
  day: IsoDay;
  /** A file-name-safe stem, e.g. "status-update-nordwind-2026-11-24". */
  fileStem: string;
}

/** The text of a cell whichever form it takes. */
export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.text;
}
