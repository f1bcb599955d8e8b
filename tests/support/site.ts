/**
 * For browser tests: serves a build folder on 127.0.0.1 (random port) and launches Chromium
 * before the file's tests, and closes both after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { DIST } from './dist.ts';
import { serveStatic, type RunningServer } from '../../scripts/static-server.ts';

export interface Site {
  browser: Browser;
  server: RunningServer;
}

export function useSiteInChromium(root = DIST, base = '/'): Site {
  const site = {} as Site;
  beforeAll(async () => {
    site.server = await serveStatic(root, { base });
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
