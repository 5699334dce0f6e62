// oxlint-disable unicorn/consistent-function-scoping -- the measuring function runs inside the page, so its helpers must live inside it.
import type { Locator } from '@playwright/test';

/** What an element's text looks like on screen: its colour and what it sits on, both as rendered. */
export interface Rendered {
  color: [number, number, number];
  background: [number, number, number];
  ratio: number;
}

/**
 * The WCAG contrast ratio between an element's text colour (or its focus
 * ring, for a list row) and the colour it is painted on: its own background
 * composited over every ancestor's, translucent layers and opacity included,
 * the way the browser paints them.
 */
export async function renderedContrast(element: Locator, what: 'text' | 'focus ring' = 'text'): Promise<Rendered> {
  return element.evaluate((node, which) => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const parts = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, value.startsWith('rgba') || value.includes('/') ? (parts[3] ?? 1) : 1];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
    };
    const relative = ([r, g, b]: Rgba) => {
      const channel = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    // Backgrounds from the element up to the root, then painted from the root down.
    const layers: Rgba[] = [];
    let opacity = 1;
    for (let at: Element | null = node; at; at = at.parentElement) {
      const style = getComputedStyle(at);
      layers.push(parse(style.backgroundColor));
      opacity *= Number(style.opacity);
    }
    let background: Rgba = [255, 255, 255, 1];
    for (const layer of layers.toReversed()) background = over(layer, background);
    // A row's focus ring is the border of a layer drawn over it (::after).
    const own = parse(which === 'text' ? getComputedStyle(node).color : getComputedStyle(node, '::after').borderTopColor);
    const color = over([own[0], own[1], own[2], own[3] * opacity], background);
    const [light, dark] = [relative(color), relative(background)].sort((a, b) => b - a) as [number, number];
    return {
      color: [color[0], color[1], color[2]] as [number, number, number],
      background: [background[0], background[1], background[2]] as [number, number, number],
      ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100,
    };
  }, what);
}

const linear = (value: number) => (value / 255 <= 0.03928 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4);

/** Relative luminance of a rendered colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: [number, number, number]): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
