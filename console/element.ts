import { LitElement, type PropertyDeclarations } from 'lit';
import { StoreController } from '../src/internal/store-controller.js';
import { $lang, type Lang } from './i18n.js';
import { consoleStyles } from './styles.js';

/**
 * The base of every console screen: the shared look, a re-render when the author changes the
 * language, and the site it works on. Screens load their data with `@lit/task` (handing its
 * AbortSignal to the API client) and render loading, error and result states.
 */
export class ConsoleElement extends LitElement {
  static override styles = [consoleStyles];

  static override properties: PropertyDeclarations = {
    site: {},
  };

  /** The site this screen manages. */
  site = '';

  constructor() {
    super();
    new StoreController(this, $lang);
  }

  protected get language(): Lang {
    return $lang.get();
  }
}
