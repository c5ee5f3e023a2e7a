// Words every screen uses, said once.
import { type Catalog, translator } from './i18n.js';

type Key = 'loading' | 'retry' | 'cancel' | 'close' | 'save' | 'saving' | 'saved' | 'delete' | 'edit' | 'copy' | 'copied' | 'selected' | 'back';

const messages: Catalog<Key> = {
  en: { loading: 'Loading…', retry: 'Try again', cancel: 'Cancel', close: 'Close', save: 'Save', saving: 'Saving…', saved: 'Saved.', delete: 'Delete', edit: 'Edit', copy: 'Copy', copied: 'Copied.', selected: 'Selected: press Ctrl+C (⌘C) to copy.', back: 'Back' },
  es: { loading: 'Cargando…', retry: 'Reintentar', cancel: 'Cancelar', close: 'Cerrar', save: 'Guardar', saving: 'Guardando…', saved: 'Guardado.', delete: 'Eliminar', edit: 'Editar', copy: 'Copiar', copied: 'Copiado.', selected: 'Seleccionado: pulsa Ctrl+C (⌘C) para copiar.', back: 'Volver' },
  fr: { loading: 'Chargement…', retry: 'Réessayer', cancel: 'Annuler', close: 'Fermer', save: 'Enregistrer', saving: 'Enregistrement…', saved: 'Enregistré.', delete: 'Supprimer', edit: 'Modifier', copy: 'Copier', copied: 'Copié.', selected: 'Sélectionné : appuyez sur Ctrl+C (⌘C) pour copier.', back: 'Retour' },
  de: { loading: 'Wird geladen …', retry: 'Erneut versuchen', cancel: 'Abbrechen', close: 'Schließen', save: 'Speichern', saving: 'Wird gespeichert …', saved: 'Gespeichert.', delete: 'Löschen', edit: 'Bearbeiten', copy: 'Kopieren', copied: 'Kopiert.', selected: 'Ausgewählt: Strg+C (⌘C) zum Kopieren drücken.', back: 'Zurück' },
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
