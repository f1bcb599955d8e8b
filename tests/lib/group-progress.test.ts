import { describe, expect, it } from 'vitest';
import { registry } from '../../src/lib/content/registry.ts';
import {
  behind,
  dueKeys,
  groupMatrix,
  groupPhases,
  groupPlan,
  memberName,
  sizeRefusal,
  unreadByAll,
  type GroupPhase,
  type GroupWeek,
  type Member,
} from '../../src/lib/group-progress.ts';
import type { ScheduleWeek } from '../../src/lib/schedule/layout.ts';
import { criterion, lab, paper, phase, smallCurriculum } from '../support/small-curriculum.ts';

const at = { at: '2027-01-05T10:00:00.000Z' };
const item = (key: string) => ({ key, short: key.split(':')[1]!, title: `Title of ${key}`, url: `/x/${key}/` });
const phases: GroupPhase[] = [
  { id: 'one', order: 1, title: 'One', items: [item('paper:a'), item('paper:b'), item('criterion:c'), item('lab:l')] },
  { id: 'two', order: 2, title: 'Two', items: [item('paper:d'), item('project:p')] },
];
const ana: Member = { name: 'ana', progress: { 'paper:a': at, 'lab:l': at, 'paper:d': at } };
const ben: Member = { name: 'ben', progress: { 'paper:b': at, 'paper:a': at, 'paper:from-another-copy': at } };
const cy: Member = { name: 'cy', progress: {} };

describe('groupPhases', () => {
  it('lists each phase’s papers, criteria, labs and projects in the order of its progress bar, with short names and links', () => {
    const project = (id: string, phaseId: string) => ({ ...registry.projects.schema.parse({ title: `Project ${id}`, language: 'Go', weeks: { min: 1, max: 2 }, skills: ['s'], phase: phaseId, order: 1 }), id });
    const curriculum = smallCurriculum({
      phases: [phase('basics', 1, 0, 2), phase('later', 2, 2, 4)],
      papers: [paper('p1', 'basics'), paper('p2', 'later')],
      criteria: [criterion('c1', 'basics', { order: 1 }), criterion('c2', 'basics', { order: 2 })],
      labs: [lab('l1', 'basics', 0, 1)],
      projects: [project('pr1', 'later')],
    });
    const result = groupPhases(curriculum, (path) => `/study${path}`);
    expect(result.map(({ id, order, title }) => [id, order, title])).toEqual([['basics', 1, 'Phase basics'], ['later', 2, 'Phase later']]);
    expect(result[0]!.items).toEqual([
      { key: 'paper:p1', short: 'P1', title: 'Paper p1', url: '/study/papers/p1/' },
      { key: 'criterion:c1', short: 'Criterion 1', title: 'Criterion c1', url: '/study/criteria/#criterion-c1' },
      { key: 'criterion:c2', short: 'Criterion 2', title: 'Criterion c2', url: '/study/criteria/#criterion-c2' },
      { key: 'lab:l1', short: 'Lab l1: work', title: 'Lab l1: work', url: '/study/labs/l1/' },
    ]);
    expect(result[1]!.items.map((entry) => [entry.key, entry.short])).toEqual([['paper:p2', 'P2'], ['project:pr1', 'Project: Project pr1']]);
  });
});

describe('groupMatrix', () => {
  it('gives each member a row of ticks per phase and counts them, ignoring keys no column has', () => {
    const matrix = groupMatrix(phases, [ana, ben, cy]);
    expect(matrix.map(({ phase: { id }, rows }) => [id, rows])).toEqual([
      ['one', [
        { name: 'ana', ticks: [true, false, false, true], done: 2, total: 4 },
        { name: 'ben', ticks: [true, true, false, false], done: 2, total: 4 },
        { name: 'cy', ticks: [false, false, false, false], done: 0, total: 4 },
      ]],
      ['two', [
        { name: 'ana', ticks: [true, false], done: 1, total: 2 },
        { name: 'ben', ticks: [false, false], done: 0, total: 2 },
        { name: 'cy', ticks: [false, false], done: 0, total: 2 },
      ]],
    ]);
  });

  it('has phases without rows when no file is loaded', () => {
    expect(groupMatrix(phases, []).map(({ rows }) => rows)).toEqual([[], []]);
  });
});

describe('dueKeys', () => {
  const weeks: GroupWeek[] = [
    { number: 1, end: '2027-01-10', keys: ['paper:a', 'lab:l', 'topic:t'] },
    { number: 2, end: '2027-01-17', keys: ['lab:l', 'paper:b', 'paper:a'] },
    { number: 3, end: '2027-01-24', keys: ['paper:d'] },
  ];

  it('is nothing before the first week has ended, and counts a week as ended the day after its last day', () => {
    expect(dueKeys(weeks, '2027-01-04')).toEqual([]);
    expect(dueKeys(weeks, '2027-01-10')).toEqual([]);
    expect(dueKeys(weeks, '2027-01-11')).toEqual(['topic:t']);
  });

  it('lists each key once, in plan order, and an item spread over weeks only when its last week has ended', () => {
    expect(dueKeys(weeks, '2027-01-18')).toEqual(['paper:a', 'lab:l', 'topic:t', 'paper:b']);
    expect(dueKeys(weeks, '2030-01-01')).toEqual(['paper:a', 'lab:l', 'topic:t', 'paper:b', 'paper:d']);
  });
});

describe('groupPlan', () => {
  it('keeps what "behind" needs of each week and every planned item’s title', () => {
    const week = (number: number, end: string, items: [string, string][]) =>
      ({ number, end, phase: 'one', month: 1, start: end, meeting: end, hours: 1, label: '', items: items.map(([key, title]) => ({ key, title, kind: 'reading', label: '', hours: 1 })) }) as ScheduleWeek;
    expect(groupPlan([week(1, '2027-01-10', [['paper:a', 'Read A'], ['lab:l', 'Lab L']]), week(2, '2027-01-17', [['lab:l', 'Lab L']])])).toEqual({
      weeks: [
        { number: 1, end: '2027-01-10', keys: ['paper:a', 'lab:l'] },
        { number: 2, end: '2027-01-17', keys: ['lab:l'] },
      ],
      titles: { 'paper:a': 'Read A', 'lab:l': 'Lab L' },
    });
  });
});

describe('behind', () => {
  it('lists the members who miss a due item, with what they miss in plan order', () => {
    expect(behind([ana, ben, cy], ['paper:a', 'lab:l'])).toEqual([
      { name: 'ben', missing: ['lab:l'] },
      { name: 'cy', missing: ['paper:a', 'lab:l'] },
    ]);
  });

  it('lists nobody when nothing is due', () => {
    expect(behind([ana, cy], [])).toEqual([]);
  });
});

describe('unreadByAll', () => {
  const papers = [item('paper:a'), item('paper:b'), item('paper:d'), item('paper:e')];

  it('keeps the papers no member has ticked, in the given order', () => {
    expect(unreadByAll(papers, [ana, ben, cy]).map((entry) => entry.key)).toEqual(['paper:e']);
    expect(unreadByAll(papers, [ben]).map((entry) => entry.key)).toEqual(['paper:d', 'paper:e']);
  });

  it('keeps every paper when no file is loaded', () => {
    expect(unreadByAll(papers, []).map((entry) => entry.key)).toEqual(['paper:a', 'paper:b', 'paper:d', 'paper:e']);
  });

  it('is not fooled by keys that are names of object properties', () => {
    expect(unreadByAll([{ key: 'constructor' }, { key: 'toString' }], [cy])).toEqual([{ key: 'constructor' }, { key: 'toString' }]);
  });
});

describe('memberName', () => {
  it('names a row after its file, without .json, and numbers a name already taken', () => {
    expect(memberName('ana.json', [])).toBe('ana');
    expect(memberName('Ana Smith.JSON', [])).toBe('Ana Smith');
    expect(memberName('progress', [])).toBe('progress');
    expect(memberName('ana.json', ['ana'])).toBe('ana (2)');
    expect(memberName('ana.json', ['ana', 'ana (2)'])).toBe('ana (3)');
    expect(memberName('.json', [])).toBe('.json');
  });
});

describe('sizeRefusal', () => {
  it('accepts files up to 1 MB and refuses larger ones, saying why', () => {
    expect(sizeRefusal(0)).toBeUndefined();
    expect(sizeRefusal(1024 * 1024)).toBeUndefined();
    expect(sizeRefusal(5 * 1024 * 1024)).toBe('This file is 5.0 MB; a progress export is a few KB, so files over 1 MB are not read. Nothing was changed.');
  });
});
