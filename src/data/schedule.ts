/**
 * The study group's schedule for pages and calendars: the curriculum, the group's settings,
 * the plan and the dated weeks, computed once per build for the site's own address.
 */
import type { CalendarLinks, MeetingSettings } from '../lib/schedule/calendar.ts';
import { layoutSchedule, type Schedule } from '../lib/schedule/layout.ts';
import { planSchedule, type SchedulePlan } from '../lib/schedule/plan.ts';
import type { StudyGroupData } from '../schemas/study-group.ts';
import { getCurriculum, getStudyGroup } from './curriculum.ts';
import { absolute, siteUrl } from './site-config.ts';

export interface GroupSchedule {
  group: StudyGroupData;
  plan: SchedulePlan;
  schedule: Schedule;
  meeting: MeetingSettings;
  links: CalendarLinks;
  /**
   * DTSTAMP of the calendars: SOURCE_DATE_EPOCH when the build sets it (reproducible builds),
   * otherwise midnight UTC of the settings' `updated` date (or start date), so two builds of the
   * same settings are identical.
   */
  stamp: Date;
}

let cached: Promise<GroupSchedule> | undefined;

export function getGroupSchedule(): Promise<GroupSchedule> {
  cached ??= (async () => {
    const [curriculum, group] = await Promise.all([getCurriculum(), getStudyGroup()]);
    const plan = planSchedule(curriculum, group.phases);
    const schedule = layoutSchedule(plan, {
      start: group.start,
      meetingWeekday: group.meeting.weekday,
      hoursPerWeek: group.hoursPerWeek,
      skip: group.skip.map(({ from, to, reason }) => ({ from, to: to ?? from, ...(reason ? { reason } : {}) })),
      breakWeeksBetweenPhases: group.breakWeeksBetweenPhases,
    });
    const epoch = Number(process.env.SOURCE_DATE_EPOCH);
    const { weekday: _weekday, ...meeting } = group.meeting;
    return {
      group,
      plan,
      schedule,
      meeting,
      links: { absolute, uidDomain: new URL(siteUrl).hostname, uidPrefix: 'group', summaryPrefix: group.name },
      stamp: Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date(`${group.updated ?? group.start}T00:00:00Z`),
    };
  })();
  return cached;
}
