// Every widget on one page, as an author's page has them, and a wait for each to show its data.
import { html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SalonBackend } from '../../src/api/backend.js';
import '../../components/event-calendar/event-calendar.js';
import '../../components/group-signup/group-signup.js';
import '../../components/swap-card/swap-card.js';

/** Both signup layouts, both calendar views and a swap card, on `backend`'s site `demo` (see `data.ts`). */
export const everyWidget = (backend: SalonBackend): TemplateResult => html`
  <salon-group-signup site="demo" group="spring-mastermind" .backend=${backend}></salon-group-signup>
  <salon-group-signup site="demo" group="spring-mastermind" compact .backend=${backend}></salon-group-signup>
  <salon-event-calendar site="demo" from="2027-03-01" .backend=${backend}></salon-event-calendar>
  <salon-event-calendar site="demo" from="2027-03-01" view="month" .backend=${backend}></salon-event-calendar>
  <salon-swap-card site="demo" .backend=${backend}></salon-swap-card>
`;

/** The widgets in `container`, once each shows its data (the swap card loads near the viewport). */
export async function shown(container: Element): Promise<HTMLElement[]> {
  const elements = [...container.querySelectorAll<HTMLElement>('salon-group-signup, salon-event-calendar, salon-swap-card')];
  for (const el of elements) el.scrollIntoView();
  await waitUntil(
    () => elements.every((el) => el.shadowRoot?.querySelector('form, .body[aria-busy=false], article')),
    'every widget shows its data',
  );
  return elements;
}
