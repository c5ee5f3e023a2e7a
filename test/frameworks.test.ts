// Salon's elements used straight from Vue 3 and React 19, without wrappers: string attributes, an
// object property (a custom backend) and our custom events, as an app would. React comes bundled
// by esbuild from its npm package (test/support/react.mjs), as an app's bundler would ship it.
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, h } from 'vue/dist/vue.runtime.esm-browser.prod.js';
import type { SalonGroupSignup } from '../components/group-signup/group-signup.component.js';
import '../components/group-signup/group-signup.js';
import { MemoryBackend } from '../src/api/memory.js';
import type { SalonEventCalendar } from '../components/event-calendar/event-calendar.component.js';
import '../components/event-calendar/event-calendar.js';
import { site, springEvents } from './support/data.js';

/** The parts of React 19 the test uses, as test/support/react.mjs serves them. */
interface ReactForTests {
  createElement(type: string, props: Record<string, unknown>): unknown;
  createRoot(container: Element): { render(node: unknown): void; unmount(): void };
  flushSync(fn: () => void): void;
}
const react = (): Promise<ReactForTests> => import(/* @vite-ignore */ '/__salon/react.js' as string);

/** Completes the fixture group's form and submits it. */
async function signUp(el: SalonGroupSignup, email: string): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'form rendered');
  const root = el.shadowRoot!;
  const type = (selector: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  type('#email', email);
  type('#q0', 'Fantasy');
  root.querySelector<HTMLInputElement>('input[value=craft]')!.click();
  root.querySelector<HTMLInputElement>('#consent')!.click();
  root.querySelector('form')!.requestSubmit();
}

describe('frameworks, without wrappers', () => {
  it('Vue 3: props become attributes and properties, onSalon… listeners hear our events', async () => {
    const backend = new MemoryBackend({ demo: site() }, { id: 'memory:vue' });
    const container = document.body.appendChild(document.createElement('div'));
    const statuses: string[] = [];
    const app = createApp({
      render: () =>
        h('salon-group-signup', {
          site: 'demo',
          group: 'spring-mastermind',
          backend,
          onSalonSignupSuccess: (event: CustomEvent<{ status: string }>) => statuses.push(event.detail.status),
        }),
    });
    app.mount(container);
    const el = container.querySelector('salon-group-signup')!;
    expect(el.backend).to.equal(backend);
    await signUp(el, 'vue@example.com');
    await waitUntil(() => statuses.length === 1, 'success heard through Vue');
    expect(statuses).to.deep.equal(['confirmed']);
    app.unmount();
    container.remove();
  });

  it('React 19: props become properties or attributes, on<event> props hear our events', async () => {
    const { createElement, createRoot, flushSync } = await react();
    const backend = new MemoryBackend({ demo: site({ occurrences: springEvents() }) }, { id: 'memory:react' });
    const container = document.body.appendChild(document.createElement('div'));
    const statuses: string[] = [];
    const opened: string[] = [];
    const root = createRoot(container);
    flushSync(() =>
      root.render([
        createElement('salon-group-signup', {
          key: 'signup',
          site: 'demo',
          group: 'spring-mastermind',
          backend,
          'onsalon-signup-success': (event: CustomEvent<{ status: string }>) => statuses.push(event.detail.status),
        }),
        createElement('salon-event-calendar', {
          key: 'calendar',
          site: 'demo',
          from: '2027-03-01',
          view: 'list',
          backend,
          'onsalon-event-open': (event: CustomEvent<{ occurrence: { title: string } }>) =>
            opened.push(event.detail.occurrence.title),
        }),
      ]),
    );
    const signup = container.querySelector('salon-group-signup')!;
    expect(signup.backend).to.equal(backend);
    // React 19 sets a prop as a property when the element has one.
    expect(signup.group).to.equal('spring-mastermind');
    await signUp(signup, 'react@example.com');
    await waitUntil(() => statuses.length === 1, 'success heard through React');
    expect(statuses).to.deep.equal(['confirmed']);

    const calendar = container.querySelector<SalonEventCalendar>('salon-event-calendar')!;
    await waitUntil(() => calendar.shadowRoot!.querySelector('.body .event'), 'calendar rendered');
    calendar.shadowRoot!.querySelector<HTMLButtonElement>('.body .event')!.click();
    expect(opened).to.deep.equal(['Mastermind weekly call']);
    root.unmount();
    container.remove();
  });
});
