/**
 * Bodies rendered to HTML at build time (src/lib/content/body-html.ts, body-components.ts): the
 * Markdown features Astro's MDX gave them (smart punctuation, GFM, heading ids), the site's
 * components, and nothing run as code.
 */
import { describe, expect, it } from 'vitest';
import { bodyComponentNames, bodyComponents, type LinkFor } from '../../src/lib/content/body-components.ts';
import { renderBody } from '../../src/lib/content/body-html.ts';

const linkFor: LinkFor = (component, id) =>
  component === 'PaperLink' && id === 'raft' ? { href: '/study/papers/raft/', text: 'Raft' } : component === 'LabLink' && id === 'kv' ? { href: '/study/labs/kv/', text: 'A "KV" store' } : undefined;
const components = bodyComponents(linkFor);

describe('a body rendered to HTML', () => {
  it('gives headings the ids Astro gave them, curls quotes and dashes, and keeps GFM', () => {
    const body = '## Why read it\n\nIt\'s "short" -- read §2 & §3.\n\n## Why read it\n\n- [x] done\n- ~~old~~ `a<b`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    expect(renderBody(body, { components })).toBe(
      [
        '<h2 id="why-read-it">Why read it</h2>',
        '<p>It’s “short” – read §2 &amp; §3.</p>',
        '<h2 id="why-read-it-1">Why read it</h2>',
        '<ul class="contains-task-list">',
        '<li class="task-list-item"><input type="checkbox" checked disabled> done</li>',
        '<li><del>old</del> <code>a&lt;b</code></li>',
        '</ul>',
        '<table>',
        '<thead>',
        '<tr>',
        '<th>a</th>',
        '<th>b</th>',
        '</tr>',
        '</thead>',
        '<tbody>',
        '<tr>',
        '<td>1</td>',
        '<td>2</td>',
        '</tr>',
        '</tbody>',
        '</table>',
      ].join('\n'),
    );
  });

  it('renders link components and the guide sections, escaping their text', () => {
    const body = 'See <PaperLink id="raft" /> and <LabLink id="kv" />.\n\n<Question basis="§5 & Figure 8">\nWhy?\n</Question>\n\n<Exercise title="Act <it> out">\n1. One\n</Exercise>\n';
    expect(renderBody(body, { components })).toBe(
      '<p>See <a href="/study/papers/raft/">Raft</a> and <a href="/study/labs/kv/">A &quot;KV&quot; store</a>.</p>\n' +
        '<section class="guide-question" id="question">\n  <h2>Question to answer before the meeting</h2>\n  <div class="question-text"><p>Why?</p></div>\n  <p class="meta">Rests on §5 &amp; Figure 8 of the paper.</p>\n</section>\n' +
        '<section class="guide-exercise" id="exercise">\n  <h2>Exercise: Act &lt;it&gt; out</h2>\n  <ol>\n<li>One</li>\n</ol>\n</section>',
    );
  });

  it('drops the body\'s own section headings when asked, and keeps lower-case HTML', () => {
    expect(renderBody('## How to check yourself\n\nRun it.<br />Twice.\n', { components, sectionHeadings: false })).toBe('\n<p>Run it.<br>Twice.</p>');
  });

  it('writes hast\'s data and aria properties as HTML attributes (GFM footnotes)', () => {
    const html = renderBody('A note.[^1]\n\n[^1]: The note.\n', { components });
    expect(html).toContain('<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>');
    expect(html).toContain('<section data-footnotes class="footnotes">');
  });

  it('renders a Markdown body (.md) with its HTML as written and braces as text', () => {
    expect(renderBody('A <abbr title="x">b</abbr> {c}\n', { components, markdown: true })).toBe('<p>A <abbr title="x">b</abbr> {c}</p>');
  });

  it('throws on a component the site does not have, or a link to no item (the content check reports both first)', () => {
    expect(() => renderBody('<Chart />\n', { components })).toThrow('<Chart> is not a component a body can use.');
    expect(() => renderBody('<PaperLink id="zab" />\n', { components })).toThrow('<PaperLink id="zab">: no such item');
  });

  it('offers the registry\'s link components and the guide\'s sections', () => {
    expect(bodyComponentNames()).toEqual(['PhaseLink', 'PaperLink', 'BookLink', 'LabLink', 'Question', 'Discussion', 'Exercise']);
    expect(Object.keys(components).sort()).toEqual([...bodyComponentNames()].sort());
  });
});
