// Draws the app icons into public/icons/ (run once, the PNGs are committed): a white heart on the brand
// colour, as in the "Hulp" pictogram. No image library: a tiny PNG encoder on node:zlib.
//   node --import tsx app/sw.icons.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const brand = [0xb4, 0x38, 0x0f] as const; // tailwind.config.ts brand
const white = [0xff, 0xff, 0xff] as const;

type Icon = { file: string; size: number; rounded: boolean; heartScale: number };

const icons: Icon[] = [
  { file: "icon-192.png", size: 192, rounded: true, heartScale: 0.62 },
  { file: "icon-512.png", size: 512, rounded: true, heartScale: 0.62 },
  // Maskable: full bleed, the heart inside the 80% safe circle that launchers keep.
  { file: "maskable-192.png", size: 192, rounded: false, heartScale: 0.5 },
  { file: "maskable-512.png", size: 512, rounded: false, heartScale: 0.5 },
  // iOS rounds the corners itself and shows transparency as black.
  { file: "apple-touch-icon.png", size: 180, rounded: false, heartScale: 0.58 },
];

/** Inside the classic heart curve (x² + y² − 1)³ − x²y³ ≤ 0, in a box of −1.3..1.3. */
function inHeart(x: number, y: number) {
  const a = x * x + y * y - 1;
  return a * a * a - x * x * y * y * y <= 0;
}

function inRoundedSquare(u: number, v: number, radius: number) {
  const dx = Math.max(radius - u, 0, u - (1 - radius));
  const dy = Math.max(radius - v, 0, v - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function draw({ size, rounded, heartScale }: Icon) {
  const samples = 4; // 4x4 supersampling for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let heart = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (px + (sx + 0.5) / samples) / size;
          const v = (py + (sy + 0.5) / samples) / size;
          if (rounded && !inRoundedSquare(u, v, 0.2)) continue;
          cover++;
          // Heart centred slightly low, y pointing up.
          const x = ((u - 0.5) / heartScale) * 2.6;
          const y = (-(v - 0.53) / heartScale) * 2.6;
          if (inHeart(x, y)) heart++;
        }
      }
      const total = samples * samples;
      const mix = cover ? heart / cover : 0;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(brand[c]! * (1 - mix) + white[c]! * mix);
      rgba[i + 3] = Math.round((cover / total) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function encodePng(width: number, height: number, rgba: Buffer) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buffer: Buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const dir = path.resolve(import.meta.dirname, "..", "public", "icons");
mkdirSync(dir, { recursive: true });
for (const icon of icons) {
  writeFileSync(path.join(dir, icon.file), draw(icon));
  console.log(`public/icons/${icon.file}`);
}
