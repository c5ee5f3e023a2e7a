import { css, html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ConsoleElement } from '../../element.js';
import './event-editor.js';
import './event-list.js';
import './event-page.js';
import type { SalonConsoleNoticeEvent } from './notice.js';

/**
 * The site's events: the list with the calendar-feed import (`#/<site>/events`), the editor
 * (`…/events/new`, `…/events/<id>/edit`) and an event's dates and RSVPs (`…/events/<id>`).
 *
 * Each page is an element of its own that renders into this screen's shadow root rather than a
 * shadow root of its own: the shell looks for the screen's `h1` there (for the page title and
 * focus on arrival), and the shared styles and `focusFirstInvalid()` reach every control.
 */
export class ConsoleEvents extends ConsoleElement {
  static override styles = [
    ...ConsoleElement.styles,
    css`
      salon-console-event-list,
      salon-console-event-editor,
      salon-console-event-page {
        display: block;
      }
      form fieldset.field {
        gap: 0.75rem;
      }
      fieldset.group {
        padding: 0.75rem 1rem 1rem;
        border: 1px solid var(--line);
        border-radius: var(--radius);
      }
      .radios {
        gap: 0;
      }
      .weekdays {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.25rem;
      }
      .summary {
        margin: 0;
        font-weight: 600;
      }
      details summary {
        min-height: 44px;
        display: flex;
        align-items: center;
        cursor: pointer;
        color: var(--accent);
      }
      details[open] summary {
        margin-bottom: 0.5rem;
      }
      .feeds {
        list-style: none;
        margin: 0 0 1rem;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      .feeds li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: center;
      }
      .feed {
        overflow-wrap: anywhere;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 0.9rem;
      }
      table.rows td {
        overflow-wrap: anywhere;
      }
      tr.cancelled td:first-child {
        color: var(--muted);
      }
      .empty {
        max-width: 40rem;
        margin-bottom: 1rem;
      }
      .past {
        margin-top: 1rem;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    path: {},
    notice: { state: true },
  };

  /** The rest of the address after the screen's name (`#/<site>/events/<path>`). */
  path = '';

  /** What to announce on the page an action led to, while the author is on it. */
  private notice?: { path: string; text: string };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('path') && this.notice && this.notice.path !== this.path) this.notice = undefined;
  }

  #noted = (e: SalonConsoleNoticeEvent): void => {
    this.notice = { path: e.path, text: e.text };
  };

  protected override render(): TemplateResult {
    const [id = '', sub = ''] = this.path.split('/');
    const notice = this.notice?.path === this.path ? this.notice.text : '';
    if (id === 'new' || sub === 'edit') {
      return html`<salon-console-event-editor .site=${this.site} .eventId=${id === 'new' ? '' : id} @salon-console-notice=${this.#noted}></salon-console-event-editor>`;
    }
    if (id) {
      return html`<salon-console-event-page .site=${this.site} .eventId=${id} .notice=${notice} @salon-console-notice=${this.#noted}></salon-console-event-page>`;
    }
    return html`<salon-console-event-list .site=${this.site} .notice=${notice}></salon-console-event-list>`;
  }
}

customElements.define('salon-console-events', ConsoleEvents);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-events': ConsoleEvents;
  }
}
