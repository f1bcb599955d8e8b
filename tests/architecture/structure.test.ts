/**
 * The shape of the code: layers that point down only, no import cycles, small files, one module
 * that spells the site's paths, kinds named in few places, and no code run from strings.
 * Reads the sources as text (src/, scripts/, astro.config.mjs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/lib/content/registry.ts';

const SOURCE_EXTENSIONS = ['.ts', '.astro', '.mjs', '.css'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return SOURCE_EXTENSIONS.some((extension) => name.endsWith(extension)) ? [path] : [];
  });
}

const files = [...filesUnder('src'), ...filesUnder('scripts'), 'astro.config.mjs'].sort();
const source = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

/** Layers from the bottom up; a file may import only from its own layer or below. */
const layers: Array<{ name: string; test: (file: string) => boolean }> = [
  { name: 'values', test: (file) => file.startsWith('src/values/') || file.startsWith('src/styles/') || file.startsWith('src/types/') },
  { name: 'schemas', test: (file) => file.startsWith('src/schemas/') },
  { name: 'lib', test: (file) => file.startsWith('src/lib/') },
  { name: 'data', test: (file) => file.startsWith('src/data/') || file === 'src/content.config.ts' },
  { name: 'browser scripts', test: (file) => file.startsWith('src/scripts/') },
  { name: 'components', test: (file) => file.startsWith('src/components/') || file.startsWith('src/layouts/') },
  { name: 'pages', test: (file) => file.startsWith('src/pages/') },
  { name: 'command-line scripts and config', test: (file) => file.startsWith('scripts/') || file === 'astro.config.mjs' },
];
const layerOf = (file: string) => layers.findIndex((layer) => layer.test(file));

/** Strips comments (enough for this code base: no `//` or `/*` inside its strings but URLs, which keep their `:`). */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, '');

/** Relative imports of a file (static, dynamic, re-exports, side effects), resolved to project paths. */
function importsOf(file: string): string[] {
  const text = withoutComments(source.get(file)!);
  const specifiers = [
    ...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => normalize(join(dirname(file), specifier.replace(/\?.*$/, ''))))
    .map((path) => relative('.', path));
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('the import graph of src/ and scripts/', () => {
  it('resolves every relative import to a file', () => {
    const missing = [...graph].flatMap(([file, imports]) => imports.filter((target) => !existsSync(target)).map((target) => `${file} -> ${target}`));
    expect(missing).toEqual([]);
  });

  it('puts every source file in a layer', () => {
    expect(files.filter((file) => layerOf(file) === -1)).toEqual([]);
  });

  it('points down only: pages -> components -> browser scripts -> data -> lib -> schemas -> values', () => {
    const upward = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => source.has(target) && layerOf(target) > layerOf(file))
        .map((target) => `${file} (${layers[layerOf(file)]!.name}) imports ${target} (${layers[layerOf(target)]!.name})`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps the data layer (getCollection, the environment) out of browser scripts', () => {
    const found = [...graph].filter(([file]) => file.startsWith('src/scripts/')).flatMap(([file, imports]) => imports.filter((target) => target.startsWith('src/data/')).map((target) => `${file} -> ${target}`));
    expect(found).toEqual([]);
  });

  it('keeps the curriculum model independent of the checker', () => {
    expect(graph.get('src/lib/curriculum.ts')!.filter((target) => target.startsWith('src/lib/validation/'))).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of graph.get(file) ?? []) if (source.has(target)) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('the source files', () => {
  it('are at most 300 lines each', () => {
    const long = files.map((file) => [file, source.get(file)!.split('\n').length] as const).filter(([, lines]) => lines > 300);
    expect(long).toEqual([]);
  });

  it('spell the /papers/ route in one module only', () => {
    const spelling = files.filter((file) => /['"`]\/papers\//.test(withoutComments(source.get(file)!)));
    expect(spelling).toEqual(['src/lib/routes.ts']);
  });

  it('name a content kind in at most three files outside the pages, components and browser scripts', () => {
    const names = new Set(Object.keys(registry));
    const ui = (file: string) => /^src\/(pages|components|layouts|scripts|styles)\//.test(file);
    const naming = files.filter((file) => !ui(file) && [...withoutComments(source.get(file)!).matchAll(/['"`]([a-zA-Z-]+)['"`]/g)].some((match) => names.has(match[1]!)));
    expect(naming).toEqual(['src/lib/content/registry.ts', 'src/lib/curriculum.ts']);
  });

  it('run no code from a string', () => {
    const found = [...source].filter(([file]) => file.startsWith('src/')).filter(([, text]) => /\beval\s*[(:]|new Function\s*\(/.test(withoutComments(text)));
    expect(found.map(([file]) => file)).toEqual([]);
  });
});
