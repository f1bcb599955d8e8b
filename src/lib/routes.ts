/**
 * Every path of the site, spelled once. Pages, components, calendars, citation files, the
 * sitemap, the JSON API and the browser scripts ask this module for a path; nothing else
 * builds one by string. Paths are site-relative (`/papers/raft/`); `withBase` and
 * `absoluteUrl` put them under the folder and origin the site is served from.
 */

export const routes = {
  home: '/',
  phases: '/phases/',
  phase: (id: string) => `/phases/${id}/`,
  phaseBibtex: (id: string) => `/phases/${id}.bib`,
  papers: '/papers/',
  paper: (id: string) => `/papers/${id}/`,
  paperBibtex: (id: string) => `/papers/${id}.bib`,
  paperRis: (id: string) => `/papers/${id}.ris`,
  readingOrder: '/reading-order/',
  labs: '/labs/',
  lab: (id: string) => `/labs/${id}/`,
  books: '/books/',
  book: (id: string) => `/books/${id}/`,
  bookBibtex: (id: string) => `/books/${id}.bib`,
  bookRis: (id: string) => `/books/${id}.ris`,
  courses: '/courses/',
  course: (id: string) => `/courses/#${id}`,
  projects: '/projects/',
  project: (id: string) => `/projects/#${id}`,
  designProblems: '/design-problems/',
  designProblem: (id: string) => `/design-problems/${id}/`,
  openSource: '/open-source/',
  openSourceProject: (id: string) => `/open-source/#${id}`,
  systems: '/systems/',
  systemStudy: (id: string) => `/systems/#${id}`,
  criteria: '/criteria/',
  criterion: (id: string) => `/criteria/#criterion-${id}`,
  bibliography: '/bibliography/',
  bibliographyPhase: (id: string) => `/bibliography/#phase-${id}`,
  bibliographyBibtex: '/bibliography.bib',
  bibliographyRis: '/bibliography.ris',
  bibliographyCslJson: '/bibliography.json',
  /** Every work's BibTeX entry, RIS record and CSL-JSON item, for building a selection in the browser. */
  bibliographyEntries: '/bibliography/entries.json',
  schedule: '/schedule/',
  scheduleWeek: (week: number) => `/schedule/#week-${week}`,
  meeting: (week: number) => `/schedule/week-${week}/`,
  schedulePhase: (id: string) => `/schedule/${id}/`,
  scheduleCalendar: '/schedule.ics',
  scheduleJson: '/api/schedule.json',
  /** The undated plan the personal-schedule form dates in the browser (fetched when a reader makes their own schedule). */
  schedulePlan: '/schedule/plan.json',
  schedulePhaseCalendar: (id: string) => `/schedule/${id}.ics`,
  handbook: '/handbook/',
  progress: '/progress/',
  /** The organiser's view of several members' exported progress files. */
  progressGroup: '/progress/group/',
  search: '/search/',
  curriculumJson: '/api/curriculum.json',
  favicon: '/favicon.svg',
  /** The web app manifest and its PNG icons (`maskable`: the full-bleed variant platforms crop). */
  webManifest: '/manifest.webmanifest',
  icon: (size: 192 | 512, purpose: 'any' | 'maskable') => `/icons/${purpose === 'maskable' ? 'maskable' : 'icon'}-${size}.png`,
  /** The service worker, written after the build by scripts/write-service-worker.ts; its scope is the base path. */
  serviceWorker: '/sw.js',
  sitemap: '/sitemap.xml',
  /** Pagefind's folder (its script and index), written by scripts/index-search.ts. */
  searchIndex: '/pagefind/',
} as const;

/** A work's own BibTeX and RIS files (papers and books). */
export const workFiles = (work: { kind: 'paper' | 'book'; id: string }) =>
  work.kind === 'paper' ? { bib: routes.paperBibtex(work.id), ris: routes.paperRis(work.id) } : { bib: routes.bookBibtex(work.id), ris: routes.bookRis(work.id) };

/** The base path in its one form: leading and trailing slash (`/`, `/study/`). */
export function normalizeBase(base: string): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

/** A site path under the base path: ('/study/', '/papers/raft/') -> '/study/papers/raft/'. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** A site path as an absolute URL: ('https://host', '/study/', '/papers/raft/') -> 'https://host/study/papers/raft/'. */
export function absoluteUrl(origin: string, base: string, path: string): string {
  return new URL(withBase(base, path), `${origin.replace(/\/+$/, '')}/`).href;
}
