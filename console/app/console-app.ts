import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { StoreController } from '../../src/internal/store-controller.js';
import { ConsoleElement } from '../element.js';
import { $lang, LANGUAGES, type Lang, setLang, translator } from '../i18n.js';
import { $route, go, href, type Route, type Screen, SCREENS } from '../router.js';
import { $session, refreshSession, signOut } from '../session.js';
import { messages } from './messages.js';
import '../screens/sign-in/sign-in.js';
import '../screens/new-site/new-site.js';
import '../screens/home/home.js';
import '../screens/groups/groups.js';
import '../screens/events/events.js';
import '../screens/swaps/swaps.js';
import '../screens/embed/embed.js';
import '../screens/settings/settings.js';

const t = translator(messages);

/**
 * The author's console: signs the author in, then shows one of their sites' screens, chosen by
 * the URL's hash. On every move to another screen, focus goes to its heading and the page title
 * names it, so screen reader users hear where they are.
 */
export class SalonConsole extends ConsoleElement {
  static override styles = [
    ...ConsoleElement.styles,
    css`
      :host {
        min-height: 100vh;
        background: var(--canvas);
      }
      .skip {
        position: absolute;
        inset-inline-start: 0.5rem;
        top: -4rem;
        padding: 0.5rem 1rem;
        background: var(--surface);
        z-index: 2;
      }
      .skip:focus {
        top: 0.5rem;
      }
      .skip:not(:focus) {
        clip-path: inset(50%);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem 1.5rem;
        padding: 0.75rem 1.25rem;
        border-bottom: 1px solid var(--line);
        background: var(--surface);
      }
      header .brand {
        margin: 0;
        font-size: 1.15rem;
        font-weight: 700;
      }
      header .tools {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem;
        margin-inline-start: auto;
      }
      header label {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        font-weight: normal;
      }
      header select {
        width: auto;
      }
      .who {
        font-size: 0.9rem;
        color: var(--muted);
        overflow-wrap: anywhere;
      }
      .layout {
        display: grid;
        grid-template-columns: 14rem minmax(0, 1fr);
        max-width: 80rem;
        margin: 0 auto;
      }
      nav ul {
        list-style: none;
        margin: 0;
        padding: 1rem 0.75rem;
        display: grid;
        gap: 0.25rem;
      }
      nav a {
        display: flex;
        align-items: center;
        min-height: 44px;
        padding: 0.4rem 0.75rem;
        border-radius: var(--radius);
        color: inherit;
        text-decoration: none;
      }
      nav a[aria-current='page'] {
        background: var(--surface);
        font-weight: 700;
        box-shadow: inset 4px 0 0 var(--accent);
      }
      nav a:hover {
        text-decoration: underline;
      }
      main {
        padding: 1.5rem 1.25rem 4rem;
        min-width: 0;
      }
      .centered {
        max-width: 34rem;
        margin: 3rem auto;
        padding: 0 1.25rem;
      }
      @container (max-width: 48rem) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
        nav ul {
          display: flex;
          overflow-x: auto;
          padding: 0.5rem;
          border-bottom: 1px solid var(--line);
        }
        nav a {
          white-space: nowrap;
        }
        nav a[aria-current='page'] {
          box-shadow: inset 0 -4px 0 var(--accent);
        }
      }
    `,
  ];

  readonly #session = new StoreController(this, $session);
  readonly #route = new StoreController(this, $route);

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = $lang.get();
    if ($session.get().state === 'loading') void refreshSession();
  }

  #lastScreen = '';

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const session = this.#session.value;
    const route = this.#route.value;
    const key = session.state === 'signed-in' ? (route.name === 'site' ? `${route.site}/${route.screen}/${route.rest.join('/')}` : route.name) : session.state;
    if (key === this.#lastScreen) return;
    const first = this.#lastScreen === '';
    this.#lastScreen = key;
    // The page title names where the author is; focus follows a move (not the first load).
    void this.updateComplete.then(async () => {
      const screen = this.renderRoot.querySelector('main > *') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
      await screen?.updateComplete;
      const heading = (screen?.shadowRoot ?? this.renderRoot).querySelector<HTMLElement>('h1');
      document.title = `${heading?.textContent?.trim() ?? ''} · ${t('title')}`;
      if (!first && heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    });
  }

  #header(email?: string, sites: Array<{ id: string; name: string }> = [], current?: string, mayCreate = false): TemplateResult {
    // The select shows the language's own name, so its label is for screen readers only.
    const language = html`<label>
      <span class="visually-hidden">${t('language')}</span>
      <select @change=${(e: Event) => setLang((e.target as HTMLSelectElement).value as Lang)}>
        ${Object.entries(LANGUAGES).map(([code, name]) => html`<option value=${code} lang=${code} ?selected=${code === this.language}>${name}</option>`)}
      </select>
    </label>`;
    return html`<header>
      <p class="brand">${t('title')}</p>
      ${email && (sites.length > 1 || mayCreate) && current
        ? html`<label>
            ${t('site')}
            <select @change=${(e: Event) => go((e.target as HTMLSelectElement).value)}>
              ${sites.map((s) => html`<option value=${href(s.id)} ?selected=${s.id === current}>${s.name}</option>`)}
              ${mayCreate ? html`<option value="#/new">${t('site.new')}</option>` : nothing}
            </select>
          </label>`
        : nothing}
      <div class="tools">
        ${language}
        ${email
          ? html`<span class="who">${t('signedInAs', { email })}</span>
              <button type="button" @click=${() => void signOut().then(() => go('#/'))}>${t('signOut')}</button>`
          : nothing}
      </div>
    </header>`;
  }

  #screen(route: Extract<Route, { name: 'site' }>): TemplateResult {
    const { site, screen, rest } = route;
    const path = rest.join('/');
    switch (screen) {
      case 'groups':
        return html`<salon-console-groups .site=${site} .path=${path}></salon-console-groups>`;
      case 'events':
        return html`<salon-console-events .site=${site} .path=${path}></salon-console-events>`;
      case 'swaps':
        return html`<salon-console-swaps .site=${site} .path=${path}></salon-console-swaps>`;
      case 'embed':
        return html`<salon-console-embed .site=${site}></salon-console-embed>`;
      case 'settings':
        return html`<salon-console-settings .site=${site}></salon-console-settings>`;
      default:
        return html`<salon-console-home .site=${site}></salon-console-home>`;
    }
  }

  #nav(site: string, current: Screen): TemplateResult {
    return html`<nav aria-label=${t('nav')}>
      <ul>
        ${SCREENS.map(
          (screen) => html`<li><a href=${href(site, screen)} aria-current=${screen === current ? 'page' : nothing}>${t(`nav.${screen}`)}</a></li>`,
        )}
      </ul>
    </nav>`;
  }

  protected override render(): TemplateResult {
    const session = this.#session.value;
    const route = this.#route.value;
    // A button, not a link to #main: the hash is the console's address.
    const skip = html`<button type="button" class="skip" @click=${() => this.renderRoot.querySelector<HTMLElement>('main')?.focus()}>${t('skip')}</button>`;

    if (session.state === 'loading') {
      return html`${this.#header()}<main id="main" class="centered"><p role="status">${t('loading')}</p></main>`;
    }
    if (session.state === 'signed-out') {
      return html`${skip}${this.#header()}
        <main id="main" tabindex="-1" class="centered">
          ${session.expired ? html`<p class="notice">${t('expired')}</p>` : nothing}
          <salon-console-sign-in @salon-console-signed-in=${() => void refreshSession()}></salon-console-sign-in>
        </main>`;
    }
    const { me } = session;
    if (route.name !== 'site') {
      return html`${skip}${this.#header(me.email, me.sites, undefined, me.mayCreateSites)}
        <main id="main" tabindex="-1" class="centered">
          ${me.mayCreateSites
            ? html`<salon-console-new-site
                .first=${me.sites.length === 0}
                @salon-console-site-created=${(e: CustomEvent<{ id: string }>) => void refreshSession().then(() => go(href(e.detail.id)))}
              ></salon-console-new-site>`
            : html`<h1>${t('noSite')}</h1>
                <p>${t('noSite.closed', { email: me.email })}</p>`}
        </main>`;
    }
    if (!me.sites.some((s) => s.id === route.site)) {
      return html`${skip}${this.#header(me.email, me.sites, undefined, me.mayCreateSites)}
        <main id="main" tabindex="-1" class="centered"><h1>${t('unknownSite', { site: route.site })}</h1></main>`;
    }
    return html`${skip}${this.#header(me.email, me.sites, route.site, me.mayCreateSites)}
      <div class="layout">
        ${this.#nav(route.site, route.screen)}
        <main id="main" tabindex="-1">${this.#screen(route)}</main>
      </div>`;
  }
}

customElements.define('salon-console', SalonConsole);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console': SalonConsole;
  }
}
