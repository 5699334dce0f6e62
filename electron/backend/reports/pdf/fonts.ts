import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DejaVu Sans (Condensed) from the dejavu-fonts-ttf package: it covers Latin
 * with every diacritic, Greek and Cyrillic, so "Zoë Łukasiewicz", "Ørsted"
 * and "Иванов" print as written, and it is embedded (subset) in every PDF, so
 * the file looks the same on any machine. Found through Node's module
 * resolution, which works from the sources (CLI, tests, browser host) and from
 * the desktop app's bundled backend worker alike.
 */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

let cached: ReportFonts | null = null;

/** The two font files' bytes, read once per process (every report embeds a subset of them). */
export function reportFonts(): ReportFonts {
  if (cached) return cached;
  const folder = fontFolder();
  const read = (name: string) => {
    const file = join(folder, name);
    if (!existsSync(file)) throw new Error(`The report font ${file} is missing; reinstall with "npm install".`);
    return new Uint8Array(readFileSync(file));
  };
  cached = { regular: read('DejaVuSansCondensed.ttf'), bold: read('DejaVuSansCondensed-Bold.ttf') };
  return cached;
}

function fontFolder(): string {
  const candidates: string[] = [];
  try {
    candidates.push(join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf'));
  } catch {
    // Not resolvable from here (an unusual bundle layout): fall back to the working folder below.
  }
  candidates.push(join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf'));
  return candidates.find((folder) => existsSync(folder)) ?? candidates[0]!;
}
