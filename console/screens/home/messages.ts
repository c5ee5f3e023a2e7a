import type { Catalog } from '../../i18n.js';

type Key =
  | 'heading'
  | 'intro'
  | 'progress'
  | 'done'
  | 'todo'
  | 'optional'
  | 'step.site'
  | 'step.origin'
  | 'step.origin.do'
  | 'step.group'
  | 'step.group.do'
  | 'step.event'
  | 'step.event.do'
  | 'step.embed'
  | 'step.embed.do'
  | 'step.embed.seen'
  | 'step.signup'
  | 'step.signup.wait'
  | 'step.swap'
  | 'step.swap.do'
  | 'refused'
  | 'refused.add'
  | 'refused.added'
  | 'awaiting'
  | 'awaiting.do'
  | 'signups'
  | 'signups.confirmed'
  | 'signups.pending'
  | 'signups.waitlisted';

export const messages: Catalog<Key> = {
  en: {
    heading: 'Getting started',
    intro: 'What is left before your first reader signs up on your own website.',
    progress: '{done} of {total} steps done',
    done: 'Done',
    todo: 'To do',
    optional: 'Optional',
    'step.site': 'Create your site',
    'step.origin': 'Register your website’s address',
    'step.origin.do': 'Add it in Settings',
    'step.group': 'Create a group readers can join (a newsletter, a readers’ group or a mastermind)',
    'step.group.do': 'Create a group',
    'step.event': 'Add an event or import your calendar',
    'step.event.do': 'Add events',
    'step.embed': 'Paste the embed code into your website',
    'step.embed.do': 'Get the embed code',
    'step.embed.seen': 'Your widgets are live on {origins}.',
    'step.signup': 'Your first signup',
    'step.signup.wait': 'It will show here as soon as a reader signs up.',
    'step.swap': 'Add a book and swap recommendations with another author',
    'step.swap.do': 'Find a swap partner',
    refused: 'Pages at {origin} tried to show your widgets, but that address is not registered for this site, so the widgets said “not set up”.',
    'refused.add': 'Add {origin}',
    'refused.added': '{origin} is registered. Reload that page.',
    awaiting: { one: 'An author proposed a list swap to you.', other: '{count} authors proposed list swaps to you.' },
    'awaiting.do': 'Answer in Books and swaps',
    signups: 'Signups',
    'signups.confirmed': 'confirmed',
    'signups.pending': 'waiting for confirmation',
    'signups.waitlisted': 'on a waitlist',
  },
  es: {
    heading: 'Primeros pasos',
    intro: 'Lo que falta para que el primer lector se apunte en tu propia web.',
    progress: '{done} de {total} pasos hechos',
    done: 'Hecho',
    todo: 'Pendiente',
    optional: 'Opcional',
    'step.site': 'Crea tu sitio',
    'step.origin': 'Registra la dirección de tu web',
    'step.origin.do': 'Añádela en Ajustes',
    'step.group': 'Crea un grupo al que apuntarse (un boletín, un grupo de lectores o una mastermind)',
    'step.group.do': 'Crear un grupo',
    'step.event': 'Añade un evento o importa tu calendario',
    'step.event.do': 'Añadir eventos',
    'step.embed': 'Pega el código para insertar en tu web',
    'step.embed.do': 'Obtener el código',
    'step.embed.seen': 'Tus widgets ya funcionan en {origins}.',
    'step.signup': 'Tu primera suscripción',
    'step.signup.wait': 'Aparecerá aquí en cuanto un lector se apunte.',
    'step.swap': 'Añade un libro e intercambia recomendaciones con otro autor',
    'step.swap.do': 'Buscar con quién intercambiar',
    refused: 'Páginas en {origin} intentaron mostrar tus widgets, pero esa dirección no está registrada para este sitio, así que los widgets dijeron «no configurado».',
    'refused.add': 'Añadir {origin}',
    'refused.added': '{origin} está registrada. Vuelve a cargar esa página.',
    awaiting: { one: 'Un autor te ha propuesto un intercambio de listas.', other: '{count} autores te han propuesto intercambios de listas.' },
    'awaiting.do': 'Responder en Libros e intercambios',
    signups: 'Suscripciones',
    'signups.confirmed': 'confirmadas',
    'signups.pending': 'esperando confirmación',
    'signups.waitlisted': 'en lista de espera',
  },
  fr: {
    heading: 'Pour commencer',
    intro: 'Ce qu’il reste à faire avant qu’un premier lecteur s’inscrive sur votre propre site.',
    progress: '{done} étapes sur {total} faites',
    done: 'Fait',
    todo: 'À faire',
    optional: 'Facultatif',
    'step.site': 'Créer votre site',
    'step.origin': 'Enregistrer l’adresse de votre site web',
    'step.origin.do': 'L’ajouter dans les réglages',
    'step.group': 'Créer un groupe que les lecteurs peuvent rejoindre (newsletter, club de lecture ou mastermind)',
    'step.group.do': 'Créer un groupe',
    'step.event': 'Ajouter un événement ou importer votre agenda',
    'step.event.do': 'Ajouter des événements',
    'step.embed': 'Coller le code à intégrer dans votre site',
    'step.embed.do': 'Obtenir le code',
    'step.embed.seen': 'Vos widgets sont en ligne sur {origins}.',
    'step.signup': 'Votre première inscription',
    'step.signup.wait': 'Elle apparaîtra ici dès qu’un lecteur s’inscrira.',
    'step.swap': 'Ajouter un livre et échanger des recommandations avec un autre auteur',
    'step.swap.do': 'Trouver un partenaire d’échange',
    refused: 'Des pages sur {origin} ont voulu afficher vos widgets, mais cette adresse n’est pas enregistrée pour ce site : les widgets ont indiqué « pas encore configuré ».',
    'refused.add': 'Ajouter {origin}',
    'refused.added': '{origin} est enregistrée. Rechargez cette page.',
    awaiting: { one: 'Un auteur vous propose un échange de listes.', other: '{count} auteurs vous proposent des échanges de listes.' },
    'awaiting.do': 'Répondre dans Livres et échanges',
    signups: 'Inscriptions',
    'signups.confirmed': 'confirmées',
    'signups.pending': 'en attente de confirmation',
    'signups.waitlisted': 'en liste d’attente',
  },
  de: {
    heading: 'Erste Schritte',
    intro: 'Was noch fehlt, bis sich der erste Leser auf Ihrer eigenen Website anmeldet.',
    progress: '{done} von {total} Schritten erledigt',
    done: 'Erledigt',
    todo: 'Offen',
    optional: 'Optional',
    'step.site': 'Website anlegen',
    'step.origin': 'Adresse Ihrer Website eintragen',
    'step.origin.do': 'In den Einstellungen eintragen',
    'step.group': 'Eine Gruppe anlegen, der Leser beitreten können (Newsletter, Lesergruppe oder Mastermind)',
    'step.group.do': 'Gruppe anlegen',
    'step.event': 'Einen Termin anlegen oder Ihren Kalender importieren',
    'step.event.do': 'Termine anlegen',
    'step.embed': 'Den Einbettungscode in Ihre Website einfügen',
    'step.embed.do': 'Einbettungscode holen',
    'step.embed.seen': 'Ihre Widgets laufen auf {origins}.',
    'step.signup': 'Ihre erste Anmeldung',
    'step.signup.wait': 'Sie erscheint hier, sobald sich ein Leser anmeldet.',
    'step.swap': 'Ein Buch eintragen und mit einem anderen Autor Empfehlungen tauschen',
    'step.swap.do': 'Tauschpartner finden',
    refused: 'Seiten unter {origin} wollten Ihre Widgets zeigen, aber diese Adresse ist für diese Website nicht eingetragen; die Widgets meldeten „nicht eingerichtet“.',
    'refused.add': '{origin} eintragen',
    'refused.added': '{origin} ist eingetragen. Laden Sie die Seite neu.',
    awaiting: { one: 'Ein Autor hat Ihnen einen Listentausch vorgeschlagen.', other: '{count} Autoren haben Ihnen einen Listentausch vorgeschlagen.' },
    'awaiting.do': 'In Bücher und Tausch antworten',
    signups: 'Anmeldungen',
    'signups.confirmed': 'bestätigt',
    'signups.pending': 'warten auf Bestätigung',
    'signups.waitlisted': 'auf der Warteliste',
  },
};
