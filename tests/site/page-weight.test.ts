/**
 * Page weight budget, from the built files: a paper page's HTML + CSS stay within 9 KB gzip
 * (6 KB before each page carried its reading guide, about 2.5 KB gzip of text),
 * and its scripts (progress controls, Copy buttons, the / shortcut) within 3 KB gzip. Prints the
 * figures. (Speed is measured by `npm run bench`, not here.)
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertBuilt, readDist } from '../support/dist.ts';

const gzip = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** The page's files and the modules its scripts import statically (one level is all we have). */
function weigh(page: string) {
  const html = readDist(page);
  const css = [...html.matchAll(/<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)"/g)].map((m) => readDist(m[1]!));
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].length;
  const js: string[] = [];
  for (const m of html.matchAll(/<script type="module" src="\/(_astro\/[^"]+\.js)"/g)) {
    const code = readDist(m[1]!);
    js.push(code);
    for (const imported of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) js.push(readDist(`_astro/${imported[1]!}`));
  }
  const inlineJs = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  return {
    htmlCss: { raw: html.length + css.join('').length, gzip: gzip(html) + css.reduce((sum, file) => sum + gzip(file), 0) },
    js: { raw: js.join('').length + inlineJs.length, gzip: js.reduce((sum, file) => sum + gzip(file), 0) + (inlineJs ? gzip(inlineJs) : 0) },
    files: 1 + css.length + js.length,
    inlineCss,
  };
}

describe('page weight', () => {
  it('keeps a paper page small', () => {
    assertBuilt();
    const weight = weigh('papers/raft/index.html');
    console.log(
      `Paper page /papers/raft/: HTML+CSS ${weight.htmlCss.raw} B raw, ${weight.htmlCss.gzip} B gzip; ` +
        `JS ${weight.js.raw} B raw, ${weight.js.gzip} B gzip; ${weight.files} files`,
    );
    expect(weight.htmlCss.gzip).toBeLessThanOrEqual(9 * 1024);
    expect(weight.js.gzip).toBeLessThanOrEqual(3 * 1024);
  });

  it('keeps a section page with no features free of script files', () => {
    const weight = weigh('courses/index.html');
    expect(weight.js.raw).toBeLessThan(1300);
    expect(weight.htmlCss.gzip).toBeLessThanOrEqual(5 * 1024);
  });
});
