/** The site's address comes from the environment; a build for the placeholder says so. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const read = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', "const c = await import('./src/data/site-config.ts'); console.log(JSON.stringify([c.siteUrl, c.basePath, c.absolute('/schedule/'), c.siteUrlWarning ?? null]))"], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });

describe('the site configuration', () => {
  it('warns when SITE_URL is not set, naming the placeholder and how to fix it', () => {
    const [site, base, url, warning] = JSON.parse(read({}).stdout) as [string, string, string, string];
    expect([site, base, url]).toEqual(['https://ds-roadmap.example.org', '/', 'https://ds-roadmap.example.org/schedule/']);
    expect(warning).toBe(
      'SITE_URL is not set: calendars (their event UIDs and links), canonical links and the sitemap point at the placeholder https://ds-roadmap.example.org. Build with SITE_URL=https://your.host to publish.',
    );
  });

  it('takes SITE_URL and BASE_PATH, and then has nothing to warn about', () => {
    expect(JSON.parse(read({ SITE_URL: 'https://study.example.com/', BASE_PATH: 'group' }).stdout)).toEqual(['https://study.example.com', '/group/', 'https://study.example.com/group/schedule/', null]);
  });
});
