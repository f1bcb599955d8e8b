import type { APIRoute } from 'astro';
import { getStudyGroup } from '../data/curriculum.ts';
import { basePath } from '../data/site-config.ts';
import { webManifest } from '../lib/offline/manifest.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(webManifest({ groupName: (await getStudyGroup()).name, base: basePath }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
