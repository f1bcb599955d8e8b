/** The rules that decide which words of a title keep their capitals, one row per rule. */
import { describe, expect, it } from 'vitest';
import { flattenBraces } from '../../src/lib/bibliography/bibtex.ts';
import { cslTitle, plainTitle, sentenceCase, titleWords } from '../../src/lib/bibliography/title-case.ts';

const kept = (title: string) => titleWords(title).filter((word) => word.keep).map((word) => word.text);

describe('which words keep their capitals', () => {
  it.each([
    ['1: an acronym', 'Scalable Atomic Visibility with RAMP Transactions', ['RAMP']],
    ['1: an acronym with a slash', 'TCP/IP Illustrated', ['TCP/IP']],
    ['1: inner capitals', 'The Resilient CockroachDB Database', ['CockroachDB']],
    ['1: a name with inner capitals before a colon', 'MapReduce: Simplified Data Processing', ['MapReduce:']],
    ['1: a hyphenated word judged by its parts', 'A Geo-SQL Store', ['Geo-SQL']],
    ['2: a capitalised possessive', "Dynamo: Amazon's Highly Available Key-value Store", ['Dynamo:', "Amazon's"]],
    ['3: the one word before the first colon', 'Zab: High-performance Broadcast', ['Zab:']],
    ['3: not two words before a colon', 'Flexible Paxos: Quorum Intersection Revisited', ['Paxos:']],
    ['4: a listed proper noun', 'Practical Byzantine Fault Tolerance', ['Byzantine']],
    ['none: ordinary capitalised words', 'Time, Clocks, and the Ordering of Events', []],
    ['none: a single capital letter', 'A Note', []],
  ])('rule %s', (_rule, title, words) => {
    expect(kept(title)).toEqual(words);
  });
});

describe('sentence case', () => {
  it.each([
    ['Time, Clocks, and the Ordering of Events in a Distributed System', 'Time, clocks, and the ordering of events in a distributed system'],
    ['Paxos Made Live: An Engineering Perspective', 'Paxos made live: An engineering perspective'],
    ["Spanner: Google's Globally-Distributed Database", "Spanner: Google's globally-distributed database"],
    ['Designing Data-Intensive Applications', 'Designing data-intensive applications'],
  ])('%s', (title, expected) => {
    expect(sentenceCase(title)).toBe(expected);
  });
});

describe('CSL rich text', () => {
  it('marks each kept word, not the punctuation around it, and escapes markup characters', () => {
    expect(cslTitle("Dynamo: Amazon's Key-value Store")).toBe('<span class="nocase">Dynamo</span>: <span class="nocase">Amazon\'s</span> key-value store');
    expect(cslTitle('Latency < 1 ms & SQL')).toBe('Latency &lt; 1 ms &amp; <span class="nocase">SQL</span>');
    expect(plainTitle(cslTitle('Latency < 1 ms & SQL'))).toBe('Latency < 1 ms & SQL');
  });
});

describe('BibTeX braces', () => {
  it.each([
    ['{{MapReduce}}: Simplified', '{MapReduce}: Simplified'],
    ["{{Amazon}'s} store", "{Amazon's} store"],
    ['{{TCP}/{IP}} illustrated', '{TCP/IP} illustrated'],
    ['Gr{\\"u}n {\\\'e}t{\\\'{e}}', 'Gr{\\"u}n {\\\'e}t{\\\'{e}}'],
    ['{Ma{\\"u}rer}', '{Ma{\\"u}rer}'],
    ['plain words', 'plain words'],
  ])('%s', (value, expected) => {
    expect(flattenBraces(value)).toBe(expected);
  });
});
