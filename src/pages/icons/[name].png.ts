import type { APIRoute, GetStaticPaths } from 'astro';
import { crc32, deflateSync } from 'node:zlib';
import { iconPng } from '../../lib/offline/icon.ts';

const ICONS = [192, 512].flatMap((size) => [
  { name: `icon-${size}`, size, maskable: false },
  { name: `maskable-${size}`, size, maskable: true },
]);

export const getStaticPaths = (() => ICONS.map((icon) => ({ params: { name: icon.name }, props: icon }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { size, maskable } = props as (typeof ICONS)[number];
  const png = iconPng(size, maskable, { deflate: (data) => deflateSync(data, { level: 9 }), crc32: (data) => crc32(data) });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
