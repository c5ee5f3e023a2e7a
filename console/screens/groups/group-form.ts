import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AdminGroup, ApiProblem, FormField, GroupInput } from '../../api.js';
import { common } from '../../common.js';
import type { ConsoleConfirm } from '../../confirm.js';
import '../../confirm.js';
import { ConsoleElement } from '../../element.js';
import { translator } from '../../i18n.js';
import { checkbox, field, fieldProblem, focusFirstInvalid, problemBlock, select } from '../../parts.js';
import { href } from '../../router.js';
import { api } from '../../session.js';
import { slug } from '../../site-form/site-form.js';
import { messages } from './messages.js';

const t = translator(messages);

type Kind = GroupInput['kind'];
type QuestionType = FormField['type'];

interface ChoiceDraft {
  label: string;
  /** The stored value, for choices already saved (answers keep meaning when the label changes). */
  value: string;
}

interface QuestionDraft {
  label: string;
  name: string;
  type: QuestionType;
  required: boolean;
  choices: ChoiceDraft[];
  /** Saved before: its name is fixed, so earlier answers keep their column. */
  saved: boolean;
  /** The author typed the name: it no longer follows the label. */
  nameTouched: boolean;
}

interface Draft {
  id: string;
  name: string;
  kind: Kind;
  description: string;
  seats: string;
  questions: QuestionDraft[];
  consentText: string;
  consentVersion: string;
  doubleOptIn: boolean;
}

export interface GroupSaved {
  id: string;
  name: string;
  created: boolean;
}

/** The server takes at most this many questions per group. */
const MAX_QUESTIONS = 20;
const TYPES: QuestionType[] = ['text', 'email', 'textarea', 'select', 'checkboxes'];
const hasChoices = (type: QuestionType): boolean => type === 'select' || type === 'checkboxes';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The author's date today, `YYYY-MM-DD`: the version proposed for a consent text. */
export function today(date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A version that differs from `saved`: today's date, or today's date with a count if it is already today's. */
export function nextVersion(saved: string, day = today()): string {
  if (saved !== day && !saved.startsWith(`${day}-`)) return day;
  const n = Number(/^-(\d+)$/.exec(saved.slice(day.length))?.[1] ?? 1);
  return `${day}-${n + 1}`;
}

/** A value no other choice of the question has, from its label. */
function choiceValue(label: string, taken: Set<string>, index: number): string {
  const base = slug(label) || `choice-${index + 1}`;
  let value = base;
  for (let n = 2; taken.has(value); n++) value = `${base}-${n}`;
  taken.add(value);
  return value;
}

const blank = (): Draft => ({
  id: '',
  name: '',
  kind: 'newsletter',
  description: '',
  seats: '',
  questions: [],
  consentText: '',
  consentVersion: today(),
  doubleOptIn: true,
});

const fromGroup = (g: AdminGroup): Draft => ({
  id: g.id,
  name: g.name,
  kind: g.kind,
  description: g.description,
  seats: g.seats === null ? '' : String(g.seats),
  questions: g.fields.map((f) => ({
    label: f.label,
    name: f.name,
    type: f.type,
    required: f.required,
    choices: f.options.map((o) => ({ label: o.label, value: o.value })),
    saved: true,
    nameTouched: true,
  })),
  consentText: g.consent.text,
  consentVersion: g.consent.version,
  doubleOptIn: g.doubleOptIn,
});

/**
 * A group's editor, for a new group and an existing one: name, id (new groups), kind, description,
 * seats, the questions readers answer, the consent text with its version, and double opt-in.
 * Changing an existing group's consent text proposes a new version at once (readers who signed up
 * earlier keep the text they agreed to). Problems, the console's or the server's, show on their
 * field, and focus goes to the first one.
 *
 * @fires salon-console-group-saved - `detail`: the saved group's id and name, and whether it is new.
 * @fires salon-console-group-deleted - `detail`: the deleted group's id and name.
 */
export class ConsoleGroupForm extends ConsoleElement {
  static override styles = [
    ...ConsoleElement.styles,
    css`
      form {
        max-width: 44rem;
      }
      ol.questions {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 1rem;
      }
      .question {
        display: grid;
        gap: 0.75rem;
      }
      .question > legend {
        font-size: 1.05rem;
      }
      .question .fixed {
        margin: 0;
        overflow-wrap: anywhere;
      }
      ul.choices {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      ul.choices .row > button {
        flex: none;
      }
      .id-code {
        overflow-wrap: anywhere;
      }
      section.delete {
        max-width: 44rem;
        margin-top: 2.5rem;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    group: { attribute: false },
    taken: { attribute: false },
    draft: { state: true },
    missing: { state: true },
    problem: { state: true },
    saving: { state: true },
    deleteProblem: { state: true },
    status: { state: true },
  };

  /** The group to edit; none for a new group. */
  group?: AdminGroup;
  /** Ids the site's groups already have: a new group may not take one. */
  taken: string[] = [];

  private draft: Draft = blank();
  /** Problems found before sending, by field (`name`, `fields.0.label`…). */
  private missing = new Map<string, string>();
  private problem?: ApiProblem;
  private saving = false;
  private deleteProblem?: ApiProblem;
  private status = '';
  private get confirm(): ConsoleConfirm {
    return this.renderRoot.querySelector('salon-console-confirm')!;
  }

  #idTouched = false;
  #versionTouched = false;
  /** Where each sent choice came from, per question: the server's `fields.0.options.1` is a draft's choice. */
  #sentChoices: number[][] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('group')) {
      this.draft = this.group ? fromGroup(this.group) : blank();
      this.#idTouched = false;
      this.#versionTouched = false;
      this.missing = new Map();
      this.problem = undefined;
    }
  }

  get #consentChanged(): boolean {
    return Boolean(this.group) && this.draft.consentText.trim() !== this.group!.consent.text;
  }

  #set<K extends keyof Draft>(key: K, value: Draft[K]): void {
    this.draft = { ...this.draft, [key]: value };
    this.#clear(key);
  }

  #clear(path: string): void {
    if (this.missing.has(path)) this.missing = new Map([...this.missing].filter(([k]) => k !== path));
  }

  #setConsentText(text: string): void {
    this.#set('consentText', text);
    if (!this.group || this.#versionTouched) return;
    // A new text needs a new version (the server refuses the old one); the old text keeps its own.
    const saved = this.group.consent;
    this.#set('consentVersion', text.trim() === saved.text ? saved.version : nextVersion(saved.version));
  }

  #setQuestion(i: number, change: Partial<QuestionDraft>): void {
    const questions = this.draft.questions.map((q, j) => (j === i ? { ...q, ...change } : q));
    this.draft = { ...this.draft, questions };
    for (const key of Object.keys(change)) this.#clear(`fields.${i}.${key === 'choices' ? 'options' : key}`);
  }

  /** Questions added, removed or moved: the server's numbered problems no longer point at the right one. */
  #reshape(questions: QuestionDraft[]): void {
    this.draft = { ...this.draft, questions };
    this.missing = new Map([...this.missing].filter(([k]) => !k.startsWith('fields.')));
    if (this.problem?.field?.startsWith('fields')) this.problem = undefined;
  }

  async #addQuestion(): Promise<void> {
    const { questions } = this.draft;
    this.#reshape([...questions, { label: '', name: '', type: 'text', required: false, choices: [], saved: false, nameTouched: false }]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#q-${questions.length}-label`)?.focus();
  }

  async #removeQuestion(i: number): Promise<void> {
    const removed = this.draft.questions[i]!;
    this.#reshape(this.draft.questions.filter((_, j) => j !== i));
    this.status = t('question.removed', { label: removed.label || t('question.n', { n: i + 1 }) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.draft.questions.length ? `#q-${Math.min(i, this.draft.questions.length - 1)}-label` : '#add-question')?.focus();
  }

  async #moveQuestion(i: number, by: -1 | 1): Promise<void> {
    const questions = [...this.draft.questions];
    const to = i + by;
    [questions[i], questions[to]] = [questions[to]!, questions[i]!];
    this.#reshape(questions);
    this.status = t('question.moved', { label: questions[to]!.label || t('question.n', { n: i + 1 }), n: to + 1 });
    await this.updateComplete;
    // Focus stays on the question that moved: the same button, or the other one at an end of the list.
    const same = this.renderRoot.querySelector<HTMLButtonElement>(`#q-${to}-${by < 0 ? 'up' : 'down'}`);
    (same && !same.disabled ? same : this.renderRoot.querySelector<HTMLElement>(`#q-${to}-${by < 0 ? 'down' : 'up'}`))?.focus();
  }

  #setType(i: number, type: QuestionType): void {
    const q = this.draft.questions[i]!;
    // A choice question starts with one empty choice to fill in.
    this.#setQuestion(i, { type, choices: hasChoices(type) && q.choices.length === 0 ? [{ label: '', value: '' }] : q.choices });
  }

  async #addChoice(i: number): Promise<void> {
    const { choices } = this.draft.questions[i]!;
    this.#setQuestion(i, { choices: [...choices, { label: '', value: '' }] });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#q-${i}-choice-${choices.length}`)?.focus();
  }

  async #removeChoice(i: number, c: number): Promise<void> {
    const choices = this.draft.questions[i]!.choices.filter((_, k) => k !== c);
    this.#setQuestion(i, { choices });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(choices.length ? `#q-${i}-choice-${Math.min(c, choices.length - 1)}` : `#q-${i}-add-choice`)?.focus();
  }

  /** What the console can tell before asking the server. */
  #check(): Map<string, string> {
    const d = this.draft;
    const found = new Map<string, string>();
    if (!d.name.trim()) found.set('name', t('required'));
    if (!this.group) {
      const id = d.id.trim();
      if (!id) found.set('id', t('required'));
      else if (id === 'new') found.set('id', t('id.reserved'));
      else if (this.taken.includes(id)) found.set('id', t('id.taken'));
    }
    if (d.seats.trim() && !/^[1-9]\d*$/.test(d.seats.trim())) found.set('seats', t('seats.invalid'));
    const names = new Set<string>();
    d.questions.forEach((q, i) => {
      if (!q.label.trim()) found.set(`fields.${i}.label`, t('required'));
      const name = q.name.trim();
      if (!name) found.set(`fields.${i}.name`, t('required'));
      else if (names.has(name)) found.set(`fields.${i}.name`, t('question.name.twice'));
      names.add(name);
    });
    if (!d.consentText.trim()) found.set('consentText', t('required'));
    if (!d.consentVersion.trim()) found.set('consentVersion', t('required'));
    return found;
  }

  #input(): GroupInput {
    const d = this.draft;
    this.#sentChoices = [];
    return {
      name: d.name.trim(),
      description: d.description.trim(),
      kind: d.kind,
      fields: d.questions.map((q, i) => {
        const kept = hasChoices(q.type) ? q.choices.map((c, k) => [c, k] as const).filter(([c]) => c.label.trim()) : [];
        this.#sentChoices[i] = kept.map(([, k]) => k);
        const values = new Set(kept.map(([c]) => c.value).filter(Boolean));
        return {
          name: q.name.trim(),
          label: q.label.trim(),
          type: q.type,
          required: q.required,
          options: kept.map(([c], k) => ({ value: c.value || choiceValue(c.label, values, k), label: c.label.trim() })),
        };
      }),
      seats: d.seats.trim() ? Number(d.seats.trim()) : null,
      consentText: d.consentText.trim(),
      consentVersion: d.consentVersion.trim(),
      doubleOptIn: d.doubleOptIn,
    };
  }

  async #submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.saving) return;
    this.problem = undefined;
    this.status = '';
    this.missing = this.#check();
    if (this.missing.size) {
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot);
      return;
    }
    const id = this.group?.id ?? this.draft.id.trim();
    this.saving = true;
    try {
      const input = this.#input();
      await api.saveGroup(this.site, id, input);
      const detail: GroupSaved = { id, name: input.name, created: !this.group };
      this.dispatchEvent(new CustomEvent('salon-console-group-saved', { detail, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = error as ApiProblem;
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot);
    } finally {
      this.saving = false;
    }
  }

  async #delete(): Promise<void> {
    const group = this.group!;
    this.deleteProblem = undefined;
    if (!(await this.confirm.ask(t('delete.confirm', { name: group.name }), t('delete.yes'), common('cancel')))) return;
    try {
      await api.deleteGroup(this.site, group.id);
      this.dispatchEvent(new CustomEvent('salon-console-group-deleted', { detail: { id: group.id, name: group.name }, bubbles: true, composed: true }));
    } catch (error) {
      this.deleteProblem = error as ApiProblem;
    }
  }

  /** The server's problem for a field (`fieldProblem` drops the field's name it starts with, `fields.0.options: …`). */
  #serverProblem(name: string): string | undefined {
    return fieldProblem(this.problem, name);
  }

  #problem(name: string): string | undefined {
    return this.missing.get(name) ?? this.#serverProblem(name);
  }

  /** Whether the server's problem shows on one of the form's fields (otherwise it shows below the form). */
  get #placed(): boolean {
    const path = this.problem?.field;
    if (!path) return false;
    if (['name', 'id', 'description', 'seats', 'consentText', 'consentVersion'].includes(path)) return path !== 'id' || !this.group;
    const match = /^fields\.(\d+)\.(label|name|options)(?:\.|$)/.exec(path);
    return Boolean(match && Number(match[1]) < this.draft.questions.length && (match[2] !== 'options' || hasChoices(this.draft.questions[Number(match[1])]!.type)));
  }

  /** The problem for one choice: its own, or the question's "needs choices" on its first one. */
  #choiceProblem(i: number, c: number): string | undefined {
    const path = this.problem?.field ?? '';
    const own = new RegExp(`^fields\\.${i}\\.options\\.(\\d+)(\\.|$)`).exec(path);
    if (own) return this.#sentChoices[i]?.[Number(own[1])] === c ? this.#serverProblem(path) : undefined;
    return c === 0 && path === `fields.${i}.options` ? this.#serverProblem(path) : undefined;
  }

  #question(q: QuestionDraft, i: number, count: number): TemplateResult {
    const id = `q-${i}`;
    const title = t('question.n', { n: i + 1 });
    return html`<li>
      <fieldset class="card question">
        <legend>${title}</legend>
        ${field({
          id: `${id}-label`,
          label: t('question.label'),
          hint: t('question.label.hint'),
          required: true,
          value: q.label,
          problem: this.#problem(`fields.${i}.label`),
          onInput: (label) => this.#setQuestion(i, { label, ...(q.saved || q.nameTouched ? {} : { name: slug(label) }) }),
        })}
        ${q.saved
          ? html`<p class="fixed">${t('question.name.fixed')} <code>${q.name}</code></p>`
          : field({
              id: `${id}-name`,
              label: t('question.name'),
              hint: t('question.name.hint'),
              required: true,
              value: q.name,
              problem: this.#problem(`fields.${i}.name`),
              onInput: (name) => this.#setQuestion(i, { name, nameTouched: true }),
            })}
        ${select({
          id: `${id}-type`,
          label: t('question.type'),
          value: q.type,
          options: TYPES.map((type) => [type, t(`type.${type}`)]),
          onChange: (type) => this.#setType(i, type as QuestionType),
        })}
        ${checkbox({ id: `${id}-required`, label: t('question.required'), checked: q.required, onChange: (required) => this.#setQuestion(i, { required }) })}
        ${hasChoices(q.type) ? this.#choices(q, i) : nothing}
        <div class="actions">
          <button type="button" id="${id}-up" ?disabled=${i === 0} @click=${() => this.#moveQuestion(i, -1)}>
            ${t('question.up')}<span class="visually-hidden"> (${title})</span>
          </button>
          <button type="button" id="${id}-down" ?disabled=${i === count - 1} @click=${() => this.#moveQuestion(i, 1)}>
            ${t('question.down')}<span class="visually-hidden"> (${title})</span>
          </button>
          <button type="button" class="danger" @click=${() => this.#removeQuestion(i)}>
            ${t('question.remove')}<span class="visually-hidden"> (${title})</span>
          </button>
        </div>
      </fieldset>
    </li>`;
  }

  #choices(q: QuestionDraft, i: number): TemplateResult {
    return html`<fieldset class="field">
      <legend>${t('choices')}</legend>
      <p class="hint">${t('choices.hint')}</p>
      <ul class="choices">
        ${q.choices.map(
          (choice, c) => html`<li class="row">
            ${field({
              id: `q-${i}-choice-${c}`,
              label: t('choice.n', { n: c + 1 }),
              value: choice.label,
              problem: this.#choiceProblem(i, c),
              onInput: (label) => this.#setQuestion(i, { choices: q.choices.map((x, k) => (k === c ? { ...x, label } : x)) }),
            })}
            <button type="button" aria-label=${t('choice.remove', { n: c + 1 })} @click=${() => this.#removeChoice(i, c)}>✕</button>
          </li>`,
        )}
      </ul>
      <div class="actions">
        <button type="button" id="q-${i}-add-choice" @click=${() => this.#addChoice(i)}>${t('choice.add')}</button>
      </div>
    </fieldset>`;
  }

  #consent(): TemplateResult {
    const d = this.draft;
    const renewed = this.#consentChanged && d.consentVersion.trim() !== this.group!.consent.version;
    return html`${field({
        id: 'consentText',
        label: t('consent'),
        hint: t('consent.hint'),
        required: true,
        multiline: true,
        value: d.consentText,
        problem: this.#problem('consentText'),
        onInput: (text) => this.#setConsentText(text),
      })}
      <div class="status" role="status">${renewed
        ? html`<p class="notice">${t('consent.renewed', { version: d.consentVersion.trim(), old: this.group!.consent.version })}</p>`
        : nothing}</div>
      ${field({
        id: 'consentVersion',
        label: t('version'),
        hint: t('version.hint'),
        required: true,
        value: d.consentVersion,
        problem: this.#problem('consentVersion'),
        onInput: (version) => {
          this.#versionTouched = true;
          this.#set('consentVersion', version);
        },
      })}`;
  }

  #deleteSection(group: AdminGroup): TemplateResult {
    const signups = group.signups.pending_confirmation + group.signups.confirmed + group.signups.waitlisted;
    return html`<section class="delete" aria-labelledby="delete-heading">
      <h2 id="delete-heading">${t('delete')}</h2>
      <p>${signups ? t('delete.hasSignups', { count: signups }) : t('delete.intro')}</p>
      ${problemBlock(this.deleteProblem)}
      <button type="button" class="danger" @click=${this.#delete}>${t('delete.do', { name: group.name })}</button>
    </section>`;
  }

  protected override render(): TemplateResult {
    const d = this.draft;
    const group = this.group;
    const id = group?.id ?? d.id.trim();
    const list = href(this.site, 'groups');
    return html`<form novalidate @submit=${this.#submit}>
        ${field({
          id: 'name',
          label: t('name'),
          hint: t('name.hint'),
          required: true,
          value: d.name,
          problem: this.#problem('name'),
          onInput: (name) => {
            this.#set('name', name);
            if (!group && !this.#idTouched) this.#set('id', slug(name));
          },
        })}
        ${group
          ? html`<p class="id-code">${t('id.fixed')} <code>${group.id}</code></p>`
          : field({
              id: 'id',
              label: t('id'),
              hint: t('id.hint'),
              required: true,
              value: d.id,
              problem: this.#problem('id'),
              onInput: (value) => {
                this.#idTouched = true;
                this.#set('id', value);
              },
            })}
        ${id ? html`<p class="hint id-code">${t('id.code')} <code>&lt;salon-group-signup group="${id}"&gt;</code></p>` : nothing}
        ${select({
          id: 'kind',
          label: t('kind'),
          hint: t('kind.hint'),
          value: d.kind,
          options: (['newsletter', 'readers', 'mastermind'] as const).map((kind) => [kind, t(`kind.${kind}`)]),
          onChange: (kind) => this.#set('kind', kind as Kind),
        })}
        ${field({
          id: 'description',
          label: t('description'),
          hint: t('description.hint'),
          multiline: true,
          value: d.description,
          problem: this.#problem('description'),
          onInput: (description) => this.#set('description', description),
        })}
        ${field({
          id: 'seats',
          label: t('seats'),
          hint: t('seats.hint'),
          type: 'number',
          inputmode: 'numeric',
          value: d.seats,
          problem: this.#problem('seats'),
          onInput: (seats) => this.#set('seats', seats),
        })}
        <fieldset class="field">
          <legend>${t('questions')}</legend>
          <p class="hint">${t('questions.hint')}</p>
          ${d.questions.length
            ? html`<ol class="questions">
                ${d.questions.map((q, i) => this.#question(q, i, d.questions.length))}
              </ol>`
            : nothing}
          <div class="actions">
            <button type="button" id="add-question" ?disabled=${d.questions.length >= MAX_QUESTIONS} @click=${this.#addQuestion}>
              ${t('question.add')}
            </button>
            ${d.questions.length >= MAX_QUESTIONS ? html`<span class="hint">${t('questions.max', { count: MAX_QUESTIONS })}</span>` : nothing}
          </div>
        </fieldset>
        ${this.#consent()}
        ${checkbox({ id: 'doubleOptIn', label: t('doubleOptIn'), hint: t('doubleOptIn.hint'), checked: d.doubleOptIn, onChange: (on) => this.#set('doubleOptIn', on) })}
        ${this.problem && !this.#placed ? problemBlock(this.problem) : nothing}
        ${this.missing.size || (this.problem && this.#placed) ? html`<p class="problem">${t('fix')}</p>` : nothing}
        <p class="success status" role="status">${this.status}</p>
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.saving} aria-busy=${this.saving ? 'true' : 'false'}>
            ${this.saving ? common('saving') : group ? t('form.save') : t('form.create')}
          </button>
          <a class="button" href=${list}>${common('cancel')}</a>
        </div>
      </form>
      ${group ? this.#deleteSection(group) : nothing}
      <salon-console-confirm></salon-console-confirm>`;
  }
}

customElements.define('salon-console-group-form', ConsoleGroupForm);

declare global {
  interface HTMLElementTagNameMap {
    'salon-console-group-form': ConsoleGroupForm;
  }
  interface GlobalEventHandlersEventMap {
    'salon-console-group-saved': CustomEvent<GroupSaved>;
    'salon-console-group-deleted': CustomEvent<{ id: string; name: string }>;
  }
}
