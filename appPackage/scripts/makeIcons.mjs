// `node appPackage/scripts/makeIcons.mjs [folder]`: draws the Teams app's two icons, as Teams asks for them:
//   color.png   192×192, the glyph in white on Aarhus Kommune's blue (the manifest's accentColor),
//   outline.png  32×32, the same glyph in white on a transparent background (nothing but white and alpha).
// The glyph: three building blocks (byggeklodser) rising like steps, and the ledertrainee at the foot
// of them. Drawn from shapes with 4×4 supersampling, so edges are smooth and the output is the same on
// every machine; the PNGs are committed (in appPackage/, or [folder] when given), so run this only
// when the glyph changes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const out = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const ACCENT = [0x00, 0x3d, 0x73];

/** The glyph in unit coordinates (0..1 across the icon). */
const blocks = [
  { x0: 0.16, x1: 0.38, y0: 0.6, y1: 0.82 },
  { x0: 0.41, x1: 0.63, y0: 0.42, y1: 0.82 },
  { x0: 0.66, x1: 0.88, y0: 0.18, y1: 0.82 },
];
const head = { cx: 0.27, cy: 0.44, r: 0.09 };

function inGlyph(x, y) {
  if (blocks.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1)) return true;
  return (x - head.cx) ** 2 + (y - head.cy) ** 2 <= head.r ** 2;
}

/** Share (0..1) of pixel (px, py) of a size×size icon that the glyph covers. */
function coverage(px, py, size) {
  const samples = 4;
  let inside = 0;
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < samples; j++) {
      if (inGlyph((px + (i + 0.5) / samples) / size, (py + (j + 0.5) / samples) / size)) inside++;
    }
  }
  return inside / (samples * samples);
}

function draw(size, paint) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = paint(coverage(x, y, size));
      const at = (y * size + x) * 4;
      png.data[at] = r;
      png.data[at + 1] = g;
      png.data[at + 2] = b;
      png.data[at + 3] = a;
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

// Colour: white glyph blended onto the accent, fully opaque.
const color = draw(192, (c) => [...ACCENT.map((v) => Math.round(v + (255 - v) * c)), 255]);
// Outline: white only; the glyph's coverage is the alpha.
const outline = draw(32, (c) => (c === 0 ? [0, 0, 0, 0] : [255, 255, 255, Math.round(255 * c)]));

writeFileSync(path.join(out, 'color.png'), color);
writeFileSync(path.join(out, 'outline.png'), outline);
process.stdout.write(`[icons] color.png (192×192) and outline.png (32×32) written to ${out}\n`);
