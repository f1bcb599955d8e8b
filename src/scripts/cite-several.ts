/**
 * "Cite several" on /bibliography/: a box beside every work, and downloads of just the ticked
 * ones as BibTeX, RIS or CSL-JSON, built from the entries the build wrote for each work. Without
 * script the boxes and the buttons stay hidden; the whole and per-phase files still download.
 */
import { itemKey } from '../lib/progress.ts';
import { selectionFile, selectionText, type SelectionFormat, type WorkEntry } from '../lib/bibliography/selection.ts';
import { load } from './progress-ui.ts';

export function enhanceCiteSeveral(root: HTMLElement, entriesUrl: string): void {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-cite-select]')];
  const status = root.querySelector<HTMLElement>('[data-cite-status]')!;
  let entries: Promise<WorkEntry[]> | undefined;
  const chosen = () => new Set(boxes.filter((box) => box.checked).map((box) => box.value));
  const say = () => {
    const count = chosen().size;
    status.textContent = count === 0 ? 'Tick the works to cite.' : `${count} work${count === 1 ? '' : 's'} selected.`;
  };
  for (const box of boxes) box.addEventListener('change', say);
  const select = (which: (box: HTMLInputElement) => boolean) => () => {
    for (const box of boxes) box.checked = which(box);
    say();
  };
  root.querySelector('[data-cite-all]')!.addEventListener('click', select(() => true));
  root.querySelector('[data-cite-none]')!.addEventListener('click', select(() => false));
  root.querySelector('[data-cite-read]')!.addEventListener('click', select((box) => itemKey('paper', box.value) in (load() ?? {})));
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-cite-download]')) {
    button.addEventListener('click', async () => {
      const picked = chosen();
      if (!picked.size) {
        status.textContent = 'Tick at least one work first.';
        return;
      }
      const format = button.dataset.citeDownload as SelectionFormat;
      entries ??= fetch(entriesUrl).then((response) => response.json() as Promise<WorkEntry[]>);
      const text = selectionText(await entries, picked, format);
      const url = URL.createObjectURL(new Blob([text], { type: `${selectionFile[format].type};charset=utf-8` }));
      const link = Object.assign(document.createElement('a'), { href: url, download: `ds-roadmap-selection.${selectionFile[format].extension}` });
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
      status.textContent = `Downloaded ${picked.size} work${picked.size === 1 ? '' : 's'} as ${selectionFile[format].extension}.`;
    });
  }
  say();
}
