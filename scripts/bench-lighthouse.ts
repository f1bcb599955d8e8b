/**
 * The bench's Lighthouse scores: one page of each kind, mobile (Lighthouse's default), served
 * gzipped as the README's server configurations serve them. Lighthouse and Chromium are not
 * dependencies: see the top of scripts/bench.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { routes } from '../src/lib/routes.ts';
import { serveStatic } from './static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const lighthouseBin = [process.env.LIGHTHOUSE, resolve('node_modules/.bin/lighthouse'), ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'lighthouse'))].find(
  (path): path is string => !!path && existsSync(path),
);
/** One page of each kind. */
const lighthousePages = [
  routes.home, routes.phase('foundations'), routes.papers, routes.paper('raft'), routes.readingOrder, routes.labs, routes.lab('epoll-echo-server'),
  routes.books, routes.courses, routes.projects, routes.designProblems, routes.openSource, routes.systems, routes.criteria, routes.bibliography,
  routes.schedule, routes.schedulePhase('foundations'), routes.handbook, routes.search, routes.progress, '/404.html',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse's four category scores (0-100) for each page, or why there are none. */
export async function lighthouseScores(dist: string): Promise<string[]> {
  if (!lighthouseBin) return ['  Lighthouse: not found (set LIGHTHOUSE, or install it; see the top of scripts/bench.ts).'];
  if (!existsSync(CHROMIUM)) return [`  Lighthouse: no Chromium at ${CHROMIUM}.`];
  const server = await serveStatic(dist, { gzip: true });
  const rows: string[] = [`  | page | ${categories.join(' | ')} |`, `  |---|${categories.map(() => '---|').join('')}`];
  try {
    for (const page of lighthousePages) {
      // Asynchronous: this process serves the pages Lighthouse loads.
      const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
        const child = spawn(lighthouseBin, [`${server.url}${page.slice(1)}`, '--output=json', '--quiet', '--chrome-flags=--headless=new --no-sandbox', `--only-categories=${categories.join(',')}`], {
          env: { ...process.env, CHROME_PATH: CHROMIUM },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
        child.on('close', (status) => done({ status, stdout, stderr }));
      });
      if (result.status !== 0) {
        rows.push(`  | ${page} | Lighthouse failed: ${(result.stderr || result.stdout).trim().split('\n').pop()} |`);
        continue;
      }
      const report = JSON.parse(result.stdout) as { categories: Record<string, { score: number | null }>; audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }> };
      const scores = categories.map((category) => Math.round((report.categories[category]?.score ?? 0) * 100));
      const failing = Object.entries(report.audits)
        .filter(([, audit]) => audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
        .map(([id]) => id);
      rows.push(`  | ${page} | ${scores.join(' | ')} |${scores.every((score) => score === 100) ? '' : ` below 1: ${failing.join(', ')}`}`);
    }
  } finally {
    await server.close();
  }
  return rows;
}
