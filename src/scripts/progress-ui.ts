/**
 * Progress controls on top of server-rendered pages: a checkbox for every `[data-progress]`
 * item, per-phase progress bars (`[data-progress-phase]`), the next paper to read
 * (`[data-next-up]`) and, on /progress/, export and import. State lives in localStorage only.
 */
import { countDone, exportProgress, nextUp, parseStored, planImport, STORAGE_KEY, toggle, type Progress } from '../lib/progress.ts';

function load(): Progress | undefined {
  try {
    return parseStored(localStorage.getItem(STORAGE_KEY));
  } catch {
    return undefined;
  }
}

function save(progress: Progress): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  render(progress);
}

const words = (text: string | undefined) => (text ?? '').split(/\s+/).filter(Boolean);

function render(progress: Progress): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-progress-box]')) {
    box.checked = box.dataset.progressBox! in progress;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-progress-phase]')) {
    const { done, total } = countDone(progress, words(element.dataset.progressItems));
    const bar = element.querySelector('progress')!;
    bar.max = total;
    bar.value = done;
    element.querySelector('[data-progress-text]')!.textContent = `${done} of ${total} done`;
    element.hidden = false;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-next-up]')) {
    const order = words(element.dataset.order);
    const entries = JSON.parse(element.dataset.papers ?? '[]') as [string, string, string][];
    const papers = new Map(entries.map(([id, title, href]) => [id, { title, href }]));
    const next = nextUp(progress, order);
    const link = element.querySelector<HTMLAnchorElement>('a')!;
    if (next) {
      link.href = papers.get(next)?.href ?? link.href;
      link.textContent = papers.get(next)?.title ?? next;
      element.querySelector('[data-next-label]')!.textContent = 'Next up: ';
    } else {
      element.querySelector('[data-next-label]')!.textContent = 'You have read every paper. ';
      link.textContent = '';
    }
    element.hidden = false;
  }
}

let counter = 0;
function addCheckbox(element: HTMLElement, get: () => Progress | undefined): void {
  const key = element.dataset.progress!;
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = `progress-${++counter}`;
  box.dataset.progressBox = key;
  const holder = document.createElement('span');
  holder.className = 'progress-control';
  holder.append(box);
  if (element.dataset.progressLabel) {
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = element.dataset.progressLabel;
    holder.append(label);
  } else {
    // The item's own text names the checkbox (a criterion, a reading-list entry).
    box.setAttribute('aria-label', `Done: ${element.textContent?.trim() ?? key}`);
  }
  box.addEventListener('change', () => {
    const current = get();
    if (current) save(toggle(current, key, box.checked, new Date()));
  });
  element.prepend(holder);
  element.classList.add('progress-enhanced');
  element.hidden = false;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function manage(root: HTMLElement, get: () => Progress | undefined): void {
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const preview = root.querySelector<HTMLElement>('[data-preview]')!;
  const apply = root.querySelector<HTMLButtonElement>('[data-apply]')!;
  const fileInput = root.querySelector<HTMLInputElement>('input[type=file]')!;
  let pending: Progress | undefined;
  const say = (text: string) => (status.textContent = text);

  root.querySelector('[data-export]')!.addEventListener('click', () => {
    const current = get() ?? {};
    const now = new Date();
    download(`ds-roadmap-progress-${now.toISOString().slice(0, 10)}.json`, exportProgress(current, now));
    say(`Exported ${Object.keys(current).length} ticked items.`);
  });
  root.querySelector('[data-clear]')!.addEventListener('click', () => {
    if (!window.confirm('Untick everything? Export first if you may want it back.')) return;
    save({});
    say('All progress cleared.');
  });
  const showPlan = () => {
    if (!pending) return;
    const mode = root.querySelector<HTMLInputElement>('input[name=mode]:checked')?.value === 'replace' ? 'replace' : 'merge';
    const plan = planImport(get() ?? {}, pending, mode);
    preview.textContent = `Importing will tick ${plan.added.length}, untick ${plan.removed.length} and keep ${plan.kept.length} items.`;
    apply.hidden = false;
  };
  fileInput.addEventListener('change', async () => {
    pending = undefined;
    apply.hidden = true;
    preview.textContent = '';
    const file = fileInput.files?.[0];
    if (!file) return;
    const { parseProgressFile } = await import('../lib/progress-file.ts');
    const result = parseProgressFile(await file.text());
    if (!result.ok) {
      say(result.reason);
      return;
    }
    pending = result.progress;
    say('');
    showPlan();
  });
  for (const radio of root.querySelectorAll('input[name=mode]')) radio.addEventListener('change', showPlan);
  apply.addEventListener('click', () => {
    if (!pending) return;
    const mode = root.querySelector<HTMLInputElement>('input[name=mode]:checked')?.value === 'replace' ? 'replace' : 'merge';
    const plan = planImport(get() ?? {}, pending, mode);
    save(plan.next);
    say(`Imported: ${plan.added.length} ticked, ${plan.removed.length} unticked, ${plan.kept.length} kept.`);
    preview.textContent = '';
    apply.hidden = true;
    pending = undefined;
    fileInput.value = '';
  });
  root.hidden = false;
}

export function enhanceProgress(): void {
  for (const note of document.querySelectorAll<HTMLElement>('[data-needs-js]')) note.hidden = true;
  const stored = load();
  if (stored === undefined) {
    // Something unreadable is stored: leave it for the reader to export or clear, never overwrite it silently.
    for (const note of document.querySelectorAll<HTMLElement>('[data-progress-broken]')) note.hidden = false;
    const manager = document.querySelector<HTMLElement>('[data-progress-manager]');
    if (manager) manage(manager, () => ({}));
    return;
  }
  const get = () => load();
  for (const element of document.querySelectorAll<HTMLElement>('[data-progress]')) addCheckbox(element, get);
  const manager = document.querySelector<HTMLElement>('[data-progress-manager]');
  if (manager) manage(manager, get);
  render(stored);
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) {
      const next = load();
      if (next) render(next);
    }
  });
}
