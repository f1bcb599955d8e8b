/** Small display helpers shared by pages and JSON endpoints. */

/** `Months 3–9`, `Month 2` */
export function monthSpan(months: { start: number; end: number }): string {
  return months.start === months.end ? `Month ${months.start}` : `Months ${months.start}–${months.end}`;
}

/** `1–2 weeks`, `1 week` */
export function weekSpan(weeks: { min: number; max: number }): string {
  if (weeks.min === weeks.max) return `${weeks.min} week${weeks.min === 1 ? '' : 's'}`;
  return `${weeks.min}–${weeks.max} weeks`;
}

/** Page ranges with an en dash for reading: `558–565`. */
export const pagesForDisplay = (pages: string) => pages.replace('-', '–');

export const topicLabels: Record<string, string> = {
  'time-and-order': 'Time and order',
  consensus: 'Consensus and replication',
  storage: 'Storage systems',
  'batch-processing': 'Batch processing',
  messaging: 'Messaging and logs',
  transactions: 'Distributed transactions',
  'causal-and-crdt': 'CRDTs and causal consistency',
};
