import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AdminGroup, ApiProblem } from '../../api.js';
import { common } from '../../common.js';
import { ConsoleElement } from '../../element.js';
import { translator } from '../../i18n.js';
import { problemBlock } from '../../parts.js';
import { go, href } from '../../router.js';
import { api } from '../../session.js';
import type { GroupSaved } from './group-form.js';
import './group-form.js';
import { STATUSES } from './group-signups.js';
import { messages } from './messages.js';

const t = translator(messages);

type Page = { name: 'list' } | { name: 'new' } | { name: 'edit'; id: string } | { name: 'signups'; id: string };

/** `''` the list, `new`, `<id>/edit`, `<id>` the group's signups. */
function parsePage(path: string): Page {
  const [id, action] = path.split('/').filter(Boolean);
  if (!id) return { name: 'list' };
  if (id === 'new') return { name: 'new' };
  return action === 'edit' ? { name: 'edit', id } : { name: 'signups', id };
}

/**
 * The site's groups — what readers join through `<salon-group-signup group="…">`: a newsletter, a
 * readers' group or a mastermind. The list with seats and signups by status; the editor
 * (`groups/new`, `groups/<id>/edit`); and each group's signups with proof of consent
 * (`groups/<id>`).
 */
export class ConsoleGroups extends ConsoleElement {
  static override styles = [
    ...ConsoleElement.styles,
    css`
      .intro {
        max-width: 48rem;
      }
      .empty {
        max-width: 40rem;
      }
      .empty h2 {
        margin-top: 0;
      }
      table.rows {
        margin-top: 1rem;
      }
      td .badge {
        justify-self: start;
      }
      ul.counts {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      td .actions {
        gap: 0.25rem 1rem;
      }
      .group-name {
        overflow-wrap: anywhere;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    path: {},
    flash: { state: true },
  };

  /** The rest of the address after the screen's name (`#/<site>/groups/<path>`). */
  path = '';

  /** A save or removal to report, on the page it leads to. */
  private flash?: { path: string; text: string };

  /** Loaded again on every move between the screen's pages, so counts and groups are fresh. */
  readonly #groups = new Task(this, {
    task: async ([site], { signal }) => ({ site, groups: (await api.groups(site, signal)).groups }),
    args: () => [this.site, this.path] as const,
  });

  get #page(): Page {
    return parsePage(this.path);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('path') || changed.has('site')) && this.flash?.path !== this.path) this.flash = undefined;
  }

  #saved(e: CustomEvent<GroupSaved>): void {
    const { name, created } = e.detail;
    this.flash = { path: '', text: created ? t('created', { name }) : t('saved', { name }) };
    go(href(this.site, 'groups'));
  }

  #deleted(e: CustomEvent<{ name: string }>): void {
    this.flash = { path: '', text: t('deleted', { name: e.detail.name }) };
    go(href(this.site, 'groups'));
  }

  #heading(page: Page, group?: AdminGroup): string {
    switch (page.name) {
      case 'new':
        return t('new.heading');
      case 'edit':
        return group ? t('edit.heading', { name: group.name }) : t('edit.heading.plain');
      case 'signups':
        return group ? t('signups.heading', { name: group.name }) : t('signups.heading.plain');
      default:
        return t('heading');
    }
  }

  #seats(g: AdminGroup): string {
    if (g.seats === null) return t('seats.unlimited');
    const left = Math.max(0, g.seats - g.signups.pending_confirmation - g.signups.confirmed);
    return t('seats.left', { count: g.seats, left });
  }

  #empty(): TemplateResult {
    return html`<div class="empty card">
      <h2>${t('empty')}</h2>
      <p>${t('empty.what')}</p>
      <p>${t('empty.start')}</p>
      <div class="actions">
        <a class="button primary" href=${href(this.site, 'groups', 'new')}>${t('empty.create')}</a>
      </div>
    </div>`;
  }

  #list(groups: AdminGroup[]): TemplateResult {
    if (groups.length === 0) return this.#empty();
    return html`<p class="intro">${t('list.intro')}</p>
      <div class="actions">
        <a class="button primary" href=${href(this.site, 'groups', 'new')}>${t('create')}</a>
      </div>
      <table class="rows">
        <caption class="visually-hidden">${t('heading')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('col.group')}</th>
            <th scope="col">${t('col.kind')}</th>
            <th scope="col">${t('col.seats')}</th>
            <th scope="col">${t('col.signups')}</th>
            <th scope="col"><span class="visually-hidden">${t('col.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${groups.map(
            (g) => html`<tr>
              <td data-label=${t('col.group')}>
                <div><strong class="group-name">${g.name}</strong><br /><code class="muted">${g.id}</code></div>
              </td>
              <td data-label=${t('col.kind')}><span class="badge">${t(`kind.${g.kind}`)}</span></td>
              <td data-label=${t('col.seats')}>${this.#seats(g)}</td>
              <td data-label=${t('col.signups')}>
                <ul class="counts">
                  ${STATUSES.map((s) => html`<li>${t(`count.${s}`, { count: g.signups[s] })}</li>`)}
                </ul>
              </td>
              <td data-label=${t('col.actions')}>
                <div class="actions">
                  <a href=${href(this.site, 'groups', g.id)}>${t('list.signups')}<span class="visually-hidden"> (${g.name})</span></a>
                  <a href=${href(this.site, 'groups', g.id, 'edit')}>${common('edit')}<span class="visually-hidden"> (${g.name})</span></a>
                </div>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  #body(page: Page, groups: AdminGroup[]): TemplateResult {
    if (page.name === 'list') return this.#list(groups);
    if (page.name === 'new') {
      return html`<p class="intro">${t('new.intro')}</p>
        <salon-console-group-form .site=${this.site} .taken=${groups.map((g) => g.id)} @salon-console-group-saved=${this.#saved}></salon-console-group-form>`;
    }
    const group = groups.find((g) => g.id === page.id);
    if (!group) {
      return html`<div role="alert"><p>${t('notFound', { id: page.id })}</p></div>
        <p><a href=${href(this.site, 'groups')}>${t('back')}</a></p>`;
    }
    if (page.name === 'edit') {
      return html`<salon-console-group-form
        .site=${this.site}
        .group=${group}
        @salon-console-group-saved=${this.#saved}
        @salon-console-group-deleted=${this.#deleted}
      ></salon-console-group-form>`;
    }
    return html`<salon-console-group-signups
      .site=${this.site}
      .group=${group}
      @salon-console-signups-changed=${() => void this.#groups.run()}
    ></salon-console-group-signups>`;
  }

  protected override render(): TemplateResult {
    const page = this.#page;
    const task = this.#groups;
    const loaded = task.value?.site === this.site ? task.value.groups : undefined;
    // The editor waits for fresh data (it starts from it); the list and signups show the last while reloading.
    const ready = task.status === TaskStatus.COMPLETE || (task.status === TaskStatus.PENDING && page.name !== 'edit');
    const group = page.name === 'edit' || page.name === 'signups' ? loaded?.find((g) => g.id === page.id) : undefined;
    return html`<h1>${this.#heading(page, group)}</h1>
      ${page.name === 'list' ? nothing : html`<p><a href=${href(this.site, 'groups')}>${t('back')}</a></p>`}
      <p class="success status" role="status">${this.flash?.path === this.path ? this.flash.text : ''}</p>
      ${task.status === TaskStatus.ERROR
        ? problemBlock(task.error as ApiProblem, () => void task.run(), common('retry'))
        : ready && loaded
          ? this.#body(page, loaded)
          : html`<p role="status">${common('loading')}</p>`}`;
  }
}

customElements.define('salon-console-groups', ConsoleGroups);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-groups': ConsoleGroups;
  }
}
