/** The installable app's pieces: the manifest for a base path, and the PNG icon drawn without an image library. */
import { createHash } from 'node:crypto';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { iconPixel, iconPng, iconScanlines } from '../../src/lib/offline/icon.ts';
import { shortName, webManifest } from '../../src/lib/offline/manifest.ts';
import { isPrecached, MAX_PRECACHED_BYTES, precacheEntries } from '../../src/lib/offline/precache.ts';
import { serviceWorkerSource, workboxFolder } from '../../src/lib/offline/service-worker.ts';

const tools = { deflate: (data: Uint8Array) => deflateSync(data), crc32: (data: Uint8Array) => crc32(data) };

describe('the web app manifest', () => {
  it('is named after the group and scoped to the base path', () => {
    const manifest = webManifest({ groupName: 'Paxos Club', base: '/study/' });
    expect([manifest.name, manifest.short_name, manifest.start_url, manifest.scope, manifest.id, manifest.display]).toEqual([
      'Paxos Club: Distributed Systems Roadmap',
      'Paxos Club',
      '/study/',
      '/study/',
      '/study/',
      'standalone',
    ]);
    expect((manifest.icons as { src: string; sizes: string; purpose: string }[]).map((icon) => `${icon.src} ${icon.sizes} ${icon.purpose}`)).toEqual([
      '/study/favicon.svg any any',
      '/study/icons/icon-192.png 192x192 any',
      '/study/icons/maskable-192.png 192x192 maskable',
      '/study/icons/icon-512.png 512x512 any',
      '/study/icons/maskable-512.png 512x512 maskable',
    ]);
  });

  it('shortens a long group name for the home screen', () => {
    expect([shortName('Paxos Club'), shortName('Distributed Systems Reading Group')]).toEqual(['Paxos Club', 'DS Roadmap']);
  });
});

describe('the icon', () => {
  it('draws the favicon: clear corners, a blue square, white nodes; the maskable one fills the corners', () => {
    expect([iconPixel(0.2, 0.2, false), iconPixel(3, 16, false), iconPixel(9, 9, false), iconPixel(0.2, 0.2, true)]).toEqual([
      [0, 0, 0, 0],
      [0x1a, 0x5f, 0xb4, 0xff],
      [0xff, 0xff, 0xff, 0xff],
      [0x1a, 0x5f, 0xb4, 0xff],
    ]);
  });

  it('gives the same pixels as four samples in every pixel (pinned: sampling only near lines changed no byte)', () => {
    const scanlines = (size: number, maskable: boolean) => createHash('sha256').update(iconScanlines(size, maskable)).digest('hex').slice(0, 16);
    expect([scanlines(192, false), scanlines(512, false), scanlines(192, true), scanlines(512, true)]).toEqual(['c74a7cbd1174113b', '7ada632ccbfa30f7', '986ebbe7cec6e948', '9435f48be83f2ec6']);
  });

  it('is a valid 8-bit RGBA PNG of the asked size, whose pixels read back', () => {
    const png = iconPng(48, false, tools);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer);
    expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([48, 48, 8, 6]);
    // Every chunk's CRC matches.
    for (let at = 8; at < png.length; ) {
      const length = view.getUint32(at);
      expect(view.getUint32(at + 8 + length) >>> 0).toBe(crc32(png.subarray(at + 4, at + 8 + length)) >>> 0);
      at += 12 + length;
    }
    const idatLength = view.getUint32(33);
    const pixels = inflateSync(png.subarray(41, 41 + idatLength));
    expect(pixels.length).toBe(48 * (48 * 4 + 1));
    const at = (x: number, y: number) => [...pixels.subarray(y * 193 + 1 + x * 4, y * 193 + 1 + x * 4 + 4)];
    expect([at(0, 0), at(24, 3), at(13, 13)]).toEqual([
      [0, 0, 0, 0],
      [0x1a, 0x5f, 0xb4, 0xff],
      [0xff, 0xff, 0xff, 0xff],
    ]);
  });
});

describe('the service worker', () => {
  it('imports the precaching modules in load order and precaches the files sorted, the same for the same files', () => {
    const entries = [
      { url: 'papers/raft/index.html', revision: 'b2' },
      { url: '_astro/site.A1.js', revision: null },
      { url: 'index.html', revision: 'a1' },
    ];
    const source = serviceWorkerSource(entries, workboxFolder('7.4.1'));
    expect(source).toContain("importScripts('workbox-v7.4.1/workbox-core.prod.js', 'workbox-v7.4.1/workbox-routing.prod.js', 'workbox-v7.4.1/workbox-strategies.prod.js', 'workbox-v7.4.1/workbox-precaching.prod.js');");
    expect(source).toContain('precacheAndRoute([{"url":"_astro/site.A1.js","revision":null},{"url":"index.html","revision":"a1"},{"url":"papers/raft/index.html","revision":"b2"}], { directoryIndex: \'index.html\', ignoreURLParametersMatching: [/.*/] });');
    expect(serviceWorkerSource([...entries].reverse(), workboxFolder('7.4.1'))).toBe(source);
    // Waits for the reader: no skipWaiting() outside the message handler.
    expect(source.match(/self\.skipWaiting\(\)/g)).toHaveLength(1);
    expect(source).toMatch(/if \(event\.data && event\.data\.type === 'SKIP_WAITING'\) self\.skipWaiting\(\);/);
  });
});

describe('the precache list', () => {
  it('leaves out the worker, Workbox\'s modules, source maps and dotfiles', () => {
    const paths = ['sw.js', 'workbox-v7.4.1/workbox-core.prod.js', '_astro/site.js.map', '.nojekyll', 'papers/.draft/index.html', 'papers/raft/index.html', 'sw.json', 'workbox.txt'];
    expect(paths.filter(isPrecached)).toEqual(['papers/raft/index.html', 'sw.json', 'workbox.txt']);
  });

  it('revises every file by its hash but Astro\'s hashed assets, sorted by URL, and names files too large to precache', () => {
    const hashed: string[] = [];
    const result = precacheEntries(
      [
        { path: 'papers/raft/index.html', size: 10 },
        { path: '_astro/site.Bq3x.css', size: 20 },
        { path: 'index.html', size: 5 },
        { path: 'video.mp4', size: MAX_PRECACHED_BYTES + 1 },
        { path: 'sw.js', size: 3 },
      ],
      (path) => (hashed.push(path), `md5:${path}`),
    );
    expect(result).toEqual({
      entries: [
        { url: '_astro/site.Bq3x.css', revision: null },
        { url: 'index.html', revision: 'md5:index.html' },
        { url: 'papers/raft/index.html', revision: 'md5:papers/raft/index.html' },
      ],
      tooLarge: ['video.mp4'],
      bytes: 35,
    });
    expect(hashed.sort()).toEqual(['index.html', 'papers/raft/index.html']);
  });
});
