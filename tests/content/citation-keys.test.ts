/** The citation keys of the real content, pinned: a change to any key is deliberate. */
import { describe, expect, it } from 'vitest';
import { buildBibliography } from '../../src/lib/bibliography/index.ts';
import { loadCurriculum } from '../support/curriculum.ts';

describe('the keys of the real content', () => {
  // Works are listed phase by phase, papers in the reading order, then the phase's books.
  it('are pinned: a change to any key is deliberate', () => {
    const keys = buildBibliography(loadCurriculum()).works.map((work) => `${work.item.id} ${work.key}`);
    expect(keys).toEqual([
      'mapreduce dean2004mapreduce',
      'beej-guide hallbeejs',
      'ddia kleppmann2017designing',
      'tcp-ip-illustrated fall2011tcp',
      'linux-man-pages linuxlinux',
      'cloudflare-tls-guide cloudflarewhat',
      'lamport-clocks lamport1978time',
      'flp-impossibility fischer1985impossibility',
      'gfs ghemawat2003google',
      'bigtable chang2006bigtable',
      'dynamo decandia2007dynamo',
      'paxos-made-simple lamport2001paxos',
      'raft ongaro2014search',
      'spanner corbett2012spanner',
      'conflict-free-replicated-data-types shapiro2011conflict',
      'paxos-made-live chandra2007paxos',
      'pbft castro1999practical',
      'viewstamped-replication liskov2012viewstamped',
      'zab junqueira2011zab',
      'kafka kreps2011kafka',
      'cassandra lakshman2010cassandra',
      'cockroachdb taft2020cockroachdb',
      'two-phase-commit gray1978notes',
      'crdt-comprehensive-study shapiro2011comprehensive',
      'vector-clocks fidge1988timestamps',
      'cops lloyd2011dont',
      'bolt-on-causal-consistency bailis2013bolt',
      'calvin thomson2012calvin',
      'epaxos moraru2013there',
      'flexible-paxos howard2016flexible',
      'mvto bernstein1981concurrency',
      'part-time-parliament lamport1998part',
      'percolator peng2010large',
      'ramp bailis2014scalable',
    ]);
  });

  it('are unique, ASCII and lower case', () => {
    const keys = buildBibliography(loadCurriculum()).works.map((work) => work.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(\d{4})?[a-z0-9]+$/);
  });
});
