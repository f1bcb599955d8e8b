/** The `.ics` text of a group's schedule, whole or for one phase. */
import { toIcs } from './ics.ts';
import { scheduleEvents, type CalendarLinks, type MeetingSettings } from './schedule-calendar.ts';
import type { Schedule } from './schedule.ts';

export interface GroupCalendarInput {
  group: { name: string };
  schedule: Schedule;
  meeting: MeetingSettings;
  links: CalendarLinks;
  stamp: Date;
}

export function groupCalendar({ group, schedule, meeting, links, stamp }: GroupCalendarInput, phaseId?: string): string {
  const phase = phaseId ? schedule.phases.find((candidate) => candidate.id === phaseId) : undefined;
  return toIcs({
    name: phase ? `${group.name}: Phase ${phase.order}, ${phase.title}` : group.name,
    description: `Weekly meetings of ${group.name}, following the Distributed Systems Engineer Learning Roadmap. Schedule: ${links.absolute('/schedule/')}`,
    stamp,
    events: scheduleEvents(schedule, meeting, links, phaseId ? [phaseId] : undefined),
  });
}
