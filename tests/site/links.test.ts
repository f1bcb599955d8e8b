/** The link checker used on the built site finds what it should. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../support/links.ts';

describe('brokenLinks', () => {
  it('reports missing files, missing anchors and links outside the base path', () => {
    const root = mkdtempSync(join(tmpdir(), 'links-'));
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'index.html'), '<h2 id="here">x</h2>');
    writeFileSync(
      join(root, 'index.html'),
      '<a href="/s/a/">ok</a><a href="/s/a/#here">ok</a><a href="/s/a/#gone">x</a><a href="/s/b/">x</a><a href="/a/">x</a><a href="https://example.org/">ok</a>',
    );
    expect(brokenLinks(root, ['index.html'], '/s/')).toEqual([
      'index.html: /s/a/#gone (no id="gone")',
      'index.html: /s/b/',
      'index.html: /a/ (outside the base path /s/)',
    ]);
  });
});
