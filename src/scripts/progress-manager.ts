/**
 * Export and import of progress on /progress/: a file, or a progress link (the file compressed
 * into the URL's fragment, src/lib/progress-link.ts), both previewed before they change anything.
 * The zod validator is loaded only when something is imported.
 */
import { exportedAtKey, exportProgress, exportReminder, planImport, type Progress } from '../lib/progress.ts';
import { progressFragment, readProgressFragment, type Codec } from '../lib/progress-link.ts';
import { routes, withBase } from '../lib/routes.ts';
import { load, save } from './progress-ui.ts';

const base = import.meta.env.BASE_URL;

/** deflate-raw with the browser's own streams; decompression stops past `limit` bytes. */
const codec: Codec = {
  async compress(data) {
    return new Uint8Array(await new Response(new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  },
  async decompress(data, limit) {
    const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        throw new Error('too large');
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  },
};

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

  const reminder = root.querySelector<HTMLElement>('[data-export-reminder]')!;
  const remind = () => {
    reminder.textContent = exportReminder(localStorage.getItem(exportedAtKey(base)), new Date(), Object.keys(get()).length);
  };
  for (const button of root.querySelectorAll('[data-export]')) {
    button.addEventListener('click', () => {
      const current = get();
      const now = new Date();
      download(`ds-roadmap-progress-${now.toISOString().slice(0, 10)}.json`, exportProgress(current, now));
      localStorage.setItem(exportedAtKey(base), now.toISOString());
      say(`Exported ${Object.keys(current).length} ticked items.`);
      remind();
    });
  }
  const linkOutput = root.querySelector<HTMLInputElement>('[data-link-output]')!;
  root.querySelector('[data-make-link]')!.addEventListener('click', async () => {
    const now = new Date();
    const link = `${new URL(withBase(base, routes.progress), location.href).href}#${await progressFragment(exportProgress(get(), now), codec)}`;
    linkOutput.value = link;
    linkOutput.hidden = false;
    linkOutput.select();
    const copied = await navigator.clipboard?.writeText(link).then(() => true, () => false);
    say(copied ? 'Progress link copied. Open it in the other browser; it shows what it would change before it changes anything.' : 'Progress link made: copy it from the box. Open it in the other browser.');
  });
  root.querySelector('[data-clear]')!.addEventListener('click', () => {
    if (!window.confirm('Untick everything? Export first if you may want it back.')) return;
    save({});
    say('All progress cleared.');
    remind();
  });
  const showPlan = () => {
    if (!pending) return;
    const mode = root.querySelector<HTMLInputElement>('input[name=mode]:checked')?.value === 'replace' ? 'replace' : 'merge';
    const plan = planImport(get(), pending, mode);
    preview.textContent = `Importing will tick ${plan.added.length}, untick ${plan.removed.length} and keep ${plan.kept.length} items.`;
    apply.hidden = false;
  };
  /** Validates an export file's text (from a file or a link) and previews what importing it would do. */
  const offer = async (text: string, source: 'file' | 'link') => {
    const { parseProgressFile } = await import('../lib/progress-file.ts');
    const result = parseProgressFile(text, source);
    if (!result.ok) {
      say(result.reason);
      return;
    }
    pending = result.progress;
    say(source === 'link' ? `This progress link holds ${Object.keys(result.progress).length} ticked items.` : '');
    showPlan();
  };
  fileInput.addEventListener('change', async () => {
    pending = undefined;
    apply.hidden = true;
    preview.textContent = '';
    const file = fileInput.files?.[0];
    if (!file) return;
    if (file.size > 1024 * 1024) {
      say(`This file is ${(file.size / 1024 / 1024).toFixed(1)} MB, far more than any progress export. Nothing was changed.`);
      return;
    }
    await offer(await file.text(), 'file');
  });
  const readLink = async () => {
    const link = await readProgressFragment(location.hash, codec);
    if (link.ok === 'none') return;
    // The link's work is done once read: it leaves the address bar, so a reload does not offer it again.
    history.replaceState(null, '', location.pathname + location.search);
    if (link.ok === false) say(link.reason);
    else await offer(link.text, 'link');
  };
  window.addEventListener('hashchange', () => void readLink());
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
    remind();
  });
  remind();
  root.hidden = false;
  void readLink();
}

