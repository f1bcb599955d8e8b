/** Author names for display. */

export interface Name {
  given: string;
  family: string;
}

/** `Leslie Lamport` */
export const fullName = (name: Name) => `${name.given} ${name.family}`;

/** Every author, in order: `A, B and C` (never "et al."). */
export function authorList(names: readonly Name[]): string {
  const full = names.map(fullName);
  if (full.length <= 2) return full.join(' and ');
  return `${full.slice(0, -1).join(', ')} and ${full[full.length - 1]}`;
}

/** Family names for compact tables: `Lamport`, `Fischer, Lynch and Paterson`, `Corbett and 25 others`. */
export function shortAuthors(names: readonly Name[], limit = 3): string {
  const families = names.map((name) => name.family);
  if (families.length > limit) return `${families[0]} and ${families.length - 1} others`;
  if (families.length <= 2) return families.join(' and ');
  return `${families.slice(0, -1).join(', ')} and ${families[families.length - 1]}`;
}
