// `node scripts/make-icon.mjs`: draws the app icon (a green rounded square, a white "R" inside a refresh arrow) from one
// geometry into resources/icon.svg (the editable source) and resources/icon.png (512x512, what electron-builder uses).
// Rasterised here with zlib alone, so no image tool is needed on the build machine.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 512;
const SUPERSAMPLE = 4;

// Geometry, in the 512-unit square.
const tile = { x: 16, y: 16, size: 480, radius: 104, top: [0x2f, 0xb3, 0x6b], bottom: [0x13, 0x8a, 0x4a] };
const ring = { cx: 256, cy: 256, r: 160, width: 30, from: 10, to: 310 }; // degrees, clockwise on screen; the gap is the arrow's
const stroke = 32;
const letter = {
  stem: [206, 170, 206, 342],
  top: [206, 170, 256, 170],
  middle: [206, 258, 256, 258],
  bowl: { cx: 256, cy: 214, r: 44 },
  leg: [250, 258, 314, 342],
};

const rad = (degrees) => (degrees * Math.PI) / 180;
const round2 = (value) => Math.round(value * 100) / 100;
const pointAt = (degrees) => [ring.cx + ring.r * Math.cos(rad(degrees)), ring.cy + ring.r * Math.sin(rad(degrees))];
const ringStart = pointAt(ring.from);
const ringEnd = pointAt(ring.to);
// The arrow head sits on the ring's end, pointing along the direction of travel (towards the gap).
const tangent = [-Math.sin(rad(ring.to)), Math.cos(rad(ring.to))];
const outward = [Math.cos(rad(ring.to)), Math.sin(rad(ring.to))];
const arrow = [
  [ringEnd[0] + tangent[0] * 44, ringEnd[1] + tangent[1] * 44],
  [ringEnd[0] - tangent[0] * 8 + outward[0] * 36, ringEnd[1] - tangent[1] * 8 + outward[1] * 36],
  [ringEnd[0] - tangent[0] * 8 - outward[0] * 36, ringEnd[1] - tangent[1] * 8 - outward[1] * 36],
];

function segmentDistance(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

function inTriangle(px, py, [a, b, c]) {
  const sign = (p1, p2) => (px - p2[0]) * (p1[1] - p2[1]) - (p1[0] - p2[0]) * (py - p2[1]);
  const d1 = sign(a, b);
  const d2 = sign(b, c);
  const d3 = sign(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function inTile(px, py) {
  const half = tile.size / 2;
  const qx = Math.abs(px - (tile.x + half)) - (half - tile.radius);
  const qy = Math.abs(py - (tile.y + half)) - (half - tile.radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - tile.radius <= 0;
}

function inMark(px, py) {
  const angle = (Math.atan2(py - ring.cy, px - ring.cx) * 180) / Math.PI;
  const clockwise = (angle + 360) % 360;
  const onRing = Math.abs(Math.hypot(px - ring.cx, py - ring.cy) - ring.r) <= ring.width / 2 && clockwise >= ring.from && clockwise <= ring.to;
  if (onRing) return true;
  if (Math.hypot(px - ringStart[0], py - ringStart[1]) <= ring.width / 2) return true;
  if (Math.hypot(px - ringEnd[0], py - ringEnd[1]) <= ring.width / 2) return true;
  if (inTriangle(px, py, arrow)) return true;
  for (const segment of [letter.stem, letter.top, letter.middle, letter.leg]) {
    if (segmentDistance(px, py, segment) <= stroke / 2) return true;
  }
  const { cx, cy, r } = letter.bowl;
  return px >= cx && Math.abs(Math.hypot(px - cx, py - cy) - r) <= stroke / 2;
}

function renderPng() {
  const rowBytes = SIZE * 4 + 1;
  const raw = Buffer.alloc(rowBytes * SIZE);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let y = 0; y < SIZE; y += 1) {
    const t = (y - tile.y) / tile.size;
    const green = tile.top.map((top, index) => top + (tile.bottom[index] - top) * Math.max(0, Math.min(1, t)));
    for (let x = 0; x < SIZE; x += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const px = x + (sx + 0.5) / SUPERSAMPLE;
          const py = y + (sy + 0.5) / SUPERSAMPLE;
          if (!inTile(px, py)) continue;
          const color = inMark(px, py) ? [255, 255, 255] : green;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const offset = y * rowBytes + 1 + x * 4;
      if (a > 0) {
        raw[offset] = Math.round(r / a);
        raw[offset + 1] = Math.round(g / a);
        raw[offset + 2] = Math.round(b / a);
        raw[offset + 3] = Math.round((a / samples) * 255);
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function renderSvg() {
  const hex = (rgb) => `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
  const line = ([x1, y1, x2, y2]) => `M ${x1} ${y1} L ${x2} ${y2}`;
  const { cx, cy, r } = letter.bowl;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Refurb Desk app icon: a white "R" inside a refresh arrow, on a green rounded square. Generated with resources/icon.png
     by scripts/make-icon.mjs from one geometry; change it there. -->
<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${hex(tile.top)}"/>
      <stop offset="1" stop-color="${hex(tile.bottom)}"/>
    </linearGradient>
  </defs>
  <rect x="${tile.x}" y="${tile.y}" width="${tile.size}" height="${tile.size}" rx="${tile.radius}" fill="url(#tile)"/>
  <g fill="none" stroke="#ffffff" stroke-linecap="round">
    <path d="M ${round2(ringStart[0])} ${round2(ringStart[1])} A ${ring.r} ${ring.r} 0 1 1 ${round2(ringEnd[0])} ${round2(ringEnd[1])}" stroke-width="${ring.width}"/>
    <path d="${line(letter.stem)} ${line(letter.top)} ${line(letter.middle)} ${line(letter.leg)} M ${cx} ${cy - r} A ${r} ${r} 0 0 1 ${cx} ${cy + r}" stroke-width="${stroke}"/>
  </g>
  <path d="M ${arrow.map(([x, y]) => `${round2(x)} ${round2(y)}`).join(' L ')} Z" fill="#ffffff"/>
</svg>
`;
}

fs.mkdirSync(path.join(root, 'resources'), { recursive: true });
fs.writeFileSync(path.join(root, 'resources', 'icon.png'), renderPng());
fs.writeFileSync(path.join(root, 'resources', 'icon.svg'), renderSvg());
console.log('make-icon: resources/icon.png (512x512) and resources/icon.svg');
