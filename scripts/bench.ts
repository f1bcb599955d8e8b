#!/usr/bin/env node
/**
 * `npm run bench [-- 1 10 30]`: builds synthetic curricula at 1x, 10x and 30x the real one and,
 * side by side, a bare Astro site with the same pages (scripts/bench-bare.ts), and prints wall
 * time, CPU time, peak memory, dist/ size, the ratio to the bare site, and a rebuild after editing
 * one paper, plus, for 1x, the page weight of a paper page and the size of the search index. Not a
 * test: it measures. Runs alternate (ours, bare, yardstick, ours, ...), each cold (Astro's caches
 * and the build folder removed), and the medians are reported. When ../shared/bench/bare-astro/
 * (the team's yardstick) is there, its generator is built too, at the scale nearest our page
 * count, to check that the bench's bare site agrees with it.
 *
 * Synthetic content is the real content plus copies of the items of every kind the registry
 * marks `benchmark: 'copy'` (papers, labs, criteria, ...) with suffixed ids (copies keep their
 * references inside their own copy, so the prerequisite graph stays acyclic), built through the same
 * validating loaders as the real site. Copied papers' authors get the copy number after their
 * family name (Lamport 2, Lamport 3): other papers, by other people. Needs GNU time (/usr/bin/time, Debian package `time`).
 * BENCH_RUNS (default 3) builds each site that many times; BENCH_KEEP=1 keeps the generated content.
 *
 * Lighthouse (mobile, its default) scores one page of each kind at 1x and 30x when it and
 * Chromium are available: `LIGHTHOUSE=/path/to/bin/lighthouse`, or a `lighthouse` in
 * node_modules/.bin or on the PATH (it is not a dependency: `npm install --prefix /opt/lighthouse
 * lighthouse`); Chromium from CHROMIUM_PATH or /usr/bin/chromium. Pages are served gzipped, as
 * the README's server configurations serve them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { registry, type AnyRegistry } from '../src/lib/content/registry.ts';
import { linkNodeModules, pagesOf, writeBareSite } from './bench-bare.ts';
import { lighthouseScores } from './bench-lighthouse.ts';
import { EACH_KEY, referencesIn } from '../src/lib/validation/references.ts';

const SCALES = process.argv.slice(2).map(Number).filter((n) => n >= 1);
const scales = SCALES.length ? SCALES : [1, 10, 30];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const YARDSTICK = resolve('../shared/bench/bare-astro');
const CONTENT = resolve('content');

if (!existsSync('/usr/bin/time')) {
  console.error('GNU time is needed for CPU and memory figures: apt-get install time');
  process.exit(1);
}

/** Kinds the registry says to copy: their reference fields that name other copied kinds point into the same copy. */
const copiedKinds = Object.entries(registry as AnyRegistry).filter(([, spec]) => spec.benchmark === 'copy');
const copied = new Set(copiedKinds.map(([kind]) => kind));

/** Sets the value at a concrete path (`['designDecisions', 0, 'reference', 'paper']`). */
function setAt(data: Record<string, unknown>, path: ReadonlyArray<string | number>, value: unknown): void {
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

/** Renames the map key at a concrete path (`['laterPhasePrerequisites', 'gfs']` -> `gfs-x2`), keeping its value. */
function renameKeyAt(data: Record<string, unknown>, path: ReadonlyArray<string | number>, key: string): void {
  let node = data as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  const old = path[path.length - 1]!;
  node[key] = node[old];
  delete node[old];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** One copy of an item: suffixed references, no unique fields, "(copy N)" titles, other authors. */
function copyItem(source: string, spec: (typeof copiedKinds)[number][1], copy: number): string {
  const match = FRONT_MATTER.exec(source);
  const data = parse(match ? match[1]! : source) as Record<string, unknown>;
  const suffix = `-x${copy}`;
  for (const reference of spec.references.filter((field) => copied.has(field.target))) {
    for (const found of referencesIn(data, reference.path)) {
      if (reference.path.at(-1) === EACH_KEY) renameKeyAt(data, found.path, found.value + suffix);
      else setAt(data, found.path, found.value + suffix);
    }
  }
  for (const { field } of spec.unique ?? []) delete data[field]; // only the originals keep unique values
  if (typeof data.title === 'string') data.title = `${data.title} (copy ${copy})`;
  // A larger curriculum has other authors, not 30 papers by the same people in the same
  // year: identical author lists would make APA number every copy (2011a ... 2011ad).
  if (Array.isArray(data.authors)) for (const author of data.authors as Array<{ family: string }>) author.family += ` ${copy}`;
  return match ? `---\n${stringify(data)}---\n${source.slice(match[0].length)}` : stringify(data);
}

function makeContent(scale: number): string {
  const root = mkdtempSync(join(tmpdir(), `bench-${scale}x-`));
  cpSync(CONTENT, root, { recursive: true });
  for (let copy = 2; copy <= scale; copy++) {
    for (const [, spec] of copiedKinds) {
      for (const name of readdirSync(join(CONTENT, spec.folder)).filter((file) => spec.extensions.includes(extname(file).slice(1)))) {
        const copyName = name.replace(/(\.\w+)$/, `-x${copy}$1`);
        writeFileSync(join(root, spec.folder, copyName), copyItem(readFileSync(join(CONTENT, spec.folder, name), 'utf8'), spec, copy));
      }
    }
  }
  return root;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}
const countPages = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countPages(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);

/** Astro's content store (node_modules/.astro) and modules (.astro) of the project in `cwd` remember the last content folder. */
function clearAstroCache(cwd = '.'): void {
  rmSync(join(cwd, '.astro'), { recursive: true, force: true });
  rmSync(join(cwd, 'node_modules/.astro'), { recursive: true, force: true });
}

interface Run { wall: number; cpu: number; peakMiB: number }
interface Result { scale: number; pages: number; ours: Run; bare: Run; barePages: number; yardstick?: Run & { pages: number; scale: number }; distMiB: number; warm?: number }

/** One cold `npm run build` in `cwd`: Astro's caches and the build folder removed first. */
function timeBuild(cwd: string, env: Record<string, string>, out: string): Run {
  rmSync(out, { recursive: true, force: true });
  clearAstroCache(cwd);
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', 'npm', 'run', '--silent', 'build'], { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`The build in ${cwd} failed.`);
  }
  const [user, system, maxKiB] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
  return { wall, cpu: user + system, peakMiB: maxKiB / 1024 };
}

/** The median run by wall time. */
const median = (runs: Run[]): Run => [...runs].sort((a, b) => a.wall - b.wall)[Math.floor(runs.length / 2)]!;

/** The yardstick's generator, set up in its own folder for about `pages` pages (it writes about 50 a scale). */
function setUpYardstick(pages: number): { dir: string; scale: number } | undefined {
  if (!existsSync(join(YARDSTICK, 'generate.mjs'))) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'bench-yardstick-'));
  const scale = Math.max(1, Math.round(pages / 50));
  cpSync(join(YARDSTICK, 'generate.mjs'), join(dir, 'generate.mjs'));
  cpSync(join(YARDSTICK, 'package.json'), join(dir, 'package.json'));
  linkNodeModules(dir, resolve('node_modules'));
  const generated = spawnSync(process.execPath, ['generate.mjs', '--site', 'bare', '--scale', String(scale)], { cwd: dir, encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(`The yardstick's generator failed: ${generated.stderr}`);
  return { dir, scale };
}

/** Builds our site, the bare site with the same pages, and the yardstick, alternating, RUNS times each. */
function compare(scale: number, content: string): Result {
  const out = join(content, 'dist');
  const env = { CONTENT_DIR: content, OUT_DIR: out };
  const ours: Run[] = [timeBuild('.', env, out)];
  const pages = countPages(out);
  const distMiB = folderBytes(out) / 2 ** 20;
  const bareDir = mkdtempSync(join(tmpdir(), `bench-bare-${scale}x-`));
  const barePages = pagesOf(out);
  writeBareSite(bareDir, barePages, resolve('node_modules'));
  const yardstick = setUpYardstick(pages);
  const bare: Run[] = [];
  const yard: Run[] = [];
  for (let run = 0; run < RUNS; run++) {
    if (run > 0) ours.push(timeBuild('.', env, out));
    bare.push(timeBuild(bareDir, {}, join(bareDir, 'dist')));
    if (yardstick) yard.push(timeBuild(yardstick.dir, {}, join(yardstick.dir, 'dist')));
  }
  const result: Result = { scale, pages, ours: median(ours), bare: median(bare), barePages: countPages(join(bareDir, 'dist')), distMiB };
  if (yardstick) {
    result.yardstick = { ...median(yard), pages: countPages(join(yardstick.dir, 'dist')), scale: yardstick.scale };
    rmSync(yardstick.dir, { recursive: true, force: true });
  }
  rmSync(bareDir, { recursive: true, force: true });
  // The last build of ours is what the warm rebuild and the page weight read.
  timeBuild('.', env, out);
  return result;
}

/**
 * A rebuild after editing one item's title (the first file of the first copied kind: a paper),
 * keeping the caches of the cold build before it (Astro's content store, the reference cache):
 * what an author waits for after an edit.
 */
function warmRebuild(content: string): number {
  const folder = join(content, copiedKinds[0]![1].folder);
  const file = join(folder, readdirSync(folder).sort()[0]!);
  const source = readFileSync(file, 'utf8');
  const match = FRONT_MATTER.exec(source)!;
  const data = parse(match[1]!) as { title: string };
  data.title += ' (edited)';
  writeFileSync(file, `---\n${stringify(data)}---\n${source.slice(match[0].length)}`);
  // As for the cold builds, the old output is removed before the clock starts: only the caches differ.
  rmSync(join(content, 'dist'), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: join(content, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('The warm rebuild failed.');
  }
  return (performance.now() - started) / 1000;
}

function pageWeight(dist: string): string[] {
  const html = readFileSync(join(dist, 'papers/raft/index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(css|js))"/g)].map((m) => ({ file: m[1]!, kind: m[2]! }));
  const rows = [{ file: 'papers/raft/index.html', kind: 'html' }, ...assets].map(({ file, kind }) => {
    const bytes = readFileSync(join(dist, file));
    return { file, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  // Modules a page's script imports load too: follow one level of static imports.
  for (const row of rows.filter((r) => r.kind === 'js')) {
    for (const m of readFileSync(join(dist, row.file), 'utf8').matchAll(/from"\.\/([^"]+\.js)"/g)) {
      const bytes = readFileSync(join(dist, '_astro', m[1]!));
      rows.push({ file: `_astro/${m[1]!}`, kind: 'js', raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
  }
  const sum = (kinds: string[]) => rows.filter((r) => kinds.includes(r.kind)).reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const inlineJs = (html.toString().match(/<script type="module">[\s\S]*?<\/script>/g) ?? []).join('').length;
  return [
    ...rows.map((r) => `  ${r.file.padEnd(64)} ${kb(r.raw).padStart(9)} raw ${kb(r.gzip).padStart(9)} gzip`),
    `  HTML + CSS: ${kb(sum(['html', 'css']).raw)} raw, ${kb(sum(['html', 'css']).gzip)} gzip; JS files: ${kb(sum(['js']).raw)} raw, ${kb(sum(['js']).gzip)} gzip (plus ${inlineJs} bytes inline in the HTML)`,
    `  Pagefind index: ${(folderBytes(join(dist, 'pagefind')) / 1024).toFixed(0)} KB in dist/pagefind/`,
  ];
}


const results: Result[] = [];
const lighthouse: Array<{ scale: number; rows: string[] }> = [];
let weight: string[] = [];
for (const scale of scales) {
  const content = makeContent(scale);
  process.stdout.write(`Building ${scale}x, ours and bare (${RUNS} run${RUNS === 1 ? '' : 's'} each)... `);
  const result = compare(scale, content);
  result.warm = warmRebuild(content);
  console.log(`${result.ours.wall.toFixed(1)} s against ${result.bare.wall.toFixed(1)} s (after editing one paper: ${result.warm.toFixed(1)} s)`);
  results.push(result);
  if (scale === 1) weight = pageWeight(join(content, 'dist'));
  if (scale === 1 || scale === 30) lighthouse.push({ scale, rows: await lighthouseScores(join(content, 'dist')) });
  if (process.env.BENCH_KEEP) console.log(`  kept ${content}`);
  else rmSync(content, { recursive: true, force: true });
}

clearAstroCache(); // the next real build rebuilds it from content/
console.log(`\nMachine: ${process.arch}, ${(await import('node:os')).cpus().length} cores, Node ${process.version}; medians of ${RUNS} cold builds, alternating\n`);
console.log('| scale | pages | ours: wall (s) | CPU (s) | peak memory (MiB) | bare Astro, same pages: wall (s) | ratio | yardstick: pages, wall (s), ratio | rebuild after one edit (s) | dist/ (MiB) |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const yard = r.yardstick ? `${r.yardstick.pages} (scale ${r.yardstick.scale}), ${r.yardstick.wall.toFixed(1)}, ${(r.ours.wall / r.yardstick.wall).toFixed(2)}` : 'not found';
  console.log(`| ${r.scale}x | ${r.pages} | ${r.ours.wall.toFixed(1)} | ${r.ours.cpu.toFixed(1)} | ${r.ours.peakMiB.toFixed(0)} | ${r.bare.wall.toFixed(1)} (${r.barePages} pages) | ${(r.ours.wall / r.bare.wall).toFixed(2)} | ${yard} | ${r.warm?.toFixed(1) ?? ''} | ${r.distMiB.toFixed(1)} |`);
}
if (weight.length) console.log(`\nPaper page (1x, /papers/raft/):\n${weight.join('\n')}`);
for (const { scale, rows } of lighthouse) console.log(`\nLighthouse, mobile, ${scale}x:\n${rows.join('\n')}`);
