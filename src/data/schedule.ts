/**
 * The study group's schedule for pages and calendars: the curriculum, the group's settings,
 * the plan and the dated weeks, computed once per build for the site's own address.
 */
import type { PaperGuide } from '../lib/guide.ts';
import { routes } from '../lib/routes.ts';
import type { CalendarLinks, MeetingSettings } from '../lib/schedule/calendar.ts';
import { layoutSchedule, type Schedule, type ScheduleWeek } from '../lib/schedule/layout.ts';
import { planSchedule, type SchedulePlan } from '../lib/schedule/plan.ts';
import { makeRota, type Rota } from '../lib/schedule/rota.ts';
import type { StudyGroupData } from '../schemas/study-group.ts';
import { getCurriculum, getStudyGroup } from './curriculum.ts';
import { getGuides } from './guides.ts';
import { absolute, siteUrl } from './site-config.ts';

export interface GroupSchedule {
  group: StudyGroupData;
  plan: SchedulePlan;
  schedule: Schedule;
  meeting: MeetingSettings;
  links: CalendarLinks;
  /** Presenters and design pairs (empty without members). */
  rota: Rota;
  /** Every paper's reading guide, by paper id. */
  guides: Map<string, PaperGuide>;
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
    const [curriculum, group, guides] = await Promise.all([getCurriculum(), getStudyGroup(), getGuides()]);
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
    const rota = makeRota(schedule.weeks, group.members.map(({ name, absent }) => ({ name, absent: absent.map(({ from, to }) => ({ from, to: to ?? from })) })));
    // The presenter and the question of each paper meeting, for the calendar's descriptions.
    const moreLines = (week: ScheduleWeek) =>
      week.items
        .filter((item) => item.kind === 'reading' && (item.part?.index ?? 1) === 1)
        .flatMap((item) => {
          const presenter = rota.presentations.find((presentation) => presentation.key === item.key)?.presenter;
          const guide = guides.get(item.key.slice('paper:'.length));
          return [
            ...(presenter ? [`Presenter: ${presenter} (${item.label})`] : []),
            ...(guide ? [`Question to answer before the meeting (${item.label}, ${guide.basis}): ${guide.questionText}`] : []),
          ];
        });
    return {
      group,
      plan,
      schedule,
      meeting,
      rota,
      guides,
      links: { absolute, uidDomain: new URL(siteUrl).hostname, uidPrefix: 'group', summaryPrefix: group.name, meetingPath: routes.meeting, moreLines },
      stamp: Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date(`${group.updated ?? group.start}T00:00:00Z`),
    };
  })();
  return cached;
}
