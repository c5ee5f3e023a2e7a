// Runs in the benchmark page (bench/render/page.html): renders the same occurrences with
// <salon-event-calendar> (dist/cdn/salon.iife.js) and with FullCalendar, and times each from
// "render" to the events being in the DOM with style and layout done.
const stage = document.getElementById('stage');

/** A task boundary without timer clamping, so waiting costs both libraries the same. */
const yieldTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });

async function until(ready) {
  while (!ready()) await yieldTask();
}

/** `count` one-hour occurrences spread over the 30 days from `first` (a YYYY-MM-DD), 8 AM–9 PM New York time. */
function occurrences(count, first) {
  const start = Date.parse(`${first}T12:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const at = start + Math.floor((i * 30) / count) * 86400_000 + ((i * 7) % 14) * 3600_000;
    return {
      event: `e${i % 50}`,
      start: new Date(at).toISOString(),
      end: new Date(at + 3600_000).toISOString(),
      timeZone: 'America/New_York',
      title: `Event number ${i}`,
      description: '',
      kind: i % 3 ? 'online' : 'in_person',
      venue: i % 3 ? null : { name: 'Bookshop', city: 'Berlin' },
      tags: [],
      seats: null,
      seatsLeft: null,
    };
  });
}

/** The events of March and of April 2027, `count` in each. */
const data = (count) => [...occurrences(count, '2027-03-01'), ...occurrences(count, '2027-04-01')];

const settle = () => stage.offsetHeight;

const salon = {
  async render(view, count) {
    const all = data(count);
    const el = document.createElement('salon-event-calendar');
    el.setAttribute('site', 'bench');
    el.setAttribute('from', '2027-03-01');
    el.setAttribute('view', view);
    el.setAttribute('days', '30');
    el.backend = {
      id: 'bench',
      listEvents: async ({ from, to }) => ({ occurrences: all.filter((o) => o.start >= from && o.start < to) }),
    };
    const t0 = performance.now();
    stage.append(el);
    await until(() => el.shadowRoot?.querySelector('.body[aria-busy=false] .event'));
    settle();
    return { ms: performance.now() - t0, handle: el };
  },
  async next(el) {
    const t0 = performance.now();
    el.shadowRoot.querySelector('[aria-label^="Next"]').click();
    await until(() => el.shadowRoot.querySelector('h2').textContent.includes('April') && el.shadowRoot.querySelector('.body[aria-busy=false] .event'));
    settle();
    return performance.now() - t0;
  },
  remove(el) {
    el.remove();
  },
};

const fullcalendar = {
  async render(view, count) {
    const all = data(count).map((o) => ({ title: o.title, start: o.start, end: o.end }));
    const el = document.createElement('div');
    stage.append(el);
    const t0 = performance.now();
    const calendar = new window.FullCalendar.Calendar(el, {
      plugins: window.FullCalendar.plugins,
      initialView: view === 'list' ? 'list30' : 'dayGridMonth',
      initialDate: '2027-03-01',
      views: { list30: { type: 'list', duration: { days: 30 } } },
      // As Salon's grid: two events a day, then "+n more".
      dayMaxEvents: 2,
      events: all,
    });
    calendar.render();
    await until(() => el.querySelector('.fc-event, .fc-list-event'));
    settle();
    return { ms: performance.now() - t0, handle: { el, calendar } };
  },
  async next({ el, calendar }) {
    const t0 = performance.now();
    calendar.next();
    await until(() => el.querySelector('.fc-toolbar-title').textContent.includes('April') && el.querySelector('.fc-event'));
    settle();
    return performance.now() - t0;
  },
  remove({ el, calendar }) {
    calendar.destroy();
    el.remove();
  },
};

/** Median milliseconds of `runs` renders (after one warm-up), and of moving to the next month in the month view. */
window.measure = async (library, view, count, runs) => {
  const lib = library === 'salon' ? salon : fullcalendar;
  const renders = [];
  const nexts = [];
  for (let i = 0; i <= runs; i++) {
    const { ms, handle } = await lib.render(view, count);
    if (i > 0) renders.push(ms);
    if (view === 'month') {
      const next = await lib.next(handle);
      if (i > 0) nexts.push(next);
    }
    lib.remove(handle);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);
  return { render: median(renders), next: median(nexts) };
};
