/**
 * Export and import of progress on /progress/. The zod validator for imported files is loaded
 * only when the reader picks a file.
 */
import { exportProgress, planImport, type Progress } from '../lib/progress.ts';
import { load, save } from './progress-ui.ts';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function manageProgress(root: HTMLElement): void {
  // Unreadable stored progress counts as empty here: clearing or importing replaces it on purpose.
  const get = (): Progress => load() ?? {};
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const preview = root.querySelector<HTMLElement>('[data-preview]')!;
  const apply = root.querySelector<HTMLButtonElement>('[data-apply]')!;
  const fileInput = root.querySelector<HTMLInputElement>('input[type=file]')!;
  let pending: Progress | undefined;
  const say = (text: string) => (status.textContent = text);

  root.querySelector('[data-export]')!.addEventListener('click', () => {
    const current = get();
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
    const plan = planImport(get(), pending, mode);
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
    const plan = planImport(get(), pending, mode);
    save(plan.next);
    say(`Imported: ${plan.added.length} ticked, ${plan.removed.length} unticked, ${plan.kept.length} kept.`);
    preview.textContent = '';
    apply.hidden = true;
    pending = undefined;
    fileInput.value = '';
  });
  root.hidden = false;
}

