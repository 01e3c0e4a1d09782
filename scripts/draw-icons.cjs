// Draws the add-in icons (a report page with outline lines and a green check)
// as PNG files in assets/, at every size the manifest needs. Run once; the PNGs are committed.
const zlib = require('zlib');
const fs = require('fs');
const path = require('path');

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for anti-aliasing
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const [pr, pg, pb, pa] = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        r += pr * pa; g += pg * pa; b += pb * pa; a += pa;
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0; raw[o + 1] = a ? Math.round(g / a) : 0; raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / 16) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const distSeg = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};
function icon(x, y) {
  const BLUE = [43, 87, 154], WHITE = [255, 255, 255], GREEN = [16, 124, 16], GREY = [120, 140, 170];
  // green check in a circle, bottom right
  const cx = 0.72, cy = 0.72, cr = 0.25;
  const dc = Math.hypot(x - cx, y - cy);
  if (dc <= cr) {
    const d = Math.min(distSeg(x, y, 0.6, 0.72, 0.69, 0.81), distSeg(x, y, 0.69, 0.81, 0.85, 0.63));
    return d < 0.04 ? [...WHITE, 1] : [...GREEN, 1];
  }
  if (dc <= cr + 0.04) return [...WHITE, 1];
  // the page
  if (inRect(x, y, 0.12, 0.06, 0.74, 0.94)) {
    if (!inRect(x, y, 0.17, 0.11, 0.69, 0.89)) return [...BLUE, 1];
    // heading bar and outline lines
    if (inRect(x, y, 0.24, 0.2, 0.62, 0.28)) return [...BLUE, 1];
    for (const [ly, lx] of [[0.38, 0.24], [0.5, 0.32], [0.62, 0.32], [0.74, 0.24]])
      if (inRect(x, y, lx, ly, 0.62, ly + 0.05)) return [...GREY, 1];
    return [...WHITE, 1];
  }
  return [0, 0, 0, 0];
}
const dir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const s of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(dir, `icon-${s}.png`), png(s, icon));
console.log('icons written to', dir);
