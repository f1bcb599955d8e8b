import type { APIRoute, GetStaticPaths } from 'astro';
import { crc32, deflateSync } from 'node:zlib';
import { iconPng } from '../../lib/offline/icon.ts';
import { APP_ICONS } from '../../lib/offline/manifest.ts';
import { routes } from '../../lib/routes.ts';

// Each icon's file name is the last part of its route (`/icons/maskable-512.png` -> `maskable-512`).
export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { name: routes.icon(icon.size, icon.purpose).replace(/^.*\/|\.png$/g, '') }, props: icon }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { size, purpose } = props as (typeof APP_ICONS)[number];
  const png = iconPng(size, purpose === 'maskable', { deflate: (data) => deflateSync(data, { level: 9 }), crc32: (data) => crc32(data) });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
