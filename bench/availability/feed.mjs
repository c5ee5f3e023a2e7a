// A generated iCalendar feed: `count` events repeating daily with no end, each at its own time
// of day, in a few zones, as a busy (or hostile) author's feed would hold them.
const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Sydney', 'UTC'];
const pad = (n, width = 2) => String(n).padStart(width, '0');

/** The feed's text; `prefix` keeps the UIDs of several feeds apart. */
export function dailyFeed(count, prefix = 'daily', description = '') {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Salon bench//EN'];
  for (let i = 0; i < count; i++) {
    const zone = ZONES[i % ZONES.length];
    const start = `20250101T${pad(i % 24)}${pad((i * 7) % 60)}00`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${prefix}-${i}`,
      `SUMMARY:Session ${i}`,
      ...(description ? [`DESCRIPTION:${description}`] : []),
      zone === 'UTC' ? `DTSTART:${start}Z` : `DTSTART;TZID=${zone}:${start}`,
      'DURATION:PT45M',
      'RRULE:FREQ=DAILY',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}
