import { Hono } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Deps, Env } from '../deps.js';
import { httpUrl } from '../http/validate.js';
import { confirmRsvp, findRsvpConfirmation, type RsvpConfirmation } from '../rsvps.js';
import { confirmSignup, findSignupConfirmation, type SignupConfirmation } from '../signups.js';

const page = (title: string, body: HtmlEscapedString | Promise<HtmlEscapedString> | string) => html`<!doctype html>
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="referrer" content="no-referrer" />
      <title>${title}</title>
      <link rel="icon" href="data:," />
      <style>
        body { font: 18px/1.5 system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem; }
        button { font: inherit; min-height: 44px; padding: 0.5rem 1.25rem; border-radius: 0.4rem; border: 0; background: #2449b3; color: #fff; cursor: pointer; }
      </style>
    </head>
    <body>
      <h1>${title}</h1>
      ${body}
    </body>
  </html>`;

/** The button that uses a link: a POST, which mail scanners and link previews never send. */
const confirmButton = (question: string, label: string) => html`<p>${question}</p>
  <form method="post"><button type="submit">${label}</button></form>`;

const notValid = () => page('Link not valid', html`<p>This confirmation link is not valid. Please sign up again.</p>`);
const expired = () => page('Link expired', html`<p>This confirmation link has expired. Please sign up again.</p>`);

function signupPage(found: SignupConfirmation) {
  if (found.state === 'expired') return expired();
  if (found.state === 'ready') return page('One more step', confirmButton(`Confirm your email address to join ${found.group}.`, 'Confirm my address'));
  if (found.status === 'waitlisted') {
    return page('You’re on the waitlist', html`<p>Thank you for confirming. ${found.group} filled up meanwhile; we will write if a place opens.</p>`);
  }
  return page(found.state === 'confirmed' ? 'You’re in!' : 'Already confirmed', html`<p>Welcome to ${found.group}.</p>`);
}

function rsvpPage(found: RsvpConfirmation) {
  if (found.state === 'expired') return expired();
  if (found.state === 'cancelled') return page('This date is cancelled', html`<p>${found.title}, ${found.when}, will not take place: the organiser has cancelled it.</p>`);
  if (found.state === 'past') return page('This date has passed', html`<p>${found.title} took place ${found.when}.</p>`);
  if (found.state === 'ready') return page('One more step', confirmButton(`Confirm your place at ${found.title}, ${found.when}.`, 'Confirm my place'));
  if (found.status === 'waitlisted') {
    return page('You’re on the waitlist', html`<p>Thank you for confirming. ${found.title} filled up meanwhile; we will write if a place opens.</p>`);
  }
  // The address is proven: now, and only now, the private link to join.
  const joinUrl = httpUrl(found.joinUrl);
  const join = joinUrl ? html`<p><a href="${joinUrl}" rel="noopener noreferrer">Join online</a></p>` : '';
  return page(found.state === 'confirmed' ? 'You’re going!' : 'Already confirmed', html`<p>${found.title}, ${found.when}.</p>${join}`);
}

/** Links that can no longer do anything: expired, or for a date that will not take place. */
const gone = (state: RsvpConfirmation['state']): boolean => state === 'expired' || state === 'cancelled' || state === 'past';

/**
 * The link in a confirmation email (a signup's double opt-in, or an RSVP): single use, expiring.
 * Opening it (GET or HEAD, as mail scanners do) only shows a button; pressing it (POST) confirms.
 */
export function confirmRoutes(deps: Deps): Hono<Env> {
  const app = new Hono<Env>();
  app.use('/confirm/:token', async (c, next) => {
    await next();
    c.res.headers.set('cache-control', 'no-store');
    c.res.headers.set('referrer-policy', 'no-referrer');
  });

  app.get('/confirm/:token', async (c) => {
    const token = c.req.param('token');
    const signup = await findSignupConfirmation(deps.db, token);
    if (signup) return c.html(signupPage(signup), signup.state === 'expired' ? 410 : 200);
    const rsvp = await findRsvpConfirmation(deps.db, token);
    if (rsvp) return c.html(rsvpPage(rsvp), gone(rsvp.state) ? 410 : 200);
    return c.html(notValid(), 404);
  });

  app.post('/confirm/:token', async (c) => {
    const token = c.req.param('token');
    const signup = await confirmSignup(deps, token);
    if (signup) return c.html(signupPage(signup), signup.state === 'expired' ? 410 : 200);
    const rsvp = await confirmRsvp(deps, token);
    if (rsvp) return c.html(rsvpPage(rsvp), gone(rsvp.state) ? 410 : 200);
    return c.html(notValid(), 404);
  });
  return app;
}
