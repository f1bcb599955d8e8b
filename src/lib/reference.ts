/**
 * A paper's full reference as one line of plain text, for the printed handbook:
 * `Diego Ongaro and John Ousterhout. “In Search of ...” In 2014 USENIX ... , pp. 305–319. USENIX Association, 2014. doi:...`
 */
import type { Paper } from './curriculum.ts';
import { authorList } from './names.ts';

export function referenceText(paper: Paper): string {
  const parts: string[] = [`${authorList(paper.authors)}. “${paper.title}.”`];
  const where: string[] = [];
  if (paper.type === 'tech-report') where.push(`${paper.institution ?? ''} Technical Report ${paper.number ?? ''}`.trim());
  else if (paper.type === 'preprint') where.push(`arXiv:${paper.arxiv ?? ''}`);
  else if (paper.container) where.push(paper.type === 'journal-article' ? paper.container : `In ${paper.container}`);
  if (paper.series) where.push(paper.series);
  if (paper.volume !== undefined) where.push(`vol. ${paper.volume}${paper.issue !== undefined ? `, no. ${paper.issue}` : ''}`);
  if (paper.pages) where.push(`pp. ${paper.pages.replace('-', '–')}`);
  if (paper.publisher) where.push(paper.publisher);
  where.push(String(paper.year));
  parts.push(`${where.join(', ')}.`);
  if (paper.doi) parts.push(`doi:${paper.doi}`);
  return parts.join(' ');
}
