/**
 * iCalendar (RFC 5545) serialisation: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, times in UTC. DTSTAMP is an argument so
 * builds are deterministic.
 */

export interface CalendarEvent {
  /** Globally unique and stable: the same meeting keeps its UID across builds. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location?: string;
  url?: string;
}

export interface Calendar {
  /** Shown by calendar programs as the calendar's name (X-WR-CALNAME). */
  name: string;
  description?: string;
  /** When this calendar was produced; used as every event's DTSTAMP. */
  stamp: Date;
  events: readonly CalendarEvent[];
}

export const PRODUCT_ID = '-//ds-roadmap//Study schedule//EN';

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** `20270107T180000Z` */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** UTF-8 length of one code point (a string of one character, possibly a surrogate pair). */
const utf8Octets = (character: string): number => {
  const code = character.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Folds a content line into chunks of at most 75 octets, continuation lines starting with a space (RFC 5545 3.1). */
export function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to fold (a calendar of a 30x curriculum has 100k lines).
  if (line.length <= 75 && !/[^\x00-\x7f]/.test(line)) return line;
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Octets(character);
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    const limit = chunks.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtc(stamp)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** The whole calendar as an `.ics` file's text. */
export function toIcs(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
