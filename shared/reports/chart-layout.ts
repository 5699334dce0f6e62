import { dayStartMs } from '../dates';
import type { BarChart, LineChart } from './document';
import { formatDayShort } from './format';
import { tintColour, tintSoft } from './palette';

/**
 * Where each mark of a chart goes, in points from the chart's top-left
 * corner. The SVG (HTML) and PDF renderers both draw from these layouts, so a
 * chart looks the same on screen and on paper.
 */

export interface BarLayout {
  width: number;
  height: number;
  rows: { label: string; display: string; colour: string; labelX: number; barX: number; barWidth: number; textY: number; barY: number; barHeight: number; valueX: number }[];
  /** The faint track each bar runs along. */
  trackWidth: number;
}

/** Horizontal bars, one per row: label, bar scaled to the largest value, value text after the bar. */
export function layoutBars(chart: BarChart, width: number, rowHeight = 24, labelWidth = 110, valueWidth = 96): BarLayout {
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const barX = labelWidth;
  const trackWidth = Math.max(40, width - labelWidth - valueWidth);
  const barHeight = Math.round(rowHeight * 0.58);
  return {
    width,
    height: chart.bars.length * rowHeight,
    trackWidth,
    rows: chart.bars.map((bar, i) => {
      const top = i * rowHeight;
      const barWidth = bar.value > 0 ? Math.max(2, (bar.value / max) * trackWidth) : 0;
      return {
        label: bar.label,
        display: bar.display,
        colour: tintColour(bar.tint),
        labelX: 0,
        barX,
        barWidth,
        barY: top + (rowHeight - barHeight) / 2,
        barHeight,
        textY: top + rowHeight / 2,
        valueX: barX + barWidth + 6,
      };
    }),
  };
}

export interface LineLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  zones: { y: number; height: number; colour: string }[];
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  points: { x: number; y: number }[];
  colour: string;
  last: { x: number; y: number; label: string };
}

/** A line over time with shaded zones behind it; the x axis is calendar time, the y axis min…max. */
export function layoutLine(chart: LineChart, width: number, height: number): LineLayout {
  const plot = { x: 30, y: 6, width: width - 30 - 34, height: height - 6 - 20 };
  const first = dayStartMs(chart.points[0]!.day);
  const span = Math.max(1, dayStartMs(chart.points.at(-1)!.day) - first);
  const yOf = (v: number) => plot.y + plot.height - ((Math.min(chart.max, Math.max(chart.min, v)) - chart.min) / (chart.max - chart.min)) * plot.height;
  const xOf = (day: string) => plot.x + ((dayStartMs(day) - first) / span) * plot.width;
  const points = chart.points.map((p) => ({ x: xOf(p.day), y: yOf(p.value) }));
  const lastPoint = chart.points.at(-1)!;
  const middle = chart.points[Math.floor((chart.points.length - 1) / 2)]!;
  const xTicks: LineLayout['xTicks'] = [{ x: plot.x, label: formatDayShort(chart.points[0]!.day), anchor: 'start' }];
  if (chart.points.length > 2) xTicks.push({ x: xOf(middle.day), label: formatDayShort(middle.day), anchor: 'middle' });
  xTicks.push({ x: plot.x + plot.width, label: formatDayShort(lastPoint.day), anchor: 'end' });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => chart.min + f * (chart.max - chart.min));
  return {
    width,
    height,
    plot,
    zones: chart.zones.map((z) => ({ y: yOf(z.to), height: yOf(z.from) - yOf(z.to), colour: tintSoft(z.tint) })),
    yTicks: ticks.map((t) => ({ y: yOf(t), label: String(Math.round(t)) })),
    xTicks,
    points,
    colour: tintColour('accent'),
    last: { ...points.at(-1)!, label: String(Math.round(lastPoint.value)) },
  };
}
