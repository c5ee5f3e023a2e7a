import { Task } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import type { ApiProblem } from '../../api.js';
import '../../builder/builder.js';
import { common } from '../../common.js';
import { ConsoleElement } from '../../element.js';
import { translator } from '../../i18n.js';
import { problemBlock } from '../../parts.js';
import { href } from '../../router.js';
import { api } from '../../session.js';
import { messages } from './messages.js';
// The preview shows the real widgets, as the author's readers will see them.
import '../../../components/event-calendar/event-calendar.js';
import '../../../components/group-signup/group-signup.js';
import '../../../components/swap-card/swap-card.js';

const t = translator(messages);

/** The embed-code builder with the author's own site, groups, event tags and language. */
export class ConsoleEmbed extends ConsoleElement {
  readonly #data = new Task(this, {
    task: async ([site], { signal }) => {
      const [settings, groups, events] = await Promise.all([api.settings(site, signal), api.groups(site, signal), api.events(site, signal)]);
      return {
        settings,
        groups: groups.groups.map((g) => ({ id: g.id, name: g.name, required: g.fields.filter((f) => f.required).length })),
        tags: [...new Set(events.events.flatMap((e) => e.tags))].sort(),
      };
    },
    args: () => [this.site] as const,
  });

  protected override render(): TemplateResult {
    return html`<h1>${t('heading')}</h1>
      <p>${t('intro')}</p>
      ${this.#data.render({
        pending: () => html`<p role="status">${common('loading')}</p>`,
        error: (error) => problemBlock(error as ApiProblem, () => void this.#data.run(), common('retry')),
        complete: ({ settings, groups, tags }) => html`${settings.origins.length
            ? html`<p class="muted">${t('origins', { origins: settings.origins.join(', ') })}</p>`
            : html`<div class="notice">
                <p>${t('noOrigin')}</p>
                <a href=${href(this.site, 'settings')}>${t('noOrigin.do')}</a>
              </div>`}
          <salon-embed-builder .site=${this.site} .groups=${groups} .tags=${tags} page-lang=${settings.lang}></salon-embed-builder>`,
      })}`;
  }
}

customElements.define('salon-console-embed', ConsoleEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-embed': ConsoleEmbed;
  }
}
