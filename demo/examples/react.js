// Salon's elements in React 19, without a wrapper or a build step: React sets `backend` (an
// object) as a property and `onsalon-…` props listen to Salon's events.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'salon-widgets/group-signup.js';
import 'salon-widgets/event-calendar.js';
import { clubBackend } from './backend.js';

function Club() {
  const [writes, setWrites] = useState([]);
  const [heard, setHeard] = useState('');
  const [backend] = useState(() =>
    clubBackend({ id: 'examples:react', onWrite: (write) => setWrites((list) => [...list, write]) }),
  );
  return h(
    'div',
    { className: 'app' },
    h('salon-group-signup', {
      site: 'club',
      group: 'sprint-club',
      backend,
      'onsalon-signup-success': (event) => setHeard(`You joined: ${event.detail.status}.`),
    }),
    h('salon-event-calendar', {
      site: 'club',
      days: 42,
      backend,
      'onsalon-event-open': (event) => setHeard(`You opened “${event.detail.occurrence.title}”.`),
      'onsalon-rsvp-success': (event) => setHeard(`You RSVPed: ${event.detail.status}.`),
    }),
    h('p', { className: 'heard', role: 'status' }, heard),
    h(Writes, { writes }),
  );
}

function Writes({ writes }) {
  return h(
    'section',
    { className: 'writes', 'aria-label': 'What the backend received' },
    h('h3', null, 'What the backend received'),
    writes.length === 0
      ? h('p', null, 'Nothing yet.')
      : h('ol', null, writes.map((write, i) => h('li', { key: i }, [write.method, write.email, write.detail].filter(Boolean).join(' · ')))),
  );
}

createRoot(document.getElementById('react')).render(h(Club));
