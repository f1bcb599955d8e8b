import { describe, expect, it } from 'vitest';
import { CycleError, findCycles, findUnknownReferences, formatCycle, generations, readingOrder, type OrderNode } from '../../src/lib/graph/index.ts';

const node = (id: string, prerequisites: string[] = [], group = 1, recommended?: number, time?: number): OrderNode => ({ id, prerequisites, group, recommended, time });

describe('readingOrder', () => {
  const cases: { name: string; nodes: OrderNode[]; order: string[] }[] = [
    { name: 'puts a chain in dependency order', nodes: [node('c', ['b']), node('b', ['a']), node('a')], order: ['a', 'b', 'c'] },
    { name: 'breaks ties between independent papers by id', nodes: [node('zab'), node('gfs'), node('raft')], order: ['gfs', 'raft', 'zab'] },
    { name: 'breaks ties by phase before id', nodes: [node('aaa', [], 2), node('zzz', [], 1)], order: ['zzz', 'aaa'] },
    {
      name: 'puts recommended papers first, in their recommended sequence',
      nodes: [node('a', [], 1), node('b', [], 1, 2), node('c', [], 2, 1)],
      order: ['c', 'b', 'a'],
    },
    {
      name: 'orders a diamond: both middles before the join',
      nodes: [node('top'), node('left', ['top']), node('right', ['top']), node('join', ['left', 'right'])],
      order: ['top', 'left', 'right', 'join'],
    },
    {
      name: 'keeps disconnected papers, ordered by phase then id',
      nodes: [node('x', [], 3), node('b', ['a'], 1), node('a', [], 1), node('y', [], 2)],
      order: ['a', 'b', 'y', 'x'],
    },
    {
      name: 'keeps the recommended sequence when a recommended paper waits on an unrecommended prerequisite',
      // "second" needs "helper"; without the sequence edge "third" (free) would overtake it.
      nodes: [node('first', [], 1, 1), node('second', ['helper'], 1, 2), node('third', [], 1, 3), node('helper', [], 2)],
      order: ['first', 'helper', 'second', 'third'],
    },
    {
      name: 'lets prerequisites win over a recommended sequence that contradicts them',
      nodes: [node('early', ['late'], 1, 1), node('late', [], 1, 2)],
      order: ['late', 'early'],
    },
    {
      name: 'puts the prerequisites of a recommended paper just before it, ahead of unrecommended papers',
      // "helper" (phase 3) is needed by the second recommended paper, so it comes before "other" (phase 1).
      nodes: [node('first', [], 1, 1), node('second', ['helper'], 2, 2), node('other', [], 1), node('helper', [], 3)],
      order: ['first', 'helper', 'second', 'other'],
    },
    {
      name: 'breaks ties within a phase by when the roadmap needs the paper, then by id',
      nodes: [node('cassandra', [], 3, undefined, 12), node('kafka', [], 3, undefined, 9), node('bb', [], 3, undefined, 12), node('early', [], 2, undefined, 30)],
      order: ['early', 'kafka', 'bb', 'cassandra'],
    },
    { name: 'ignores prerequisites that name no paper', nodes: [node('a', ['missing'])], order: ['a'] },
    { name: 'returns nothing for no papers', nodes: [], order: [] },
  ];
  for (const { name, nodes, order } of cases) {
    it(name, () => expect(readingOrder(nodes)).toEqual(order));
  }

  it('throws a CycleError that carries the cycle path', () => {
    expect(() => readingOrder([node('paxos', ['flp']), node('flp', ['paxos'])])).toThrow(new CycleError([['flp', 'paxos', 'flp']]));
    try {
      readingOrder([node('a', ['b']), node('b', ['c']), node('c', ['a'])]);
    } catch (error) {
      expect((error as Error).message).toBe('Prerequisite cycle: a -> b -> c -> a');
    }
  });
});

describe('findCycles', () => {
  it('finds none in an acyclic graph', () => expect(findCycles([node('a'), node('b', ['a'])])).toEqual([]));
  it('finds a self-reference', () => expect(findCycles([node('a', ['a'])])).toEqual([['a', 'a']]));
  it('reports a cycle from its smallest id', () =>
    expect(findCycles([node('flp', ['paxos']), node('paxos', ['raft']), node('raft', ['flp'])])).toEqual([['flp', 'paxos', 'raft', 'flp']]));
  it('reports two separate cycles', () =>
    expect(findCycles([node('a', ['b']), node('b', ['a']), node('x', ['y']), node('y', ['x'])])).toEqual([
      ['a', 'b', 'a'],
      ['x', 'y', 'x'],
    ]));
  it('formats a cycle as a path', () => expect(formatCycle(['flp', 'paxos', 'flp'])).toBe('flp -> paxos -> flp'));
});

describe('findUnknownReferences', () => {
  it('names the paper, the position and a close id', () =>
    expect(findUnknownReferences([node('paxos-made-simple'), node('raft', ['paxos-made-simple', 'paxos-made-simpel'])])).toEqual([
      { from: 'raft', index: 1, target: 'paxos-made-simpel', suggestion: 'paxos-made-simple' },
    ]));
  it('gives no suggestion when nothing is close', () =>
    expect(findUnknownReferences([node('raft', ['bigtable'])])).toEqual([{ from: 'raft', index: 0, target: 'bigtable' }]));
  it('checks against another collection when given its ids', () =>
    expect(findUnknownReferences([node('raft', ['core-algorithm'])], ['foundations', 'core-algorithms'])).toEqual([
      { from: 'raft', index: 0, target: 'core-algorithm', suggestion: 'core-algorithms' },
    ]));
});

describe('generations', () => {
  it('groups papers that can be read in parallel', () =>
    expect(generations([node('a'), node('b'), node('c', ['a']), node('d', ['a', 'c']), node('e', ['b'])])).toEqual([
      ['a', 'b'],
      ['c', 'e'],
      ['d'],
    ]));
  it('puts every paper in generation 0 when none has prerequisites', () =>
    expect(generations([node('b'), node('a')])).toEqual([['a', 'b']]));
});
