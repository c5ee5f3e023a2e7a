// Salon on pages that make life hard, with the real reference server behind them (started by the
// test runner on 127.0.0.1:8789): each page is loaded in a frame, a reader completes a flow, and
// the page must have logged no CSP violation, uncaught error or console error
// (test/pages/hostile/watch.js records them).
import { expect, waitUntil } from '@open-wc/testing';

type HostilePage = Window & { __problems: string[] };

async function open(path: string): Promise<{ frame: HTMLIFrameElement; page: HostilePage; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 2400px; border: 0';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, page: frame.contentWindow as HostilePage, doc: frame.contentDocument! };
}

const shadow = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!;

/** Signs up for the readers' group in the compact form, as a reader would. */
async function signUp(doc: Document): Promise<void> {
  const root = shadow(doc, 'salon-group-signup');
  await waitUntil(() => root.querySelector('form'), 'signup form from the server', { timeout: 5000 });
  const email = root.querySelector<HTMLInputElement>('#email')!;
  email.value = `hostile-${Date.now()}@example.com`;
  email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  root.querySelector<HTMLInputElement>('#consent')!.click();
  // Readers take more than the server's one-second minimum to fill a form.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  root.querySelector('form')!.requestSubmit();
  await waitUntil(() => root.querySelector('[role=status]')?.textContent?.includes('check your inbox'), 'signed up', {
    timeout: 5000,
  });
}

describe('hostile pages', () => {
  it('a strict Content-Security-Policy with Trusted Types: everything works, nothing is reported', async () => {
    const { frame, page, doc } = await open('/test/pages/hostile/strict-csp.html');
    await signUp(doc);
    await waitUntil(() => shadow(doc, 'salon-event-calendar').querySelector('.body .event'), 'events listed', { timeout: 5000 });
    await waitUntil(() => shadow(doc, 'salon-swap-card').querySelector('article'), 'swap card shown', { timeout: 5000 });
    // Structured data was written despite Trusted Types.
    expect(doc.querySelector('salon-event-calendar > script[type="application/ld+json"]')).not.to.equal(null);
    expect(page.__problems).to.deep.equal([]);
    frame.remove();
  });
});
