// A backend of your own: any object with the methods of `SalonBackend` (see the README,
// "Your own backend") can feed the widgets. This one keeps a writing club's data in memory and
// tells the app about every write; yours would call your own API. Salon checks whatever these
// methods return before a widget renders it, and sends writes through its offline outbox.

const DAY = 86_400_000;

/** The next `count` Sundays at 17:00 in Reykjavik, from today (Iceland keeps UTC all year). */
function sundays(count) {
  const today = new Date();
  const first = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + ((7 - today.getUTCDay()) % 7), 17);
  return Array.from({ length: count }, (_, week) => new Date(first + week * 7 * DAY));
}

const group = {
  id: 'sprint-club',
  name: 'Sunday sprint club',
  description: 'Fantasy authors writing side by side, one hour every Sunday.',
  kind: 'readers',
  fields: [{ name: 'writing', label: 'What are you writing?', type: 'text', required: false, options: [] }],
  seats: null,
  seatsLeft: null,
  consent: { text: 'Email me about the sprint club. I can leave at any time.', version: '2026-11' },
  doubleOptIn: false,
};

const occurrences = sundays(6).map((start) => ({
  event: 'sunday-sprint',
  start: start.toISOString(),
  end: new Date(start.getTime() + 3_600_000).toISOString(),
  timeZone: 'Atlantic/Reykjavik',
  title: 'Sunday writing sprint',
  description: 'Cameras optional: we say hello, write for 45 minutes, and share word counts.',
  kind: 'online',
  venue: null,
  tags: ['sprint'],
  seats: null,
  seatsLeft: null,
}));

const recommendations = {
  token: 'club-token',
  host: { name: 'Jane Doe' },
  items: [
    {
      swap: 'swap-rivers',
      author: { name: 'Sam Rivers', url: 'https://example.com/sam-rivers' },
      title: 'The Salt Archive',
      coverUrl: null,
      blurb: 'A drowned city keeps its memories in salt. Its last archivist has one week to read them before the tide returns.',
      genres: ['Fantasy'],
      links: [{ retailer: 'Bookshop.org', url: 'https://bookshop.org/search?keywords=the+salt+archive' }],
      newsletter: { consent: { text: "Send me Sam Rivers's newsletter: new books and one short story a month.", version: '3' } },
    },
  ],
};

/**
 * @param {{ id: string, onWrite?: (write: { method: string, email?: string, detail: string }) => void }} options
 * @returns {import('salon-widgets').SalonBackend}
 */
export function clubBackend({ id, onWrite = () => {} }) {
  return {
    id,
    async getGroup({ group: name }) {
      if (name !== group.id) throw new Error(`No group named ${name}`);
      return structuredClone(group);
    },
    async signup({ email, answers }) {
      onWrite({ method: 'signup', email, detail: answers.writing || '' });
      return { status: 'confirmed' };
    },
    async listEvents({ from, to }) {
      const [start, end] = [Date.parse(from), Date.parse(to)];
      return { occurrences: occurrences.filter((o) => Date.parse(o.start) >= start && Date.parse(o.start) < end) };
    },
    async rsvp({ email, start }) {
      onWrite({ method: 'rsvp', email, detail: start });
      return { status: 'going', joinUrl: 'https://meet.example.com/sunday-sprint' };
    },
    async getRecommendations() {
      return structuredClone(recommendations);
    },
    async swapSignup({ email, swap }) {
      onWrite({ method: 'swapSignup', email, detail: swap });
      return { status: 'pending_confirmation' };
    },
    async recordSwapEvents({ events }) {
      for (const event of events) onWrite({ method: event.type, detail: event.swap });
    },
  };
}
