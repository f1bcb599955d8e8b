/**
 * Study hours a week the schedule accepts. At the reference pace the roadmap's own timing holds
 * (a roadmap month is four weeks); other paces stretch or shrink it. The study-group schema
 * checks the settings against it and the schedule (in the browser too, so no zod here) uses it.
 */
export const HOURS_PER_WEEK = { reference: 10, min: 2, max: 40 } as const;
