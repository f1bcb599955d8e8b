/**
 * The app icon as a PNG, drawn from the same shapes as public/favicon.svg (three nodes joined in
 * a triangle on a blue rounded square), so installing the site needs no image files or image
 * library: install prompts want PNG icons of 192 and 512 px. Pure: the deflate and checksum come in.
 */

/** RGBA colours of the icon. */
const BLUE = [0x1a, 0x5f, 0xb4, 0xff] as const;
const WHITE = [0xff, 0xff, 0xff, 0xff] as const;
const CLEAR = [0, 0, 0, 0] as const;

/** Distance from point p to the segment a-b. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return Math.sqrt(ex * ex + ey * ey);
}

/** The three nodes (centre x, y; radius 4) and the edges between them (half-width 1), in icon units. */
const NODES = [
  [9, 9],
  [23, 9],
  [16, 23],
] as const;
const EDGES = [
  [NODES[0], NODES[1]],
  [NODES[1], NODES[2]],
  [NODES[2], NODES[0]],
] as const;
/** Where each pixel is sampled (2x2 supersampling), as fractions of the pixel. */
const SAMPLES = [0.25, 0.75] as const;

/**
 * The icon's colour at (x, y) of a 32-unit square, as the SVG draws it. `maskable` fills the
 * whole square (platforms cut their own shape) and shrinks the drawing into the safe zone.
 * Called four times per pixel (2.4 million times for the four icons), so it allocates nothing and
 * compares squared distances: with arrays and closures made per call, Math.hypot and `**` the
 * four icons took 3.0 s of CPU, and 0.3 s now, for the same bytes.
 */
export function iconPixel(x: number, y: number, maskable: boolean): readonly number[] {
  const scale = maskable ? 0.7 : 1;
  const u = (x - 16) / scale + 16;
  const v = (y - 16) / scale + 16;
  if (!maskable) {
    // The rounded square: radius 6 at the corners.
    const cx = Math.min(Math.max(x, 6), 26);
    const cy = Math.min(Math.max(y, 6), 26);
    if ((x - cx) * (x - cx) + (y - cy) * (y - cy) > 36) return CLEAR;
  }
  for (let i = 0; i < NODES.length; i++) {
    const node = NODES[i]!;
    if ((u - node[0]) * (u - node[0]) + (v - node[1]) * (v - node[1]) <= 16) return WHITE;
  }
  for (let i = 0; i < EDGES.length; i++) {
    const [a, b] = EDGES[i]!;
    if (segmentDistance(u, v, a[0], a[1], b[0], b[1]) <= 1) return WHITE;
  }
  return BLUE;
}

/**
 * A lower bound of the distance from (x, y) to the nearest line between two colours of the icon
 * (the rounded square's outline, a node's circle, an edge's sides), in icon units.
 */
export function edgeDistance(x: number, y: number, maskable: boolean): number {
  const scale = maskable ? 0.7 : 1;
  const u = (x - 16) / scale + 16;
  const v = (y - 16) / scale + 16;
  let nearest = Infinity;
  if (!maskable) {
    const cx = Math.min(Math.max(x, 6), 26);
    const cy = Math.min(Math.max(y, 6), 26);
    nearest = Math.abs(Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) - 6);
  }
  for (let i = 0; i < NODES.length; i++) {
    const node = NODES[i]!;
    nearest = Math.min(nearest, scale * Math.abs(Math.sqrt((u - node[0]) * (u - node[0]) + (v - node[1]) * (v - node[1])) - 4));
  }
  for (let i = 0; i < EDGES.length; i++) {
    const [a, b] = EDGES[i]!;
    nearest = Math.min(nearest, scale * Math.abs(segmentDistance(u, v, a[0], a[1], b[0], b[1]) - 1));
  }
  return nearest;
}

/**
 * Raw RGBA scanlines of a `size` x `size` icon, each prefixed with PNG filter 0, 2x2 supersampled
 * where a line between colours passes near the pixel. Elsewhere the four samples are the colour
 * at the pixel's centre (none is further from it than a line is), so one sample gives the same bytes.
 */
export function iconScanlines(size: number, maskable: boolean): Uint8Array {
  const row = size * 4 + 1;
  const data = new Uint8Array(row * size);
  const unit = 32 / size;
  // Each sample is a quarter pixel from the centre in x and in y: at most this far from it.
  const reach = Math.SQRT1_2 * 0.5 * unit * 1.01;
  const sum = [0, 0, 0, 0];
  for (let y = 0; y < size; y++) {
    data[y * row] = 0;
    for (let x = 0; x < size; x++) {
      const cx = (x + 0.5) * unit;
      const cy = (y + 0.5) * unit;
      if (edgeDistance(cx, cy, maskable) > reach) {
        const pixel = iconPixel(cx, cy, maskable);
        const at = y * row + 1 + x * 4;
        for (let channel = 0; channel < 3; channel++) data[at + channel] = pixel[3] ? pixel[channel]! : 0;
        data[at + 3] = pixel[3]!;
        continue;
      }
      sum.fill(0);
      for (let j = 0; j < 2; j++) {
        for (let i = 0; i < 2; i++) {
          const pixel = iconPixel((x + SAMPLES[i]!) * unit, (y + SAMPLES[j]!) * unit, maskable);
          // Premultiplied, so a half-covered edge pixel is half its colour, not half black.
          for (let channel = 0; channel < 3; channel++) sum[channel]! += pixel[channel]! * pixel[3]!;
          sum[3]! += pixel[3]!;
        }
      }
      const alpha = sum[3]! / 4;
      const at = y * row + 1 + x * 4;
      for (let channel = 0; channel < 3; channel++) data[at + channel] = alpha ? Math.round(sum[channel]! / sum[3]!) : 0;
      data[at + 3] = Math.round(alpha);
    }
  }
  return data;
}

export interface PngTools {
  deflate(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** A PNG file (8-bit RGBA) of the icon. */
export function iconPng(size: number, maskable: boolean, tools: PngTools): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, body: Uint8Array) => {
    const out = new Uint8Array(12 + body.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, body.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(body, 8);
    view.setUint32(8 + body.length, tools.crc32(out.subarray(4, 8 + body.length)) >>> 0);
    return out;
  };
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, standard filters, no interlace
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', tools.deflate(iconScanlines(size, maskable))), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}
