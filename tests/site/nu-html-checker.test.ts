/**
 * Every HTML file in dist/ passes the W3C Nu HTML Checker (vnu.jar, run by Java from Debian's
 * default-jre-headless, which scripts/ensure-system-deps.ts installs) with no error. It catches
 * what html-validate does not, such as a <script> after </html>. One JVM checks every page
 * (about 7 s for the 219 pages here).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST, distFiles } from '../support/dist.ts';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Runs the checker over a folder (or file); returns its errors as `file:line message`. */
function nuErrors(target: string, root: string): string[] {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', target], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`Could not run java (${run.error.message}): npm test installs it (Debian package default-jre-headless).`);
  const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
  return report.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => `${relative(root, new URL(message.url).pathname)}:${message.lastLine ?? 0} ${message.message}`);
}

describe('W3C Nu HTML Checker', () => {
  it('finds no error in any built page', () => {
    assertBuilt();
    expect(distFiles().filter((file) => file.endsWith('.html')).length).toBeGreaterThan(200);
    expect(nuErrors(DIST, DIST)).toEqual([]);
  });

  it('catches a script after </html> (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    try {
      writeFileSync(join(dir, 'page.html'), '<!doctype html><html lang="en"><head><title>x</title></head><body><p>x</p></body></html><script src="a.js"></script>\n');
      expect(nuErrors(dir, dir)).toEqual(['page.html:1 Stray start tag “script”.', 'page.html:1 Cannot recover after last error. Any further errors will be ignored.']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
