/**
 * The one script every page loads (a deferred module of about 1 KB): the `/` shortcut for the
 * header search box (a plain form that works without it), and the service worker that keeps the
 * site offline.
 */
import { registerServiceWorker } from './offline.ts';

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('#search-page-q') ?? document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

// The service worker exists only in a build (npm run build writes sw.js), not in `astro dev`.
if (import.meta.env.PROD) registerServiceWorker(import.meta.env.BASE_URL);
