/**
 * Every .bib file the site publishes compiles with real BibTeX (from Debian's texlive-base,
 * installed by scripts/ensure-system-deps.ts) and the `plain` style, citing every entry with
 * \nocite{*}, without a single warning. BibTeX exits 0 on warnings, so the .blg is read.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST, distFiles } from '../support/dist.ts';

assertBuilt();
const bibFiles = distFiles().filter((file) => file.endsWith('.bib'));

/** Runs bibtex over one .bib file; returns the warnings and the number of \bibitem in the .bbl. */
function compile(file: string): { status: number | null; warnings: string[]; items: number; log: string; bbl: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bibtex-'));
  try {
    copyFileSync(join(DIST, file), join(dir, 'refs.bib'));
    // What LaTeX would write to the .aux for \bibliographystyle{plain}, \nocite{*}, \bibliography{refs}.
    writeFileSync(join(dir, 'doc.aux'), '\\relax\n\\bibstyle{plain}\n\\citation{*}\n\\bibdata{refs}\n');
    const run = spawnSync('bibtex', ['doc'], { cwd: dir, encoding: 'utf8' });
    if (run.error) throw new Error(`Could not run bibtex (${run.error.message}): npm test installs it (Debian package texlive-base).`);
    const log = readFileSync(join(dir, 'doc.blg'), 'utf8');
    const bbl = readFileSync(join(dir, 'doc.bbl'), 'utf8');
    return { status: run.status, warnings: log.split('\n').filter((line) => line.startsWith('Warning--') || line.includes('error message')), items: bbl.match(/\\bibitem\{/g)?.length ?? 0, log, bbl };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('real BibTeX with the plain style', () => {
  it('finds the site-wide, per-phase and per-paper .bib files', () => {
    expect(bibFiles).toContain('bibliography.bib');
    expect(bibFiles.filter((file) => file.startsWith('phases/'))).toHaveLength(4);
    expect(bibFiles.filter((file) => file.startsWith('papers/'))).toHaveLength(29);
  });

  for (const file of bibFiles) {
    it(`compiles ${file} with no warnings`, () => {
      const result = compile(file);
      expect(result.warnings, result.log).toEqual([]);
      expect(result.status).toBe(0);
      const entries = readFileSync(join(DIST, file), 'utf8').match(/^@/gm)!.length;
      expect(result.items).toBe(entries);
    });
  }

  it('prints titles in sentence case with the names kept, as plain lower-cases them', () => {
    // plain's format.title applies change.case$ "t": everything after the first letter lower-cased
    // except what braces protect. The .bbl breaks long lines, so whitespace is joined first.
    const bbl = compile('bibliography.bib').bbl.replace(/\s+/g, ' ');
    for (const title of [
      '{MapReduce}: Simplified data processing on large clusters',
      'Time, clocks, and the ordering of events in a distributed system',
      '{CockroachDB}: The resilient geo-distributed {SQL} database',
      '{Bigtable}: A distributed storage system for structured data',
      '{Paxos} made simple',
      'Practical {Byzantine} fault tolerance',
      'The {Google} file system',
      "{Dynamo}: {Amazon's} highly available key-value store",
      'In search of an understandable consensus algorithm',
    ]) {
      expect(bbl).toContain(title);
    }
    expect(bbl).not.toMatch(/Mapreduce|Cockroachdb|Bigtable: a distributed/);
  });

  it('does report a warning for an entry missing a required field (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bibtex-'));
    try {
      writeFileSync(join(dir, 'refs.bib'), '@article{broken2020,\n  author = {Doe, Jane},\n  title = {No Journal},\n  year = {2020},\n}\n');
      writeFileSync(join(dir, 'doc.aux'), '\\relax\n\\bibstyle{plain}\n\\citation{*}\n\\bibdata{refs}\n');
      const run = spawnSync('bibtex', ['doc'], { cwd: dir, encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(readFileSync(join(dir, 'doc.blg'), 'utf8')).toContain('Warning--empty journal in broken2020');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
