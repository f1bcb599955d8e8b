import type { APIRoute } from 'astro';
import { absolute } from '../data/site-config.ts';
import { routes } from '../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(routes.sitemap)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
