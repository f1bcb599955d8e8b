/**
 * Who presents each paper, and who pairs with whom for the design problems, from the group's
 * members. Deterministic: the same members and schedule give the same rota on every build.
 *
 * Presenters: the members stand in a queue in the order the settings list them; each paper
 * meeting takes the first member in the queue who can come that day (and is not presenting another
 * paper that day), who then goes to the back. So nobody presents twice before everyone has
 * presented once, except that someone who is away keeps their place and presents next.
 *
 * Pairs: the members who can come to a design meeting are paired by the circle method of a
 * round-robin tournament, a new round for each problem, so partners change from one problem to the
 * next; with an odd number the last pair is a three. At the critique meeting each pair critiques
 * the next pair's design.
 */
import type { ScheduleWeek } from './types.ts';

export interface RotaMember {
  name: string;
  /** Days away, `from` to `to` inclusive. */
  absent: ReadonlyArray<{ from: string; to: string }>;
}

export interface Presentation {
  week: number;
  /** The reading's key: `paper:raft`. */
  key: string;
  presenter: string;
}

export interface DesignPairs {
  week: number;
  /** The design problem's key: `design:rate-limiter`. */
  key: string;
  pairs: string[][];
}

export interface Rota {
  presentations: Presentation[];
  pairs: DesignPairs[];
}

const isAway = (member: RotaMember, day: string) => member.absent.some((range) => range.from <= day && day <= range.to);

/** The readings a meeting discusses: each paper once, in the week its reading starts. */
const readingsOf = (week: ScheduleWeek) => week.items.filter((item) => item.kind === 'reading' && (item.part?.index ?? 1) === 1);

function presenters(weeks: readonly ScheduleWeek[], members: readonly RotaMember[]): Presentation[] {
  const queue = [...members];
  const presentations: Presentation[] = [];
  for (const week of weeks) {
    const busy = new Set<string>();
    for (const reading of readingsOf(week)) {
      const at = queue.findIndex((member) => !isAway(member, week.meeting) && !busy.has(member.name));
      if (at === -1) continue;
      const [member] = queue.splice(at, 1);
      queue.push(member!);
      busy.add(member!.name);
      presentations.push({ week: week.number, key: reading.key, presenter: member!.name });
    }
  }
  return presentations;
}

/** Round `round` of the circle method over `names`: pairs (with a three when the count is odd). */
export function roundRobinPairs(names: readonly string[], round: number): string[][] {
  if (names.length < 2) return names.length ? [[...names]] : [];
  const players = names.length % 2 === 0 ? [...names] : [...names, ''];
  const [fixed, ...rest] = players;
  const shift = round % rest.length;
  const turned = [fixed!, ...rest.slice(rest.length - shift), ...rest.slice(0, rest.length - shift)];
  const pairs: string[][] = [];
  for (let index = 0; index < turned.length / 2; index++) pairs.push([turned[index]!, turned[turned.length - 1 - index]!]);
  const bye = pairs.findIndex((pair) => pair.includes(''));
  if (bye !== -1) {
    // The member without a partner joins the pair before (or after) theirs: a three.
    const [alone] = pairs.splice(bye, 1)[0]!.filter(Boolean);
    pairs[Math.max(0, bye - 1)]!.push(alone!);
  }
  return pairs;
}

function designPairs(weeks: readonly ScheduleWeek[], members: readonly RotaMember[]): DesignPairs[] {
  const found: DesignPairs[] = [];
  for (const week of weeks) {
    for (const item of week.items.filter((candidate) => candidate.kind === 'design' && (candidate.part?.index ?? 1) === 1)) {
      const present = members.filter((member) => !isAway(member, week.meeting)).map((member) => member.name);
      found.push({ week: week.number, key: item.key, pairs: roundRobinPairs(present, found.length) });
    }
  }
  return found;
}

/** The rota for a dated schedule; empty without members. */
export function makeRota(weeks: readonly ScheduleWeek[], members: readonly RotaMember[]): Rota {
  if (!members.length) return { presentations: [], pairs: [] };
  return { presentations: presenters(weeks, members), pairs: designPairs(weeks, members) };
}
