/** Citation keys: `<first author's family name><year><first significant title word>`, unique and stable. */
import { describe, expect, it } from 'vitest';
import { asciiWords, assignCitationKeys, baseKey, clashSuffix } from '../../src/lib/bibliography/citation-keys.ts';

describe('baseKey', () => {
  it.each([
    [{ author: 'Lamport', year: 1978, title: 'Time, Clocks, and the Ordering of Events in a Distributed System' }, 'lamport1978time'],
    [{ author: 'Ongaro', year: 2014, title: 'In Search of an Understandable Consensus Algorithm' }, 'ongaro2014search'],
    [{ author: 'Ghemawat', year: 2003, title: 'The Google File System' }, 'ghemawat2003google'],
    [{ author: 'Lamport', year: 1998, title: 'The Part-Time Parliament' }, 'lamport1998part'],
    [{ author: 'Lloyd', year: 2011, title: "Don't Settle for Eventual" }, 'lloyd2011dont'],
    [{ author: 'Gray', year: 1978, title: 'On the Notes of a System' }, 'gray1978notes'],
    [{ author: 'Preguiça', year: 2011, title: 'Ébauche' }, 'preguica2011ebauche'],
    [{ author: 'Seegmüller', year: 1978, title: 'Straße' }, 'seegmuller1978strasse'],
    [{ author: 'Linux man-pages project', title: 'The Linux man-pages project' }, 'linuxlinux'],
  ])('makes %o into %s', (parts, key) => {
    expect(baseKey(parts)).toBe(key);
  });

  it('keeps only lower-case ASCII letters and digits', () => {
    expect(asciiWords('TCP/IP Illustrated, Volume 1: The Protocols')).toEqual(['tcp', 'ip', 'illustrated', 'volume', '1', 'the', 'protocols']);
    expect(asciiWords('Kleppmann’s “Designing” Data-Intensive Apps')).toEqual(['kleppmanns', 'designing', 'data', 'intensive', 'apps']);
  });
});

describe('assignCitationKeys', () => {
  const work = (id: string, title: string, month?: number) => ({ id, author: 'Shapiro', year: 2011, month, title });

  it('keeps the key of a work that clashes with no other', () => {
    expect([...assignCitationKeys([work('crdt', 'Conflict-Free Replicated Data Types')])]).toEqual([['crdt', 'shapiro2011conflict']]);
  });

  it('appends b, c, ... to clashing works in order of publication month, then content id', () => {
    const keys = assignCitationKeys([work('z-late', 'Conflict Resolution', 9), work('b-early', 'Conflict Detection', 2), work('a-no-month', 'Conflicts'), work('a-same-month', 'Conflict Graphs', 9)]);
    expect(Object.fromEntries(keys)).toEqual({
      'a-no-month': 'shapiro2011conflicts',
      'b-early': 'shapiro2011conflict',
      'a-same-month': 'shapiro2011conflictb',
      'z-late': 'shapiro2011conflictc',
    });
  });

  it('gives the same keys whatever order the works come in', () => {
    const works = [work('one', 'Conflict A', 1), work('two', 'Conflict B', 1), work('three', 'Conflict C', 3)];
    expect(assignCitationKeys(works)).toEqual(assignCitationKeys([...works].reverse()));
  });

  it('runs the clash suffixes past z', () => {
    expect([1, 2, 25, 26, 27, 51, 52].map(clashSuffix)).toEqual(['b', 'c', 'z', 'aa', 'ab', 'az', 'ba']);
  });

  it('refuses a key the clash rule would give twice', () => {
    expect(() => assignCitationKeys([work('a', 'Conflict'), work('b', 'Conflict'), { id: 'c', author: 'Shapiro', year: 2011, title: 'Conflictb' }])).toThrow(
      'Citation key "shapiro2011conflictb" is given to both',
    );
  });
});
