// FullCalendar 6 as a page would ship it for a list and a month view: core + daygrid + list,
// bundled and minified by bench/render/run.mjs with the same rollup plugins as Salon's CDN build.
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';

window.FullCalendar = { Calendar, plugins: [dayGridPlugin, listPlugin] };
