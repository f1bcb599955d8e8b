/**
 * /progress/group/: reads the members' exported files in the browser (nothing is sent anywhere)
 * and draws the phase matrices, who is behind the plan and the papers nobody has read. Every
 * piece of file data (names, keys) goes into the page as text nodes, never as HTML.
 */
import { behind, dueKeys, groupMatrix, memberName, sizeRefusal, unreadByAll, type GroupPageData, type GroupPhase, type MatrixRow, type Member } from '../lib/group-progress.ts';
import type { Progress } from '../lib/progress.ts';
import { formatDate } from '../values/dates.ts';

interface Loaded extends Member {
  fileName: string;
  text: string;
}

/** `tag` with text content and attributes; the only way this script makes elements. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function matrixTable(phase: GroupPhase, rows: MatrixRow[]): HTMLElement {
  const label = `Phase ${phase.order}: ${phase.title}`;
  const wrap = element('div', '', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': `${label}, members by items` });
  const table = element('table', '', { class: 'group-matrix' });
  table.append(element('caption', `${label} (${plural(phase.items.length, 'item')})`));
  const head = element('tr');
  head.append(element('th', 'Member', { scope: 'col' }));
  for (const item of phase.items) {
    const th = element('th', '', { scope: 'col', class: 'item', title: item.title });
    th.append(element('span', item.short));
    head.append(th);
  }
  head.append(element('th', 'Done', { scope: 'col' }));
  const body = element('tbody');
  for (const row of rows) {
    const tr = element('tr');
    tr.append(element('th', row.name, { scope: 'row' }));
    for (const ticked of row.ticks) tr.append(element('td', ticked ? '✓' : '', { class: 'tick' }));
    tr.append(element('td', `${row.done} of ${row.total}`, { class: 'done' }));
    body.append(tr);
  }
  const thead = element('thead');
  thead.append(head);
  table.append(thead, body);
  wrap.append(table);
  return wrap;
}

export function showGroupProgress(document: Document): void {
  const data = JSON.parse(document.getElementById('group-data')!.textContent!) as GroupPageData;
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
  const input = $<HTMLInputElement>('#group-files');
  const today = $<HTMLInputElement>('[data-today]');
  const refusals = $('[data-refusals]');
  const results = $('[data-group-results]');
  const known = new Set([...data.phases.flatMap((phase) => phase.items.map((item) => item.key)), ...Object.keys(data.titles)]);
  const papers = data.phases.flatMap((phase) => phase.items.filter((item) => item.key.startsWith('paper:')));
  let members: Loaded[] = [];

  const renderFiles = () => {
    const list = $('[data-file-list]');
    list.replaceChildren(
      ...members.map((member) => {
        const ticked = Object.keys(member.progress);
        const ignored = ticked.filter((key) => !known.has(key)).length;
        const li = element('li');
        const details = `row “${member.name}”, ${plural(ticked.length, 'item')} ticked${ignored ? ` (${ignored} unknown to this site, ignored)` : ''}`;
        const button = element('button', 'Remove', { type: 'button', class: 'action' });
        button.append(element('span', ` ${member.fileName}`, { class: 'visually-hidden' }));
        button.addEventListener('click', () => {
          const index = members.indexOf(member);
          members = members.filter((other) => other !== member);
          render();
          // Keep the keyboard where it was: on the next Remove button, or on the file input.
          const buttons = list.querySelectorAll('button');
          (buttons[Math.min(index, buttons.length - 1)] ?? input).focus();
        });
        li.append(element('span', member.fileName, { class: 'file-name' }), ` — ${details} `, button);
        return li;
      }),
    );
    $('[data-files-empty]').hidden = members.length > 0;
  };

  const renderBehind = () => {
    const date = today.value;
    const summary = $('[data-behind-summary]');
    const list = $('[data-behind-list]');
    list.replaceChildren();
    if (!date) {
      summary.textContent = 'Pick a date to compare with the plan.';
      return;
    }
    const due = dueKeys(data.weeks, date);
    if (due.length === 0) {
      summary.textContent = `Nothing is due before ${formatDate(date)}: the plan’s first week ends on ${formatDate(data.weeks[0]?.end ?? date)}.`;
      return;
    }
    const late = behind(members, due);
    const ended = data.weeks.filter((week) => week.end < date).length;
    const intro = `Before ${formatDate(date)} the plan’s first ${plural(ended, 'week')} ended, with ${plural(due.length, 'item')} to tick.`;
    summary.textContent = late.length === 0 ? `${intro} Everyone has ticked all of them.` : `${intro} ${late.length} of ${members.length} behind:`;
    for (const member of late) {
      const li = element('li');
      li.append(element('strong', member.name), `: ${member.missing.length} of ${due.length} due items not ticked`);
      const missing = element('ul');
      missing.append(...member.missing.map((key) => element('li', data.titles[key] ?? key)));
      li.append(missing);
      list.append(li);
    }
  };

  const renderUnread = () => {
    const unread = unreadByAll(papers, members);
    $('[data-unread-summary]').textContent =
      unread.length === 0 ? 'Every paper has been read by at least one member.' : `${unread.length} of ${papers.length} papers: nobody has ticked them as read.`;
    $('[data-unread-list]').replaceChildren(
      ...unread.map((paper) => {
        const li = element('li');
        li.append(element('a', paper.title, { href: paper.url }), ` (${paper.short})`);
        return li;
      }),
    );
  };

  const render = () => {
    renderFiles();
    results.hidden = members.length === 0;
    $('[data-matrices]').replaceChildren(...groupMatrix(data.phases, members).map(({ phase, rows }) => matrixTable(phase, rows)));
    renderBehind();
    renderUnread();
  };

  /** Reads the files in the order given; each refusal says why, and a refused file changes nothing. */
  const load = async (files: readonly File[]) => {
    const refused: { fileName: string; reason: string }[] = [];
    const { parseProgressFile } = await import('../lib/progress-file.ts');
    for (const file of files) {
      const tooLarge = sizeRefusal(file.size);
      if (tooLarge) {
        refused.push({ fileName: file.name, reason: tooLarge });
        continue;
      }
      const text = await file.text();
      const twin = members.find((member) => member.fileName === file.name && member.text === text);
      if (twin) {
        refused.push({ fileName: file.name, reason: `This file is already loaded (row “${twin.name}”).` });
        continue;
      }
      const result = parseProgressFile(text);
      if (!result.ok) {
        refused.push({ fileName: file.name, reason: result.reason });
        continue;
      }
      const progress: Progress = result.progress;
      members = [...members, { name: memberName(file.name, members.map((member) => member.name)), fileName: file.name, text, progress }];
    }
    const loaded = files.length - refused.length;
    refusals.replaceChildren(element('p', [loaded > 0 ? `Loaded ${plural(loaded, 'file')}.` : '', refused.length > 0 ? `Not loaded: ${plural(refused.length, 'file')}.` : ''].filter(Boolean).join(' ')));
    if (refused.length > 0) {
      const list = element('ul', '', { class: 'refusals' });
      for (const { fileName, reason } of refused) {
        const li = element('li');
        li.append(element('strong', fileName), `: ${reason}`);
        list.append(li);
      }
      refusals.append(list);
    }
    render();
  };

  input.addEventListener('change', async () => {
    await load([...(input.files ?? [])]);
    input.value = ''; // so the same file can be picked again after a Remove
  });
  const zone = $('[data-drop-zone]');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    void load([...(event.dataTransfer?.files ?? [])]);
  });
  today.value = new Date().toLocaleDateString('en-CA');
  today.addEventListener('input', renderBehind);
  today.addEventListener('change', renderBehind);
  render();
}
