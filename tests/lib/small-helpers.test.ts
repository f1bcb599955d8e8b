import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/values/closest.ts';
import { isValidIsbn } from '../../src/values/isbn.ts';
import { authorList, shortAuthors } from '../../src/lib/names.ts';
import { monthSpan, weekSpan } from '../../src/lib/format.ts';
import { absoluteUrl, normalizeBase, routes, withBase } from '../../src/lib/routes.ts';
import { oncePer } from '../../src/lib/memo.ts';

describe('isValidIsbn', () => {
  it.each([
    ['978-1449373320', true], // DDIA
    ['9780321336316', true], // TCP/IP Illustrated Vol. 1, 2nd ed.
    ['0-201-63346-9', true], // ISBN-10
    ['0-8044-2957-X', true], // ISBN-10 with X check digit
    ['978-1449373321', false],
    ['0-201-63346-8', false],
    ['978144937332', false],
    ['not an isbn', false],
  ])('%s -> %s', (isbn, valid) => expect(isValidIsbn(isbn)).toBe(valid));
});

describe('closest', () => {
  it('measures edit distance', () => {
    expect(editDistance('prereqs', 'prerequisites')).toBe(6);
    expect(editDistance('raft', 'raft')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests a field for a typo', () => expect(closest('prerequisits', ['phase', 'prerequisites', 'pages'])).toBe('prerequisites'));
  it('suggests the field an abbreviation stands for', () => expect(closest('prereqs', ['phase', 'prerequisites', 'pages'])).toBe('prerequisites'));
  it('prefers the nearest of several expansions', () => expect(closest('auth', ['authors', 'authority'])).toBe('authors'));
  it('suggests nothing when no candidate is close', () => expect(closest('zookeeper', ['raft', 'gfs'])).toBeUndefined());
});

describe('names', () => {
  const names = [
    { given: 'Michael J.', family: 'Fischer' },
    { given: 'Nancy A.', family: 'Lynch' },
    { given: 'Michael S.', family: 'Paterson' },
  ];
  it('lists every author', () => expect(authorList(names)).toBe('Michael J. Fischer, Nancy A. Lynch and Michael S. Paterson'));
  it('lists two authors with "and"', () => expect(authorList(names.slice(0, 2))).toBe('Michael J. Fischer and Nancy A. Lynch'));
  it('shortens long lists for tables only', () => {
    expect(shortAuthors(names)).toBe('Fischer, Lynch and Paterson');
    expect(shortAuthors([...names, { given: 'A', family: 'B' }])).toBe('Fischer and 3 others');
  });
});

describe('format', () => {
  it('writes month spans as the roadmap does', () => {
    expect(monthSpan({ start: 3, end: 9 })).toBe('Months 3–9');
    expect(monthSpan({ start: 2, end: 2 })).toBe('Month 2');
  });
  it('writes week spans', () => {
    expect(weekSpan({ min: 1, max: 1 })).toBe('1 week');
    expect(weekSpan({ min: 3, max: 4 })).toBe('3–4 weeks');
  });
});

describe('routes', () => {
  it('puts a site path under the base path', () => {
    expect(withBase('/', '/papers/raft/')).toBe('/papers/raft/');
    expect(withBase('/study/', '/papers/raft/')).toBe('/study/papers/raft/');
    expect(withBase('/study', 'papers/')).toBe('/study/papers/');
  });
  it('writes the base path with one leading and one trailing slash', () => {
    expect(['/', '', 'study', '/study', 'study/', '//study//', 'a/b'].map(normalizeBase)).toEqual(['/', '/', '/study/', '/study/', '/study/', '/study/', '/a/b/']);
  });
  it('makes absolute URLs from the origin, the base path and the site path', () => {
    expect(absoluteUrl('https://example.org', '/', '/papers/raft/')).toBe('https://example.org/papers/raft/');
    expect(absoluteUrl('https://example.org/', '/study/', routes.paperBibtex('raft'))).toBe('https://example.org/study/papers/raft.bib');
    expect(absoluteUrl('https://example.org', '/study/', routes.scheduleWeek(9))).toBe('https://example.org/study/schedule/#week-9');
  });
});

describe('oncePer', () => {
  it('makes a value once per object, and again for another object', () => {
    const made: string[] = [];
    const lengthOf = oncePer((text: { value: string }) => (made.push(text.value), text.value.length));
    const raft = { value: 'raft' };
    const paxos = { value: 'paxos' };
    expect([lengthOf(raft), lengthOf(paxos), lengthOf(raft), lengthOf({ value: 'raft' })]).toEqual([4, 5, 4, 4]);
    expect(made).toEqual(['raft', 'paxos', 'raft']);
  });
});
