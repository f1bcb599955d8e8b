import { describe, expect, test } from 'vitest';
import { pagefindGlob } from '../../src/lib/search/pagefind-glob.ts';

const page = (path: string, indexed = true) => ({ path, indexed });

describe('pagefindGlob', () => {
  test('a folder whose pages are all indexed is one pattern; a mixed folder lists its indexed pages; top-level pages by name', () => {
    expect(
      pagefindGlob([
        page('index.html'),
        page('404.html', false),
        page('papers/index.html'),
        page('papers/raft/index.html'),
        page('schedule/index.html', false),
        page('schedule/week-1/index.html', false),
        page('progress/index.html', false),
        page('labs/index.html', false),
        page('labs/kv/index.html'),
      ]),
    ).toBe('{index.html,labs/kv/index.html,papers/**/*.html}');
  });

  test('one pattern alone is not wrapped in braces', () => {
    expect(pagefindGlob([page('papers/raft/index.html'), page('search/index.html', false)])).toBe('papers/**/*.html');
  });

  test('no indexed page: no glob', () => {
    expect(pagefindGlob([page('index.html', false), page('papers/raft/index.html', false)])).toBeUndefined();
    expect(pagefindGlob([])).toBeUndefined();
  });

  test("glob syntax in a name is escaped, so it matches only that name", () => {
    expect(pagefindGlob([page('a{b}/index.html'), page('c*d/x,y.html'), page('c*d/z.html', false)])).toBe('{a\\{b\\}/**/*.html,c\\*d/x\\,y.html}');
  });
});
