// <salon-group-signup> used straight from Vue 3, without a wrapper: string attributes, an object
// property (a custom backend) and a typed custom event, as an app would. (React 19 ships only
// CommonJS, which this test runner does not convert; its check belongs with #7's examples.)
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, h } from 'vue/dist/vue.runtime.esm-browser.prod.js';
import type { SalonGroupSignup } from '../components/group-signup/group-signup.component.js';
import '../components/group-signup/group-signup.js';
import { MemoryBackend } from '../src/api/memory.js';
import { site } from './support/data.js';

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
});
