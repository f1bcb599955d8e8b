/**
 * "This week" on the schedule: marks the week that holds today (in the reader's own calendar)
 * and points the page's "This week" link at it. Without script the page lists every week.
 */
import { weekOf } from '../lib/personal-schedule.ts';
import { formatDate } from '../values/dates.ts';

export function markThisWeek(document: Document, today: string): void {
  const cards = [...document.querySelectorAll<HTMLElement>('li.week[id^="week-"]')];
  const weeks = cards.map((card) => ({ number: Number(card.id.slice('week-'.length)), start: card.dataset.weekStart!, end: card.dataset.weekEnd! }));
  const found = weekOf(weeks, today);
  for (const card of cards) {
    card.classList.remove('this-week');
    card.removeAttribute('aria-current');
  }
  const link = document.querySelector<HTMLAnchorElement>('[data-this-week]');
  if (!found || !link) return;
  if ('week' in found) {
    const card = document.getElementById(`week-${found.week}`)!;
    card.classList.add('this-week');
    card.setAttribute('aria-current', 'date');
    link.href = `#week-${found.week}`;
    link.textContent = `This week: week ${found.week}`;
    link.title = card.querySelector('.week-label')?.textContent ?? '';
  } else if ('before' in found) {
    link.href = '#week-1';
    link.textContent = `Starts ${formatDate(found.before)}: week 1`;
  } else {
    link.href = `#week-${weeks.at(-1)?.number ?? 1}`;
    link.textContent = `Ended ${formatDate(found.after)}`;
  }
}
