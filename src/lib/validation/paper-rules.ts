/**
 * Paper rules that look past one field: a DOI that disagrees with the DOI in the paper's own
 * addresses, and a prerequisite that the phases would put after the paper that needs it.
 */
import type { ContentProblem } from './problem.ts';
import type { EntryView } from './rules.ts';

/** The DOI inside a publisher or resolver address (`https://dl.acm.org/doi/10.1145/...`), if any. */
export function doiInUrl(url: string): string | undefined {
  const match =
    /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/[^?#\s]+)/i.exec(url) ??
    /^https?:\/\/[^/]+\/doi\/(?:abs\/|pdf\/|full\/|epdf\/)?(10\.\d{4,9}\/[^?#\s]+)/i.exec(url) ??
    /^https?:\/\/link\.springer\.com\/(?:article|chapter|book)\/(10\.\d{4,9}\/[^?#\s]+)/i.exec(url);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!).replace(/\/+$/, '');
  } catch {
    return match[1];
  }
}

const ADDRESS_FIELDS = ['url', 'landingPage'] as const;

/** `doi` must be the DOI that the work's `url` and `landingPage` carry, where they carry one. */
export function checkDoiAgreesWithUrls(entry: EntryView): ContentProblem[] {
  const doi = entry.data.doi;
  if (typeof doi !== 'string') return [];
  return ADDRESS_FIELDS.flatMap((field) => {
    const url = entry.data[field];
    const inUrl = typeof url === 'string' ? doiInUrl(url) : undefined;
    if (!inUrl || inUrl.toLowerCase() === doi.toLowerCase()) return [];
    return [
      {
        file: entry.file,
        line: entry.lineOf(['doi']),
        field: 'doi',
        message: `"${doi}" disagrees with the DOI ${inUrl} in ${field} (${String(url)}): one of them is wrong. Check the publisher's page and make them agree.`,
      },
    ];
  });
}

interface PhaseInfo {
  order: number;
  title: string;
}

const phaseName = (phase: PhaseInfo) => `Phase ${phase.order} (${phase.title})`;

/**
 * A paper's prerequisite must not be in a later phase than the paper, unless the paper's file
 * says why under `laterPhasePrerequisites` (the schedule then reads the prerequisite early, and
 * says so); a reason for a prerequisite that is not in a later phase is stale and reported too.
 */
export function checkPrerequisitePhases(views: readonly EntryView[], kinds: { item: string; phase: string }): ContentProblem[] {
  const phases = new Map<string, PhaseInfo>();
  for (const view of views) {
    if (view.kind === kinds.phase && typeof view.data.order === 'number') phases.set(view.id, { order: view.data.order, title: String(view.data.title ?? view.id) });
  }
  const papers = views.filter((view) => view.kind === kinds.item);
  const phaseOf = new Map(papers.map((paper) => [paper.id, typeof paper.data.phase === 'string' ? phases.get(paper.data.phase) : undefined]));
  const problems: ContentProblem[] = [];
  for (const paper of papers) {
    const own = phaseOf.get(paper.id);
    const prerequisites = Array.isArray(paper.data.prerequisites) ? paper.data.prerequisites.filter((id): id is string => typeof id === 'string') : [];
    const reasons = paper.data.laterPhasePrerequisites;
    const explained = reasons && typeof reasons === 'object' && !Array.isArray(reasons) ? Object.keys(reasons) : [];
    const later = new Set<string>();
    prerequisites.forEach((id, index) => {
      const theirs = phaseOf.get(id);
      if (!own || !theirs || theirs.order <= own.order) return;
      later.add(id);
      if (explained.includes(id)) return;
      problems.push({
        file: paper.file,
        line: paper.lineOf(['prerequisites', index]),
        field: `prerequisites[${index}]`,
        message: `"${id}" is in ${phaseName(theirs)}, after this paper's ${phaseName(own)}, so the phases would read it after the paper that needs it. Move one of the two to another phase, or say why it is read early: laterPhasePrerequisites: { ${id}: "why" }.`,
      });
    });
    for (const id of explained) {
      const listed = prerequisites.includes(id);
      // A phase or paper that could not be read (a mistake of its own) decides nothing, and an
      // unknown id is the reference check's to report.
      if (later.has(id) || !own || !phaseOf.has(id) || (listed && !phaseOf.get(id))) continue;
      problems.push({
        file: paper.file,
        line: paper.lineOf(['laterPhasePrerequisites', id]),
        field: `laterPhasePrerequisites.${id}`,
        message: listed
          ? `"${id}" is not in a later phase than this paper, so it needs no reason. Remove this line.`
          : `"${id}" is not one of this paper's prerequisites. Add it to prerequisites, or remove this line.`,
      });
    }
  }
  return problems;
}
