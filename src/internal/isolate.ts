import { html, type TemplateResult } from 'lit';
import { direction, textLocale } from '../i18n/i18n.js';
import type { StringOverrides } from '../i18n/messages.js';

/**
 * Text `Intl` wrote in a widget's locale (a date, a time, a zone's name), ready to go among the
 * widget's texts. While those are in another language (English on an Arabic page, for want of a
 * catalog), it goes in a `<bdi>` of its own language and direction: the bidi algorithm would
 * otherwise reorder its right-to-left pieces among the left-to-right words around it
 * ("272026/12/26 – 2026/11/"), and a screen reader would read it in the texts' voice. Texts and
 * dates in one language need nothing, and get nothing. `widget` is the element showing it: its
 * locale and `strings` say which language its texts are in, as they do for the base element.
 */
export const isolate = (text: string, widget: { locale: string; strings?: StringOverrides | undefined }): string | TemplateResult =>
  textLocale(widget.locale, widget.strings) === widget.locale
    ? text
    : html`<bdi lang=${widget.locale} dir=${direction(widget.locale)}>${text}</bdi>`;
