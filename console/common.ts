// Words every screen uses, said once.
import { type Catalog, translator } from './i18n.js';

/** The codes the server refuses a field with (server/openapi.yaml) that the console words in the author's language. */
export const problemCodes = ['required', 'too_long', 'invalid_email', 'invalid_characters', 'html_not_allowed'] as const;

type Key =
  | 'loading' | 'retry' | 'cancel' | 'close' | 'save' | 'saving' | 'saved' | 'delete' | 'edit' | 'copy' | 'copied' | 'selected' | 'back'
  | `problem.${(typeof problemCodes)[number]}`;

const messages: Catalog<Key> = {
  en: {
    loading: 'Loading…', retry: 'Try again', cancel: 'Cancel', close: 'Close', save: 'Save', saving: 'Saving…', saved: 'Saved.', delete: 'Delete', edit: 'Edit', copy: 'Copy', copied: 'Copied.', selected: 'Selected: press Ctrl+C (⌘C) to copy.', back: 'Back',
    'problem.required': 'Please fill in this field.',
    'problem.too_long': 'This is too long. Please shorten it.',
    'problem.invalid_email': 'Please enter a valid email address, like name@example.com.',
    'problem.invalid_characters': 'This contains invisible characters (control or text-direction characters). Please retype it.',
    'problem.html_not_allowed': 'Plain text only: please remove the HTML tags.',
  },
  es: {
    loading: 'Cargando…', retry: 'Reintentar', cancel: 'Cancelar', close: 'Cerrar', save: 'Guardar', saving: 'Guardando…', saved: 'Guardado.', delete: 'Eliminar', edit: 'Editar', copy: 'Copiar', copied: 'Copiado.', selected: 'Seleccionado: pulsa Ctrl+C (⌘C) para copiar.', back: 'Volver',
    'problem.required': 'Rellena este campo.',
    'problem.too_long': 'Es demasiado largo. Acórtalo.',
    'problem.invalid_email': 'Introduce un correo electrónico válido, como nombre@ejemplo.com.',
    'problem.invalid_characters': 'Contiene caracteres invisibles (de control o de dirección del texto). Vuelve a escribirlo.',
    'problem.html_not_allowed': 'Solo texto sin formato: quita las etiquetas HTML.',
  },
  fr: {
    loading: 'Chargement…', retry: 'Réessayer', cancel: 'Annuler', close: 'Fermer', save: 'Enregistrer', saving: 'Enregistrement…', saved: 'Enregistré.', delete: 'Supprimer', edit: 'Modifier', copy: 'Copier', copied: 'Copié.', selected: 'Sélectionné : appuyez sur Ctrl+C (⌘C) pour copier.', back: 'Retour',
    'problem.required': 'Veuillez remplir ce champ.',
    'problem.too_long': 'C’est trop long. Veuillez raccourcir ce texte.',
    'problem.invalid_email': 'Veuillez saisir une adresse e-mail valide, par exemple nom@exemple.com.',
    'problem.invalid_characters': 'Ce texte contient des caractères invisibles (de contrôle ou de direction du texte). Veuillez le ressaisir.',
    'problem.html_not_allowed': 'Texte brut uniquement\u00a0: veuillez retirer les balises HTML.',
  },
  de: {
    loading: 'Wird geladen …', retry: 'Erneut versuchen', cancel: 'Abbrechen', close: 'Schließen', save: 'Speichern', saving: 'Wird gespeichert …', saved: 'Gespeichert.', delete: 'Löschen', edit: 'Bearbeiten', copy: 'Kopieren', copied: 'Kopiert.', selected: 'Ausgewählt: Strg+C (⌘C) zum Kopieren drücken.', back: 'Zurück',
    'problem.required': 'Bitte füllen Sie dieses Feld aus.',
    'problem.too_long': 'Das ist zu lang. Bitte kürzen Sie den Text.',
    'problem.invalid_email': 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
    'problem.invalid_characters': 'Der Text enthält unsichtbare Zeichen (Steuer- oder Textrichtungszeichen). Bitte geben Sie ihn neu ein.',
    'problem.html_not_allowed': 'Nur reiner Text: Bitte entfernen Sie die HTML-Tags.',
  },
};

export const common = translator(messages);

/** Copies text; when the browser does not allow it, selects the text in `fallback` for the author to copy. */
export async function copyText(text: string, fallback?: Element | null): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (fallback) {
      const range = document.createRange();
      range.selectNodeContents(fallback);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
    return 'selected';
  }
}
