/**
 * A persistent, content-addressed cache of formatted references, so a rebuild formats only
 * what changed: each work in each style, and each phase's list, is stored under the SHA-256 of
 * exactly what decides its output (the CSL item or list, the style's XML, the versions of
 * citation-js, its CSL plugin and citeproc, and this cache's format). Editing one paper changes
 * the keys of that paper and of its phase's list only. It lives beside Astro's own cache
 * (`node_modules/.astro/`). An entry that cannot be read, or that holds another key, is
 * ignored and formatted again, never trusted.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CslItem } from './csl-json.ts';
import { formatInWorker, type FormatJob, type FormatRun, type FormattedItems, type FormattedLists } from './reference-worker.ts';

/** Bumped when what an entry holds changes. */
const CACHE_FORMAT = 1;

const requireHere = createRequire(import.meta.url);
const versionOf = (name: string) => (JSON.parse(readFileSync(requireHere.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
let libraries: string | undefined;
/** The formatter's libraries, part of every key: an upgrade formats everything again. */
const libraryVersions = () => (libraries ??= ['@citation-js/core', '@citation-js/plugin-csl', 'citeproc'].map((name) => `${name}@${versionOf(name)}`).join(' '));

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/**
 * A style's hash, made once per style: hashing APA's 86 KB of XML again for each key took 0.13 s
 * per pass over the 2,600 keys of a curriculum 30 times the roadmap's (0.03 s now).
 */
const styleHashes = new Map<string, string>();
const styleHash = (xml: string) => styleHashes.get(xml) ?? styleHashes.set(xml, sha256(xml)).get(xml)!;

/** The key of one work formatted alone in one style. */
export const itemKey = (item: CslItem, styleXml: string) => sha256(JSON.stringify(['item', CACHE_FORMAT, libraryVersions(), styleHash(styleXml), item]));
/** The key of one list formatted in the list style. */
export const listKey = (list: readonly CslItem[], styleXml: string) => sha256(JSON.stringify(['list', CACHE_FORMAT, libraryVersions(), styleHash(styleXml), list]));

interface Entry<Value> {
  key: string;
  value: Value;
}

/** The entries a folder holds (none when it is missing), listed once per run: a miss is then no failed read (2,600 of them in a cold build at 30x). */
export function entriesIn(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}

/** Reads an entry; `undefined` when missing, unreadable, or holding another key. */
function read<Value>(dir: string, present: ReadonlySet<string>, key: string, valid: (value: unknown) => value is Value): Value | undefined {
  if (!present.has(`${key}.json`)) return undefined;
  try {
    const entry = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as Entry<unknown>;
    return entry && entry.key === key && valid(entry.value) ? entry.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes an entry, in one write: one cut short (a crash, a full disk) is not JSON, so it is read
 * as unreadable and formatted again. A cache that cannot be written is skipped.
 */
function write(dir: string, key: string, value: unknown): void {
  try {
    writeFileSync(join(dir, `${key}.json`), JSON.stringify({ key, value }));
  } catch {
    // A read-only or full disk only costs the next build its time.
  }
}

/** Makes the cache's folder; false when it cannot be made (nothing is written then). */
function makeFolder(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    return true;
  } catch {
    return false;
  }
}

const isHtml = (value: unknown): value is string => typeof value === 'string';
const isList = (value: unknown): value is Array<[string, string]> =>
  Array.isArray(value) && value.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string');

/** What a run reused and formatted, for tests and the benchmark. */
export interface CacheStats {
  reusedItems: number;
  formattedItems: number;
  reusedLists: number;
  formattedLists: number;
}

/**
 * Formats `job`, taking what `dir` already holds and formatting the rest in the worker (none
 * when everything is cached), then storing what was formatted. Same results as formatInWorker.
 */
export function formatWithCache(job: FormatJob, dir: string, stats?: (stats: CacheStats) => void): FormatRun {
  const xmlOf = new Map(job.styles.map((style) => [style.id, style.xml]));
  const listXml = xmlOf.get(job.listStyle) ?? '';
  const present = entriesIn(dir);
  const cachedItems: FormattedItems = {};
  const missingItems: CslItem[] = [];
  for (const item of job.items) {
    const styles: Record<string, string> = {};
    for (const style of job.styles) {
      const html = read(dir, present, itemKey(item, style.xml), isHtml);
      if (html !== undefined) styles[style.id] = html;
    }
    if (Object.keys(styles).length === job.styles.length) cachedItems[String(item.id)] = styles;
    else missingItems.push(item);
  }
  const cachedLists = job.lists.map((list) => read(dir, present, listKey(list, listXml), isList));
  const missingLists = job.lists.filter((_list, index) => cachedLists[index] === undefined);
  stats?.({ reusedItems: job.items.length - missingItems.length, formattedItems: missingItems.length, reusedLists: job.lists.length - missingLists.length, formattedLists: missingLists.length });

  if (!missingItems.length && !missingLists.length) {
    const item = (id: string) => (cachedItems[id] ? Promise.resolve(cachedItems[id]) : Promise.reject(new Error(`The reference job has no item ${id}.`)));
    return { items: Promise.resolve(cachedItems), item, lists: Promise.resolve(cachedLists as FormattedLists), unref() {}, ref() {}, stop() {} };
  }
  const run = formatInWorker({ ...job, items: missingItems, lists: missingLists });
  const writable = makeFolder(dir);
  const lists = run.lists.then((formatted) => {
    if (writable) missingLists.forEach((list, index) => write(dir, listKey(list, listXml), formatted[index]));
    let next = 0;
    return cachedLists.map((list) => list ?? formatted[next++]!);
  });
  const items = run.items.then((formatted) => {
    for (const item of missingItems) {
      if (writable) for (const style of job.styles) write(dir, itemKey(item, style.xml), formatted[String(item.id)]?.[style.id]);
    }
    // In the job's order, so the result is the same object shape with or without the cache.
    return Object.fromEntries(job.items.map((item) => [String(item.id), cachedItems[String(item.id)] ?? formatted[String(item.id)]!]));
  });
  const item = (id: string) => (cachedItems[id] ? Promise.resolve(cachedItems[id]) : run.item(id));
  return { items, item, lists, unref: run.unref, ref: run.ref, stop: run.stop };
}
