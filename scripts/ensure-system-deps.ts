#!/usr/bin/env node
/**
 * Makes sure the programs the tests need are on PATH: Chromium for the browser tests, BibTeX
 * for compiling every generated .bib file, Java for the W3C Nu HTML Checker.
 * On Debian as root it installs what is missing with apt-get; elsewhere it stops and prints
 * the exact command to run. Never skips silently.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Need {
  program: string;
  debianPackages: string[];
  why: string;
}

const needs: Need[] = [
  { program: 'chromium', debianPackages: ['chromium'], why: 'browser tests (playwright-core drives Debian Chromium)' },
  { program: 'bibtex', debianPackages: ['texlive-base'], why: 'compiling every generated .bib file with real BibTeX (tests/site/bibtex-compiles.test.ts)' },
  { program: 'java', debianPackages: ['default-jre-headless'], why: 'the W3C Nu HTML Checker (npm vnu-jar) on every built page (tests/site/nu-html-checker.test.ts)' },
];

const onPath = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
const isDebian = existsSync('/etc/debian_version') && onPath('apt-get');
const isRoot = process.getuid?.() === 0;

const missing = needs.filter((need) => !onPath(need.program));
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((need) => need.debianPackages);
if (!isDebian || !isRoot) {
  for (const need of missing) console.error(`Missing program "${need.program}", needed for ${need.why}.`);
  console.error(isDebian ? `Install it with: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}` : `Install ${packages.join(', ')} with your system's package manager, then run the tests again.`);
  process.exit(1);
}
console.log(`Installing ${packages.join(', ')} with apt-get (needed for ${missing.map((need) => need.why).join('; ')})...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
for (const need of missing) {
  if (!onPath(need.program)) {
    console.error(`apt-get finished but "${need.program}" is still not on PATH.`);
    process.exit(1);
  }
}
