import type { Catalog } from '../i18n.js';

type Key =
  | 'title'
  | 'skip'
  | 'loading'
  | 'nav'
  | 'nav.home'
  | 'nav.groups'
  | 'nav.events'
  | 'nav.swaps'
  | 'nav.embed'
  | 'nav.settings'
  | 'site'
  | 'site.new'
  | 'language'
  | 'signedInAs'
  | 'signOut'
  | 'expired'
  | 'noSite'
  | 'noSite.closed'
  | 'unknownSite';

export const messages: Catalog<Key> = {
  en: {
    title: 'Salon console',
    skip: 'Skip to content',
    loading: 'Loading…',
    nav: 'Sections',
    'nav.home': 'Getting started',
    'nav.groups': 'Groups',
    'nav.events': 'Events',
    'nav.swaps': 'Books and swaps',
    'nav.embed': 'Embed code',
    'nav.settings': 'Settings',
    site: 'Site',
    'site.new': 'New site…',
    language: 'Language',
    signedInAs: 'Signed in as {email}',
    signOut: 'Sign out',
    expired: 'Your session has ended. Please sign in again.',
    noSite: 'You have no site on this server yet.',
    'noSite.closed': 'On this server, sites are created by its operator. Ask them to add {email} to your site.',
    unknownSite: 'You are not an owner of “{site}”, or it does not exist.',
  },
  es: {
    title: 'Consola de Salon',
    skip: 'Ir al contenido',
    loading: 'Cargando…',
    nav: 'Secciones',
    'nav.home': 'Primeros pasos',
    'nav.groups': 'Grupos',
    'nav.events': 'Eventos',
    'nav.swaps': 'Libros e intercambios',
    'nav.embed': 'Código para insertar',
    'nav.settings': 'Ajustes',
    site: 'Sitio',
    'site.new': 'Nuevo sitio…',
    language: 'Idioma',
    signedInAs: 'Sesión iniciada como {email}',
    signOut: 'Cerrar sesión',
    expired: 'Tu sesión ha terminado. Vuelve a entrar.',
    noSite: 'Todavía no tienes ningún sitio en este servidor.',
    'noSite.closed': 'En este servidor, los sitios los crea quien lo administra. Pídele que añada {email} a tu sitio.',
    unknownSite: 'No eres propietario de «{site}», o no existe.',
  },
  fr: {
    title: 'Console Salon',
    skip: 'Aller au contenu',
    loading: 'Chargement…',
    nav: 'Rubriques',
    'nav.home': 'Pour commencer',
    'nav.groups': 'Groupes',
    'nav.events': 'Événements',
    'nav.swaps': 'Livres et échanges',
    'nav.embed': 'Code à intégrer',
    'nav.settings': 'Réglages',
    site: 'Site',
    'site.new': 'Nouveau site…',
    language: 'Langue',
    signedInAs: 'Connecté en tant que {email}',
    signOut: 'Se déconnecter',
    expired: 'Votre session a pris fin. Veuillez vous reconnecter.',
    noSite: 'Vous n’avez pas encore de site sur ce serveur.',
    'noSite.closed': 'Sur ce serveur, les sites sont créés par son administrateur. Demandez-lui d’ajouter {email} à votre site.',
    unknownSite: 'Vous n’êtes pas propriétaire de « {site} », ou il n’existe pas.',
  },
  de: {
    title: 'Salon-Konsole',
    skip: 'Zum Inhalt springen',
    loading: 'Wird geladen …',
    nav: 'Bereiche',
    'nav.home': 'Erste Schritte',
    'nav.groups': 'Gruppen',
    'nav.events': 'Termine',
    'nav.swaps': 'Bücher und Tausch',
    'nav.embed': 'Einbettungscode',
    'nav.settings': 'Einstellungen',
    site: 'Website',
    'site.new': 'Neue Website …',
    language: 'Sprache',
    signedInAs: 'Angemeldet als {email}',
    signOut: 'Abmelden',
    expired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    noSite: 'Sie haben auf diesem Server noch keine Website.',
    'noSite.closed': 'Auf diesem Server legt der Betreiber die Websites an. Bitten Sie ihn, {email} zu Ihrer Website hinzuzufügen.',
    unknownSite: 'Sie sind nicht Inhaber von „{site}“, oder es gibt sie nicht.',
  },
};
