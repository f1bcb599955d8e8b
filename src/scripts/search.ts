/**
 * The search page's script: runs queries with Pagefind in the browser, with filters by kind,
 * phase and difficulty. Loaded only on /search/; the page lists every page without it.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: { baseUrl?: string; ranking?: { pageLength?: number; termFrequency?: number; termSaturation?: number } }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const base = import.meta.env.BASE_URL;

async function loadPagefind(): Promise<Pagefind> {
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  // Paper pages are long (each holds its reading guide); Pagefind's default length penalty (0.75)
  // ranked short list pages that name a paper above the paper's own page. Measured on the
  // built site: with 0.2 an author's papers and a title's paper come first again.
  await module.options({ baseUrl: base, ranking: { pageLength: 0.2 } });
  return module;
}

export async function startSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    status.textContent = 'Search is not available here (its index did not load); the index of pages below still works.';
    document.querySelector<HTMLElement>('[data-search-fallback]')!.classList.remove('no-js');
    form.querySelector<HTMLElement>('[data-filters]')!.hidden = true;
    return;
  }

  const available = await pagefind.filters();
  for (const select of selects) {
    const name = select.dataset.filter!;
    for (const value of Object.keys(available[name] ?? {}).sort()) select.add(new Option(value, value));
    select.value = params.get(name) ?? '';
  }

  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
    const next = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    const ticket = ++latest;
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.search(query || null as unknown as string, { filters });
    const results = await Promise.all((search?.results ?? []).slice(0, 20).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.meta.title ?? result.url });
        const heading = document.createElement('h2');
        heading.append(link);
        const facts = document.createElement('p');
        facts.className = 'meta';
        facts.textContent = [result.meta.kind, ...(result.filters.phase ?? [])].filter(Boolean).join(' · ');
        const excerpt = document.createElement('p');
        excerpt.innerHTML = result.excerpt; // Pagefind's excerpt: page text with <mark> around matches.
        item.append(heading, facts, excerpt);
        return item;
      }),
    );
    const what = query ? `“${query}”` : 'these filters';
    status.textContent = results.length === 0 ? `No results for ${what}.` : `${results.length} result${results.length === 1 ? '' : 's'} for ${what}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  for (const select of selects) select.addEventListener('change', () => void run());
  await run();
}
