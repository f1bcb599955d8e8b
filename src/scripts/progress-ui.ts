/**
 * Progress controls on top of server-rendered pages: a checkbox for every `[data-progress]`
 * item, per-phase progress bars (`[data-progress-phase]`), the next paper to read
 * (`[data-next-up]`). State lives in localStorage only; export and import are in
 * progress-manager.ts, loaded only on /progress/.
 */
import { countDone, LEGACY_STORAGE_KEY, nextUp, parseStored, progressStorageKey, toggle, type Progress } from '../lib/progress.ts';
import { forEachInSlices, type SliceClock } from '../lib/slices.ts';

export const STORAGE_KEY = progressStorageKey(import.meta.env.BASE_URL);

export function load(): Progress | undefined {
  try {
    const own = localStorage.getItem(STORAGE_KEY);
    // Progress saved before copies were told apart: this copy takes it over (and leaves it for the others).
    return parseStored(own ?? localStorage.getItem(LEGACY_STORAGE_KEY));
  } catch {
    return undefined;
  }
}

/**
 * Asks the browser to keep this site's storage when it clears space (Safari otherwise deletes it
 * after 7 days without a visit), once, when the reader first ticks something.
 */
function keepStorage(): void {
  void navigator.storage?.persisted?.().then((persisted) => (persisted ? true : navigator.storage.persist())).catch(() => false);
}

export function save(progress: Progress): void {
  const first = localStorage.getItem(STORAGE_KEY) === null;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  if (first && Object.keys(progress).length) keepStorage();
  render(progress);
}

const words = (text: string | undefined) => (text ?? '').split(/\s+/).filter(Boolean);

/** What the boxes show: the progress last rendered (a box added later starts from it). */
let shown: Progress = {};

function render(progress: Progress): void {
  shown = progress;
  for (const box of document.querySelectorAll<HTMLInputElement>('input[data-progress-box]')) {
    box.checked = box.dataset.progressBox! in progress;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-progress-phase]')) {
    const { done, total } = countDone(progress, words(element.dataset.progressItems));
    const bar = element.querySelector('progress')!;
    // Only what changed: the bar and its text are laid out from the first paint.
    if (bar.max !== total) bar.max = total;
    if (bar.value !== done) bar.value = done;
    const text = element.querySelector('[data-progress-text]')!;
    if (text.textContent !== `${done} of ${total} done`) text.textContent = `${done} of ${total} done`;
    element.hidden = false;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-next-up]')) {
    const order = words(element.dataset.order);
    const entries = JSON.parse(element.dataset.papers ?? '[]') as [string, string, string][];
    const papers = new Map(entries.map(([id, title, href]) => [id, { title, href }]));
    const next = nextUp(progress, order);
    const link = element.querySelector<HTMLAnchorElement>('a')!;
    if (next) {
      const { href, title } = papers.get(next) ?? { href: link.href, title: next };
      if (link.getAttribute('href') !== href) link.href = href;
      if (link.textContent !== title) link.textContent = title;
      element.querySelector('[data-next-label]')!.textContent = 'Next up: ';
    } else {
      element.querySelector('[data-next-label]')!.textContent = 'You have read every paper. ';
      link.textContent = '';
    }
    element.hidden = false;
  }
}

/**
 * 10 ms slices. Lighthouse simulates a phone by multiplying each task's time by 4 and counts what
 * is over 50 ms as blocking: on the 30x schedule, 30 ms slices scored 78 and 85, 10 ms slices 90
 * and 93 (one task of 374 ms before, 4x throttled). `scheduler.yield()` resumes ahead of other
 * queued tasks where browsers have it.
 */
const sliceClock: SliceClock = {
  budgetMs: 10,
  now: () => performance.now(),
  pause: () => {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
  },
};

let counter = 0;
function addCheckbox(element: HTMLElement, get: () => Progress | undefined): void {
  // A redrawn schedule starts a second pass while the first may still be adding boxes.
  if (element.classList.contains('progress-enhanced')) return;
  const key = element.dataset.progress!;
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = `progress-${++counter}`;
  box.dataset.progressBox = key;
  box.checked = key in shown;
  const holder = document.createElement('span');
  holder.className = 'progress-control';
  holder.append(box);
  if (element.dataset.progressLabel) {
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = element.dataset.progressLabel;
    holder.append(label);
  } else {
    // The item's own title names the checkbox (a criterion, a schedule item), else all its text.
    const name = element.querySelector('[data-progress-title]')?.textContent ?? element.textContent?.trim();
    box.setAttribute('aria-label', `Done: ${name ?? key}`);
  }
  box.addEventListener('change', () => {
    const current = get();
    if (current) save(toggle(current, key, box.checked, new Date()));
  });
  // The page's own item (a paper's "I have read this paper") toggles with the M key.
  if (element.dataset.progressShortcut) {
    box.setAttribute('aria-keyshortcuts', element.dataset.progressShortcut);
    const hint = Object.assign(document.createElement('span'), { className: 'shortcut-hint', textContent: ` (key ${element.dataset.progressShortcut.toUpperCase()})` });
    hint.setAttribute('aria-hidden', 'true');
    holder.append(hint);
  }
  element.querySelector('[data-progress-slot]')?.remove();
  element.prepend(holder);
  element.classList.add('progress-enhanced');
  element.hidden = false;
}

export function enhanceProgress(): void {
  for (const note of document.querySelectorAll<HTMLElement>('[data-needs-js]')) note.hidden = true;
  const stored = load();
  if (stored === undefined) {
    // Something unreadable is stored: leave it for the reader to export or clear, never overwrite it silently.
    for (const note of document.querySelectorAll<HTMLElement>('[data-progress-broken]')) note.hidden = false;
    for (const element of document.querySelectorAll<HTMLElement>('[data-progress-phase], [data-next-up]')) element.hidden = true;
    return;
  }
  const get = () => load();
  // The bars and "next up" first; then the boxes, in slices (slices.ts): a whole-curriculum page
  // has thousands of items, each box ticked as stored when it is added.
  render(stored);
  const enhanceAll = () => {
    // The page's own item (the M key's) first: the first item never waits for a pause, so its box
    // is there before the page's load event, and a key pressed then finds it.
    const pending = [...document.querySelectorAll<HTMLElement>('[data-progress]:not(.progress-enhanced)')].sort((a, b) => Number(b.dataset.progressShortcut !== undefined) - Number(a.dataset.progressShortcut !== undefined));
    return forEachInSlices(pending, (element) => addCheckbox(element, get), sliceClock);
  };
  void enhanceAll();
  // The personal schedule redraws its weeks: their items get boxes too, ticked as stored.
  document.addEventListener('schedule-rendered', () => {
    const current = load();
    if (current) render(current);
    void enhanceAll();
  });
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))) return;
    const box = [...document.querySelectorAll<HTMLInputElement>('input[data-progress-box][aria-keyshortcuts]')].find((candidate) => candidate.getAttribute('aria-keyshortcuts')!.toLowerCase() === event.key.toLowerCase());
    if (!box) return;
    event.preventDefault();
    box.click();
  });
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) {
      const next = load();
      if (next) render(next);
    }
  });
}
