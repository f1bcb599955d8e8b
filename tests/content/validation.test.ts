/**
 * Every validation rule has a fixture folder under tests/fixtures/ holding a small content
 * tree with exactly that mistake; the exact report lines are pinned here. Paths are shown as
 * `content/...`, as an author sees them in a real build.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import { formatProblem, formatReport, sortProblems } from '../../src/lib/validation/problem.ts';

const fixture = (name: string) => resolve('tests/fixtures', name);
const report = (name: string) => sortProblems(checkContent(fixture(name)).problems).map(formatProblem);

const expected: Record<string, string[]> = {
  'bad-isbn': [
    'content/papers/raft.mdx:18 isbn: "978-1449373321" is not a valid ISBN: its check digit does not match; copy the ISBN-13 from the publisher page, e.g. `978-1449373320`.',
  ],
  'duplicate-id': [
    'content/phases/core-algorithms.mdx:1 (file name): duplicate id "core-algorithms": content/phases/core-algorithms.md already has it. Ids come from file names and must be unique in a collection: rename or remove one of the two files.',
  ],
  'duplicate-reading-order': [
    'content/papers/raft.mdx:18 readingOrder: 1 is already the reading-order position of content/papers/lamport-clocks.mdx. Each reading-order position is used once: change one of them.',
  ],
  'guide-missing-question': [
    'content/papers/raft.mdx:19 ## What to look for: is missing: a paper’s reading guide has a section "## What to look for". Add it to the body, below the front matter.',
    'content/papers/raft.mdx:19 <Question>: is missing: a reading guide has one question to answer before the meeting. Add `<Question basis="§5.4">...</Question>` to the body.',
    'content/papers/raft.mdx:24 <Discussion>: has 2 prompts: a reading guide has at least 3, as a "- " list. Add more.',
  ],
  'invalid-file-name': [
    'content/papers/Raft Paper.mdx:1 (file name): "Raft Paper" is not a valid id: ids are lower-case words joined by hyphens. Rename the file to raft-paper.mdx.',
  ],
  'malformed-doi': [
    'content/papers/raft.mdx:18 doi: "https://doi.org/10.1145/359545.359563" is not a DOI: write it as `10.<registrant>/<suffix>`, e.g. `10.1145/359545.359563`, without `https://doi.org/`.',
  ],
  'many-problems': [
    'content/papers/lamport-clocks.mdx:7 year: 1850 is out of range: use a year from 1950 to 2030.',
    'content/papers/lamport-clocks.mdx:15 prerequisites: prerequisite cycle lamport-clocks -> raft -> lamport-clocks. Remove one of these prerequisites so the papers can be read in order.',
    'content/papers/raft.mdx:11 pages: "565-558" starts after it ends (565 > 558): write the first page first, e.g. `558-565`.',
    'content/papers/raft.mdx:15 prereqs: is not a field of a paper. Did you mean "prerequisites"?',
    'content/papers/raft.mdx:16 prerequisites[1]: unknown paper "zab". Use the id of a file in content/papers/ (its name without the extension).',
    'content/papers/raft.mdx:19 doi: "10.1145/" is not a DOI: write it as `10.<registrant>/<suffix>`, e.g. `10.1145/359545.359563`, without `https://doi.org/`.',
    'content/phases/core-algorithms.mdx:4 months.end: 40 must be 36 or earlier: the roadmap lasts 36 months.',
    'content/phases/core-algorithms.mdx:10 <PaperLink id>: unknown paper "lamport". Did you mean "lamport-clocks"?',
  ],
  'mdx-syntax-error': [
    'content/papers/raft.mdx:22 (MDX): Expected a closing tag for `<PaperLink>` before the end of `paragraph`. Close the component: `<Question ...>` needs `</Question>`, and a link component ends with `/>`, as in `<PaperLink id="raft" />`.',
    'content/phases/core-algorithms.mdx:12 (MDX): Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`). A `<` in text starts a component in MDX: write "less than", `&lt;`, or put it in backticks.',
  ],
  'mdx-unknown-component': [
    'content/phases/core-algorithms.mdx:10 <PaperLnk>: is not a component a body can use. Did you mean <PaperLink>? The components a body can use: <PhaseLink>, <PaperLink>, <BookLink>, <LabLink>, <Question>, <Discussion>, <Exercise>.',
  ],
  'mdx-import': [
    'content/phases/core-algorithms.mdx:10 (MDX): `import Chart from "../../components/Chart.astro";`: a body cannot import or export. Delete the line: the site\'s components need no import. The components a body can use: <PhaseLink>, <PaperLink>, <BookLink>, <LabLink>, <Question>, <Discussion>, <Exercise>.',
  ],
  'mdx-expression': [
    'content/papers/raft.mdx:22 (MDX): `{new Date().getFullYear() - 12}` is an expression, which a body does not run. Write the text itself, or `\\{` for a brace.',
  ],
  'mdx-attribute-expression': [
    'content/phases/core-algorithms.mdx:10 <PaperLink id>: an attribute in braces is an expression, which a body does not run. Write it as text in quotes, as in <PaperLink id="raft" />.',
  ],
  'missing-field': [
    'content/papers/raft.mdx:2 title: is missing. Add a "title:" line (see src/schemas/paper.ts).',
    'content/papers/raft.mdx:5 authors[0].family: is missing. Add a "family:" line to this item (see src/schemas/paper.ts).',
  ],
  'missing-field-for-type': [
    'content/papers/raft.mdx:4 volume: is missing: a journal-article needs the volume number. Add a "volume:" line.',
  ],
  'month-range-outside-roadmap': [
    'content/phases/core-algorithms.mdx:4 months.end: 40 must be 36 or earlier: the roadmap lasts 36 months.',
  ],
  'month-range-reversed': [
    'content/phases/core-algorithms.mdx:4 months: starts after it ends (start 9 > end 3): the roadmap\'s "Months 3–9" is written start: 3, end: 9.',
  ],
  'page-range-not-first-last': [
    'content/papers/raft.mdx:11 pages: "558–565" is not a page range: write `first-last` with a plain hyphen, e.g. `558-565`.',
  ],
  'page-range-reversed': [
    'content/papers/raft.mdx:11 pages: "565-558" starts after it ends (565 > 558): write the first page first, e.g. `558-565`.',
  ],
  'prerequisite-cycle': [
    'content/papers/lamport-clocks.mdx:15 prerequisites: prerequisite cycle lamport-clocks -> raft -> lamport-clocks. Remove one of these prerequisites so the papers can be read in order.',
  ],
  'stray-file': [
    'content/papers/notes.txt:1 (file): is not a .mdx file, so it is not read. Rename it, or move it out of content/papers/.',
  ],
  'study-group-start-not-a-date': [
    'content/study-group.yaml:2 start: "2027-02-30" is not a date: that day does not exist in the calendar; check the month and day.',
  ],
  'study-group-many-mistakes': [
    'content/study-group.yaml:2 start: "4 January 2027" is not a date: write it as YYYY-MM-DD, e.g. `2027-01-04`.',
    'content/study-group.yaml:3 hoursPerWeek: 60 is too many: plan at most 40 hours a week.',
    'content/study-group.yaml:5 meeting.weekday: "Thursday" is not one of: monday, tuesday, wednesday, thursday, friday, saturday, sunday. Did you mean "thursday"?',
    'content/study-group.yaml:6 meeting.time: "6pm" is not a time: write it as 24-hour HH:MM in quotes, e.g. "18:30".',
    'content/study-group.yaml:7 meeting.timeZone: "Berlin" is not an IANA time zone. Did you mean "Europe/Berlin"?',
    'content/study-group.yaml:8 phases[1]: unknown phase "core-algorithm". Did you mean "core-algorithms"?',
  ],
  'study-group-unknown-time-zone': [
    'content/study-group.yaml:5 meeting.timeZone: "Europe/Berln" is not an IANA time zone. Did you mean "Europe/Berlin"?',
  ],
  'study-group-weekday-typo': [
    'content/study-group.yaml:4 meeting.weekday: "thurday" is not one of: monday, tuesday, wednesday, thursday, friday, saturday, sunday. Did you mean "thursday"?',
  ],
  'unknown-difficulty': [
    'content/papers/raft.mdx:18 difficulty: "Very hard" is not one of: Medium, Hard, Very Hard. Did you mean "Very Hard"?',
  ],
  'unknown-field': [
    'content/papers/raft.mdx:15 prereqs: is not a field of a paper. Did you mean "prerequisites"?',
  ],
  'unknown-id-in-guide': [
    'content/papers/raft.mdx:34 <PaperLink id>: unknown paper "lamport". Did you mean "lamport-clocks"?',
  ],
  'unknown-mdx-component-id': [
    'content/phases/core-algorithms.mdx:10 <PaperLink id>: unknown paper "lamport-clock". Did you mean "lamport-clocks"?',
  ],
  'unknown-phase': [
    'content/papers/raft.mdx:13 phase: unknown phase "core-algorithm". Did you mean "core-algorithms"?',
  ],
  'unknown-prerequisite': [
    'content/papers/raft.mdx:15 prerequisites[1]: unknown paper "paxos-made-simpel". Did you mean "paxos-made-simple"?',
  ],
  'wrong-type': [
    'content/papers/raft.mdx:18 doi: must be text, not the number 10.1145: put it in quotes ("10.1145").',
  ],
  'year-out-of-range': [
    'content/papers/raft.mdx:7 year: 1850 is out of range: use a year from 1950 to 2030.',
  ],
  'later-phase-prerequisite': [
    'content/papers/raft.mdx:15 prerequisites[0]: "lamport-clocks" is in Phase 2 (Core Algorithms), after this paper\'s Phase 1 (Foundations), so the phases would read it after the paper that needs it. Move one of the two to another phase, or say why it is read early: laterPhasePrerequisites: { lamport-clocks: "why" }.',
  ],
  'later-phase-reason-not-needed': [
    'content/papers/raft.mdx:17 laterPhasePrerequisites.lamport-clocks: "lamport-clocks" is not in a later phase than this paper, so it needs no reason. Remove this line.',
    'content/papers/raft.mdx:18 laterPhasePrerequisites.pbft: unknown paper "pbft". Did you mean "raft"?',
    'content/papers/raft.mdx:19 laterPhasePrerequisites.raft: "raft" is not one of this paper\'s prerequisites. Add it to prerequisites, or remove this line.',
  ],
  'doi-url-mismatch': [
    'content/papers/lamport-clocks.mdx:11 doi: "10.1145/359545.359563" disagrees with the DOI 10.1145/359545.359564 in url (https://dl.acm.org/doi/10.1145/359545.359564): one of them is wrong. Check the publisher\'s page and make them agree.',
  ],
  'quoted-number': [
    'content/papers/raft.mdx:7 year: is the text "1978": numbers are written without quotes. Write year: 1978.',
  ],
  'isbn-wrong-length': [
    'content/papers/raft.mdx:11 isbn: "978-144937332" has 12 digits: an ISBN has 13 (or 10, before 2007). Copy it whole from the publisher page, e.g. `978-1449373320`.',
  ],
  'authors-as-text': [
    'content/papers/lamport-clocks.mdx:5 authors: must be a list, not the text "Leslie Lamport and Diego Ongaro". Write it in brackets: authors: [{ given: Leslie, family: Lamport }, { given: Diego, family: Ongaro }].',
    'content/papers/raft.mdx:6 authors[0]: must be a group of fields, not the text "Leslie Lamport". Write it as { given: Leslie, family: Lamport }.',
  ],
  'prerequisites-as-text': [
    'content/papers/raft.mdx:15 prerequisites: must be a list, not the text "lamport-clocks, raft-extended". Write it in brackets: prerequisites: [lamport-clocks, raft-extended].',
  ],
  'empty-family-name': [
    'content/papers/raft.mdx:6 authors[0].family: is empty. Write its value after "family:".',
  ],
  'yaml-unclosed-quote': [
    'content/papers/lamport-clocks.mdx:2 title: has a " that opens a quoted value but never closes. Add the closing " at the end of the value, or remove the opening one.',
    'content/phases/core-algorithms.mdx:2 title: has a " that opens a quoted value but never closes. Add the closing " at the end of the value, or remove the opening one.',
  ],
  'yaml-tab-indent': [
    'content/papers/raft.mdx:10 volume: is indented with a tab: YAML indents with spaces only. Replace the tab with spaces (two per level).',
  ],
  'yaml-duplicate-key': [
    'content/papers/lamport-clocks.mdx:8 year: is given twice (first on line 7): a field has one value. Keep one of the two "year:" lines.',
  ],
  'yaml-syntax-error': [
    'content/papers/raft.mdx:9 venue: has ": " inside its value, which YAML reads as another field. Put the whole value in quotes: venue: "CACM: 2014".',
  ],
};

describe('content validation', () => {
  it('reads the study group settings, with defaults for what a file leaves out', () => {
    expect(checkContent(resolve('content')).studyGroup).toEqual({
      name: 'Distributed Systems Reading Group',
      start: '2027-01-04',
      hoursPerWeek: 10,
      meeting: { weekday: 'thursday', time: '18:00', durationMinutes: 90, timeZone: 'Europe/London', place: 'Online', link: 'https://meet.example.org/ds-roadmap' },
      updated: '2026-11-28',
      phases: ['foundations', 'core-algorithms', 'production-systems', 'advanced'],
      skip: [
        { from: '2027-12-20', to: '2028-01-02', reason: 'Winter holidays' },
        { from: '2028-12-18', to: '2029-01-01', reason: 'Winter holidays' },
      ],
      members: [
        { name: 'Ana', absent: [] },
        { name: 'Ben', absent: [] },
        { name: 'Chen', absent: [{ from: '2027-02-01', to: '2027-02-14' }] },
        { name: 'Dara', absent: [] },
        { name: 'Eli', absent: [] },
        { name: 'Femi', absent: [] },
      ],
      breakWeeksBetweenPhases: 0,
    });
    expect(checkContent(fixture('valid')).studyGroup).toEqual({
      name: 'Distributed Systems Reading Group',
      start: '2027-01-04',
      hoursPerWeek: 10,
      meeting: { weekday: 'thursday', time: '18:00', durationMinutes: 90, timeZone: 'UTC', place: 'Online' },
      skip: [],
      members: [],
      breakWeeksBetweenPhases: 0,
    });
  });

  it('passes the valid fixture', () => {
    const result = checkContent(fixture('valid'));
    expect(result.problems).toEqual([]);
    expect(result.entries.map((entry) => `${entry.kind}/${entry.id}`)).toEqual(['phases/core-algorithms', 'papers/lamport-clocks', 'papers/raft']);
  });

  it('has a pinned report for every fixture folder', () => {
    const folders = readdirSync('tests/fixtures').filter((name) => name !== 'valid' && !name.startsWith('kind-')).sort();
    expect(folders).toEqual(Object.keys(expected).sort());
  });

  for (const [name, lines] of Object.entries(expected)) {
    it(`reports ${name.replaceAll('-', ' ')}`, () => expect(report(name)).toEqual(lines));
  }

  it('reports every problem of every file at once, with a count and a closing hint', () => {
    const text = formatReport(checkContent(fixture('many-problems')).problems);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Content check failed: 8 problems in 3 files.');
    expect(lines).toHaveLength(10);
    expect(lines[9]).toBe('Fix them and build again (the schemas in src/schemas/ describe every field).');
  });
});
