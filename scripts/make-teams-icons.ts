// Draws the Teams app icons (docs/contract.md §8: made by the project, not downloaded): a 192×192 full-colour
// icon and a 32×32 outline icon that is white on transparent, as the Teams manifest requires.
// The glyph is three stacked layers — one per kind of virtualization. Output is deterministic, so a
// test can check that the committed PNGs are exactly what this script draws.
// Run: npx tsx scripts/make-teams-icons.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const COLOR_ICON_SIZE = 192;
const OUTLINE_ICON_SIZE = 32;
/** Also the manifest's accentColor. */
const ACCENT = { r: 0x23, g: 0x5a, b: 0x9f };
const SUPERSAMPLE = 4;

type Rect = { x: number; y: number; w: number; h: number; radius: number };

function insideRoundedRect(px: number, py: number, r: Rect): boolean {
  if (px < r.x || px > r.x + r.w || py < r.y || py > r.y + r.h) return false;
  const cx = Math.min(Math.max(px, r.x + r.radius), r.x + r.w - r.radius);
  const cy = Math.min(Math.max(py, r.y + r.radius), r.y + r.h - r.radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r.radius ** 2;
}

/** Fraction of the pixel at (x, y) covered by the shapes (but not by the holes), supersampled. */
function coverage(x: number, y: number, shapes: Rect[], holes: Rect[]): number {
  let hit = 0;
  for (let i = 0; i < SUPERSAMPLE; i++) {
    for (let j = 0; j < SUPERSAMPLE; j++) {
      const px = x + (i + 0.5) / SUPERSAMPLE;
      const py = y + (j + 0.5) / SUPERSAMPLE;
      if (
        shapes.some((s) => insideRoundedRect(px, py, s)) &&
        !holes.some((h) => insideRoundedRect(px, py, h))
      )
        hit++;
    }
  }
  return hit / SUPERSAMPLE ** 2;
}

/** Three layers, widest at the bottom, in a unit square scaled to `size`. */
function layers(size: number): Rect[] {
  const s = size / 32;
  return [
    { x: 9 * s, y: 5 * s, w: 14 * s, h: 6 * s, radius: 1.5 * s },
    { x: 6.5 * s, y: 13 * s, w: 19 * s, h: 6 * s, radius: 1.5 * s },
    { x: 4 * s, y: 21 * s, w: 24 * s, h: 6 * s, radius: 1.5 * s },
  ];
}

/** A layer's hollow inside, for the outline icon (a 2 px white stroke at 32 px). */
function inset(r: Rect, by: number): Rect {
  return {
    x: r.x + by,
    y: r.y + by,
    w: r.w - 2 * by,
    h: r.h - 2 * by,
    radius: Math.max(0, r.radius - by / 2),
  };
}

export function drawColorIcon(): PNG {
  const size = COLOR_ICON_SIZE;
  const png = new PNG({ width: size, height: size });
  const shapes = layers(size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, shapes, []);
      const i = (y * size + x) * 4;
      png.data[i] = Math.round(ACCENT.r + (255 - ACCENT.r) * c);
      png.data[i + 1] = Math.round(ACCENT.g + (255 - ACCENT.g) * c);
      png.data[i + 2] = Math.round(ACCENT.b + (255 - ACCENT.b) * c);
      png.data[i + 3] = 255;
    }
  }
  return png;
}

export function drawOutlineIcon(): PNG {
  const size = OUTLINE_ICON_SIZE;
  const png = new PNG({ width: size, height: size });
  const shapes = layers(size);
  const holes = shapes.map((r) => inset(r, 2));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = Math.round(255 * coverage(x, y, shapes, holes));
    }
  }
  return png;
}

export const encode = (png: PNG): Buffer => PNG.sync.write(png, { colorType: 6 });

const ICON_DIR = resolve(import.meta.dirname, '../manifest/teams');
const COLOR_ICON_FILE = 'color.png';
const OUTLINE_ICON_FILE = 'outline.png';

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(resolve(ICON_DIR, COLOR_ICON_FILE), encode(drawColorIcon()));
  writeFileSync(resolve(ICON_DIR, OUTLINE_ICON_FILE), encode(drawOutlineIcon()));
  console.log(`Wrote ${COLOR_ICON_FILE} (192×192) and ${OUTLINE_ICON_FILE} (32×32) to manifest/teams/`);
}
