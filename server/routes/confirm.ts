import { Hono } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Deps, Env } from '../deps.js';
import { httpUrl } from '../http/validate.js';
import { type Lang, confirmPage, readerLang } from '../mail/readers.js';
import { confirmRsvp, findRsvpConfirmation, type RsvpConfirmation } from '../rsvps.js';
import { confirmSignup, findSignupConfirmation, type SignupConfirmation } from '../signups.js';

const page = (title: string, body: HtmlEscapedString | Promise<HtmlEscapedString> | string, lang: Lang = 'en') => html`<!doctype html>
  <html lang="${lang}">
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

/** A link nobody issued: no row, so no reader's language to speak. */
const notValid = () => page('Link not valid', html`<p>This confirmation link is not valid. Please sign up again.</p>`);

/** Each page in the language the reader signed up or RSVP'd in. */
function signupPage(found: SignupConfirmation) {
  const lang = readerLang(found.lang);
  const words = confirmPage[lang];
  if (found.state === 'expired') return page(...words.expired, lang);
  if (found.state === 'ready') return page(words.step, confirmButton(words.joinQuestion(found.group), words.confirmAddress), lang);
  if (found.status === 'waitlisted') return page(words.waitlist, html`<p>${words.filledUp(found.group)}</p>`, lang);
  const [confirmed, already, welcome] = words.welcome;
  return page(found.state === 'confirmed' ? confirmed : already, html`<p>${welcome(found.group)}</p>`, lang);
}

function rsvpPage(found: RsvpConfirmation) {
  const lang = readerLang(found.lang);
  const words = confirmPage[lang];
  if (found.state === 'expired') return page(...words.expired, lang);
  if (found.state === 'cancelled') return page(words.cancelled[0], html`<p>${words.cancelled[1](found.title, found.when)}</p>`, lang);
  if (found.state === 'past') return page(words.past[0], html`<p>${words.past[1](found.title, found.when)}</p>`, lang);
  if (found.state === 'ready') return page(words.step, confirmButton(words.placeQuestion(found.title, found.when), words.confirmPlace), lang);
  if (found.status === 'waitlisted') return page(words.waitlist, html`<p>${words.filledUp(found.title)}</p>`, lang);
  // The address is proven: now, and only now, the private link to join.
  const joinUrl = httpUrl(found.joinUrl);
  const join = joinUrl ? html`<p><a href="${joinUrl}" rel="noopener noreferrer">${words.joinOnline}</a></p>` : '';
  return page(found.state === 'confirmed' ? words.going : words.welcome[1], html`<p>${found.title}, ${found.when}.</p>${join}`, lang);
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
