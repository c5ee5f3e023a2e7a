import type { Catalog } from '../../i18n.js';

type Key =
  | 'heading'
  | 'site'
  | 'save'
  | 'saving'
  | 'saved'
  | 'loading'
  | 'retry'
  | 'owners'
  | 'owners.intro'
  | 'owners.email'
  | 'owners.add'
  | 'owners.added'
  | 'owners.remove'
  | 'owners.you'
  | 'owners.by'
  | 'tokens'
  | 'tokens.intro'
  | 'tokens.none'
  | 'tokens.name'
  | 'tokens.name.hint'
  | 'tokens.create'
  | 'tokens.created'
  | 'tokens.copy'
  | 'tokens.copied'
  | 'tokens.revoke'
  | 'tokens.revoke.confirm'
  | 'tokens.revoked'
  | 'tokens.used'
  | 'tokens.unused'
  | 'tokens.made';

export const messages: Catalog<Key> = {
  en: {
    heading: 'Settings',
    site: 'Your site',
    save: 'Save settings',
    saving: 'Saving…',
    saved: 'Settings saved.',
    loading: 'Loading…',
    retry: 'Try again',
    owners: 'Owners',
    'owners.intro': 'Everyone here can manage this site by signing in with their email address.',
    'owners.email': 'Email address of a new owner',
    'owners.add': 'Add owner',
    'owners.added': '{email} can now sign in to manage this site; we have told them by email.',
    'owners.remove': 'Remove {email}',
    'owners.you': '(you)',
    'owners.by': 'added by {by}',
    tokens: 'API tokens',
    'tokens.intro': 'For scripts and your web person: a token lets a program use this site’s admin API (Authorization: Bearer …). Revoke a token as soon as it is no longer needed.',
    'tokens.none': 'No tokens yet.',
    'tokens.name': 'What is the token for?',
    'tokens.name.hint': 'A name to recognise it by, e.g. “Newsletter sync”.',
    'tokens.create': 'Create a token',
    'tokens.created': 'Copy this token now: it is shown only once.',
    'tokens.copy': 'Copy the token',
    'tokens.copied': 'Copied.',
    'tokens.revoke': 'Revoke “{name}”',
    'tokens.revoke.confirm': 'Revoke “{name}”? Programs using it will stop working.',
    'tokens.revoked': '“{name}” is revoked.',
    'tokens.used': 'last used {when}',
    'tokens.unused': 'never used',
    'tokens.made': 'made {when} by {by}',
  },
  es: {
    heading: 'Ajustes',
    site: 'Tu sitio',
    save: 'Guardar ajustes',
    saving: 'Guardando…',
    saved: 'Ajustes guardados.',
    loading: 'Cargando…',
    retry: 'Reintentar',
    owners: 'Propietarios',
    'owners.intro': 'Todas estas personas pueden gestionar este sitio entrando con su correo.',
    'owners.email': 'Correo de un nuevo propietario',
    'owners.add': 'Añadir propietario',
    'owners.added': '{email} ya puede entrar para gestionar este sitio; se lo hemos dicho por correo.',
    'owners.remove': 'Quitar a {email}',
    'owners.you': '(tú)',
    'owners.by': 'añadido por {by}',
    tokens: 'Tokens de la API',
    'tokens.intro': 'Para scripts y para quien te ayuda con la web: un token permite a un programa usar la API de administración de este sitio (Authorization: Bearer …). Revócalo en cuanto deje de hacer falta.',
    'tokens.none': 'Aún no hay tokens.',
    'tokens.name': '¿Para qué es el token?',
    'tokens.name.hint': 'Un nombre para reconocerlo, p. ej. «Sincronizar boletín».',
    'tokens.create': 'Crear un token',
    'tokens.created': 'Copia este token ahora: solo se muestra una vez.',
    'tokens.copy': 'Copiar el token',
    'tokens.copied': 'Copiado.',
    'tokens.revoke': 'Revocar «{name}»',
    'tokens.revoke.confirm': '¿Revocar «{name}»? Los programas que lo usan dejarán de funcionar.',
    'tokens.revoked': '«{name}» está revocado.',
    'tokens.used': 'usado por última vez {when}',
    'tokens.unused': 'nunca usado',
    'tokens.made': 'creado {when} por {by}',
  },
  fr: {
    heading: 'Réglages',
    site: 'Votre site',
    save: 'Enregistrer les réglages',
    saving: 'Enregistrement…',
    saved: 'Réglages enregistrés.',
    loading: 'Chargement…',
    retry: 'Réessayer',
    owners: 'Propriétaires',
    'owners.intro': 'Chacun ici peut gérer ce site en se connectant avec son adresse e-mail.',
    'owners.email': 'Adresse e-mail d’un nouveau propriétaire',
    'owners.add': 'Ajouter',
    'owners.added': '{email} peut maintenant se connecter pour gérer ce site ; nous l’avons prévenu par e-mail.',
    'owners.remove': 'Retirer {email}',
    'owners.you': '(vous)',
    'owners.by': 'ajouté par {by}',
    tokens: 'Jetons d’API',
    'tokens.intro': 'Pour les scripts et votre webmestre : un jeton permet à un programme d’utiliser l’API d’administration de ce site (Authorization: Bearer …). Révoquez-le dès qu’il ne sert plus.',
    'tokens.none': 'Aucun jeton pour l’instant.',
    'tokens.name': 'À quoi sert ce jeton ?',
    'tokens.name.hint': 'Un nom pour le reconnaître, p. ex. « Synchro newsletter ».',
    'tokens.create': 'Créer un jeton',
    'tokens.created': 'Copiez ce jeton maintenant : il n’est affiché qu’une fois.',
    'tokens.copy': 'Copier le jeton',
    'tokens.copied': 'Copié.',
    'tokens.revoke': 'Révoquer « {name} »',
    'tokens.revoke.confirm': 'Révoquer « {name} » ? Les programmes qui l’utilisent cesseront de fonctionner.',
    'tokens.revoked': '« {name} » est révoqué.',
    'tokens.used': 'utilisé {when}',
    'tokens.unused': 'jamais utilisé',
    'tokens.made': 'créé le {when} par {by}',
  },
  de: {
    heading: 'Einstellungen',
    site: 'Ihre Website',
    save: 'Einstellungen speichern',
    saving: 'Wird gespeichert …',
    saved: 'Einstellungen gespeichert.',
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    owners: 'Inhaber',
    'owners.intro': 'Alle hier können diese Website verwalten, indem sie sich mit ihrer E-Mail-Adresse anmelden.',
    'owners.email': 'E-Mail-Adresse eines neuen Inhabers',
    'owners.add': 'Inhaber hinzufügen',
    'owners.added': '{email} kann sich jetzt anmelden und diese Website verwalten; wir haben per E-Mail Bescheid gegeben.',
    'owners.remove': '{email} entfernen',
    'owners.you': '(Sie)',
    'owners.by': 'hinzugefügt von {by}',
    tokens: 'API-Tokens',
    'tokens.intro': 'Für Skripte und Ihre Webbetreuung: Mit einem Token kann ein Programm die Admin-API dieser Website nutzen (Authorization: Bearer …). Widerrufen Sie ein Token, sobald es nicht mehr gebraucht wird.',
    'tokens.none': 'Noch keine Tokens.',
    'tokens.name': 'Wofür ist das Token?',
    'tokens.name.hint': 'Ein Name zum Wiedererkennen, z. B. „Newsletter-Abgleich“.',
    'tokens.create': 'Token erstellen',
    'tokens.created': 'Kopieren Sie dieses Token jetzt: Es wird nur einmal angezeigt.',
    'tokens.copy': 'Token kopieren',
    'tokens.copied': 'Kopiert.',
    'tokens.revoke': '„{name}“ widerrufen',
    'tokens.revoke.confirm': '„{name}“ widerrufen? Programme, die es nutzen, funktionieren dann nicht mehr.',
    'tokens.revoked': '„{name}“ ist widerrufen.',
    'tokens.used': 'zuletzt genutzt {when}',
    'tokens.unused': 'nie genutzt',
    'tokens.made': 'erstellt {when} von {by}',
  },
};
