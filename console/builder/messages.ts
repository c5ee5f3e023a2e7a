import type { Catalog } from '../i18n.js';

type Key =
  | 'options'
  | 'widget'
  | 'widget.salon-group-signup'
  | 'widget.salon-event-calendar'
  | 'widget.salon-swap-card'
  | 'group'
  | 'group.none'
  | 'compact'
  | 'compact.required'
  | 'view'
  | 'view.list'
  | 'view.month'
  | 'tag'
  | 'tag.all'
  | 'placement'
  | 'placement.hint'
  | 'layout'
  | 'layout.card'
  | 'layout.stack'
  | 'lang'
  | 'lang.page'
  | 'lang.page.hint'
  | 'lang.fixed.hint'
  | 'theme'
  | 'theme.page'
  | 'theme.light'
  | 'theme.dark'
  | 'theme.auto'
  | 'accent'
  | 'loading'
  | 'loading.script'
  | 'loading.loader'
  | 'loading.module'
  | 'loading.hint'
  | 'preview'
  | 'paste'
  | 'paste.hint'
  | 'copy.script'
  | 'npm'
  | 'copy.npm';

export const messages: Catalog<Key> = {
  en: {
    options: 'Widget options',
    widget: 'Widget',
    'widget.salon-group-signup': 'Group signup',
    'widget.salon-event-calendar': 'Event calendar',
    'widget.salon-swap-card': 'Swap card (readers also like)',
    group: 'Group',
    'group.none': 'Create a group first, in Groups.',
    compact: 'Compact (email and consent, for sidebars)',
    'compact.required': { one: 'This group has a required question: the compact form keeps it, so readers can answer it.', other: 'This group has {count} required questions: the compact form keeps them, so readers can answer them.' },
    view: 'View',
    'view.list': 'Agenda list',
    'view.month': 'Month grid',
    tag: 'Only events tagged',
    'tag.all': 'All events',
    placement: 'Placement',
    'placement.hint': 'Where the card sits, e.g. sidebar; swaps can be limited to placements.',
    layout: 'Layout',
    'layout.card': 'One book at a time',
    'layout.stack': 'Several books',
    lang: 'Language',
    'lang.page': 'The page’s language',
    'lang.page.hint': 'Widgets speak the language of the page they are on (its lang attribute), else English.',
    'lang.fixed.hint': 'Widgets use this language on every page, whatever the page’s own language.',
    theme: 'Theme',
    'theme.page': 'Follow my page',
    'theme.light': 'Light',
    'theme.dark': 'Dark',
    'theme.auto': 'Reader’s system setting',
    accent: 'Accent colour',
    loading: 'How your page loads Salon',
    'loading.script': 'One script tag (simplest)',
    'loading.loader': 'Loader: only the widgets a page uses (fastest)',
    'loading.module': 'ES module (for pages that use modules)',
    'loading.hint': 'Paste the script once, in your site’s header; paste the widget’s tag where it should appear.',
    preview: 'Preview',
    paste: 'Paste into your site',
    'paste.hint': 'WordPress: a Custom HTML block. Squarespace: a Code block (the script under Settings → Advanced → Code Injection). Wix: an Embed HTML element with both lines.',
    'copy.script': 'Copy the code',
    npm: 'For developers (npm)',
    'copy.npm': 'Copy the npm code',
  },
  es: {
    options: 'Opciones del widget',
    widget: 'Widget',
    'widget.salon-group-signup': 'Inscripción a un grupo',
    'widget.salon-event-calendar': 'Calendario de eventos',
    'widget.salon-swap-card': 'Tarjeta de intercambio (a los lectores también les gusta)',
    group: 'Grupo',
    'group.none': 'Primero crea un grupo, en Grupos.',
    compact: 'Compacto (correo y consentimiento, para barras laterales)',
    'compact.required': { one: 'Este grupo tiene una pregunta obligatoria: el formulario compacto la mantiene para que los lectores puedan responderla.', other: 'Este grupo tiene {count} preguntas obligatorias: el formulario compacto las mantiene para que los lectores puedan responderlas.' },
    view: 'Vista',
    'view.list': 'Lista',
    'view.month': 'Mes',
    tag: 'Solo eventos con la etiqueta',
    'tag.all': 'Todos los eventos',
    placement: 'Ubicación',
    'placement.hint': 'Dónde va la tarjeta, p. ej. sidebar; los intercambios pueden limitarse a ubicaciones.',
    layout: 'Diseño',
    'layout.card': 'Un libro cada vez',
    'layout.stack': 'Varios libros',
    lang: 'Idioma',
    'lang.page': 'El idioma de la página',
    'lang.page.hint': 'Los widgets hablan el idioma de la página en la que están (su atributo lang) o, si no, inglés.',
    'lang.fixed.hint': 'Los widgets usan este idioma en todas las páginas, sea cual sea el idioma de la página.',
    theme: 'Tema',
    'theme.page': 'Como mi página',
    'theme.light': 'Claro',
    'theme.dark': 'Oscuro',
    'theme.auto': 'Según el sistema del lector',
    accent: 'Color de acento',
    loading: 'Cómo carga Salon tu página',
    'loading.script': 'Una etiqueta script (lo más sencillo)',
    'loading.loader': 'Cargador: solo los widgets que usa cada página (lo más rápido)',
    'loading.module': 'Módulo ES (para páginas con módulos)',
    'loading.hint': 'Pega el script una vez, en la cabecera de tu web; pega la etiqueta del widget donde deba aparecer.',
    preview: 'Vista previa',
    paste: 'Pégalo en tu web',
    'paste.hint': 'WordPress: un bloque HTML personalizado. Squarespace: un bloque de código (el script en Ajustes → Avanzado → Inyección de código). Wix: un elemento Insertar HTML con las dos líneas.',
    'copy.script': 'Copiar el código',
    npm: 'Para desarrolladores (npm)',
    'copy.npm': 'Copiar el código npm',
  },
  fr: {
    options: 'Options du widget',
    widget: 'Widget',
    'widget.salon-group-signup': 'Inscription à un groupe',
    'widget.salon-event-calendar': 'Agenda des événements',
    'widget.salon-swap-card': 'Carte d’échange (les lecteurs aiment aussi)',
    group: 'Groupe',
    'group.none': 'Créez d’abord un groupe, dans Groupes.',
    compact: 'Compact (e-mail et consentement, pour les colonnes latérales)',
    'compact.required': { one: 'Ce groupe a une question obligatoire\u00a0: le formulaire compact la garde, pour que les lecteurs puissent y répondre.', other: 'Ce groupe a {count}\u00a0questions obligatoires\u00a0: le formulaire compact les garde, pour que les lecteurs puissent y répondre.' },
    view: 'Affichage',
    'view.list': 'Liste',
    'view.month': 'Mois',
    tag: 'Seulement les événements avec le mot-clé',
    'tag.all': 'Tous les événements',
    placement: 'Emplacement',
    'placement.hint': 'Où se trouve la carte, p. ex. sidebar ; les échanges peuvent être limités à des emplacements.',
    layout: 'Présentation',
    'layout.card': 'Un livre à la fois',
    'layout.stack': 'Plusieurs livres',
    lang: 'Langue',
    'lang.page': 'La langue de la page',
    'lang.page.hint': 'Les widgets parlent la langue de la page où ils se trouvent (son attribut lang), sinon l’anglais.',
    'lang.fixed.hint': 'Les widgets utilisent cette langue sur toutes les pages, quelle que soit la langue de la page.',
    theme: 'Thème',
    'theme.page': 'Comme ma page',
    'theme.light': 'Clair',
    'theme.dark': 'Sombre',
    'theme.auto': 'Selon le système du lecteur',
    accent: 'Couleur d’accent',
    loading: 'Comment votre page charge Salon',
    'loading.script': 'Une balise script (le plus simple)',
    'loading.loader': 'Chargeur : seulement les widgets d’une page (le plus rapide)',
    'loading.module': 'Module ES (pour les pages qui utilisent des modules)',
    'loading.hint': 'Collez le script une fois, dans l’en-tête de votre site ; collez la balise du widget là où il doit apparaître.',
    preview: 'Aperçu',
    paste: 'À coller dans votre site',
    'paste.hint': 'WordPress : un bloc HTML personnalisé. Squarespace : un bloc Code (le script dans Paramètres → Avancé → Injection de code). Wix : un élément Intégrer HTML avec les deux lignes.',
    'copy.script': 'Copier le code',
    npm: 'Pour les développeurs (npm)',
    'copy.npm': 'Copier le code npm',
  },
  de: {
    options: 'Widget-Optionen',
    widget: 'Widget',
    'widget.salon-group-signup': 'Gruppenanmeldung',
    'widget.salon-event-calendar': 'Terminkalender',
    'widget.salon-swap-card': 'Tauschkarte (Leser mögen auch)',
    group: 'Gruppe',
    'group.none': 'Legen Sie zuerst unter Gruppen eine Gruppe an.',
    compact: 'Kompakt (E-Mail und Einwilligung, für Seitenleisten)',
    'compact.required': { one: 'Diese Gruppe hat eine Pflichtfrage: Das kompakte Formular behält sie, damit Leser sie beantworten können.', other: 'Diese Gruppe hat {count} Pflichtfragen: Das kompakte Formular behält sie, damit Leser sie beantworten können.' },
    view: 'Ansicht',
    'view.list': 'Liste',
    'view.month': 'Monat',
    tag: 'Nur Termine mit dem Stichwort',
    'tag.all': 'Alle Termine',
    placement: 'Platzierung',
    'placement.hint': 'Wo die Karte steht, z. B. sidebar; Tauschpartnerschaften lassen sich auf Platzierungen beschränken.',
    layout: 'Darstellung',
    'layout.card': 'Ein Buch nach dem anderen',
    'layout.stack': 'Mehrere Bücher',
    lang: 'Sprache',
    'lang.page': 'Die Sprache der Seite',
    'lang.page.hint': 'Die Widgets sprechen die Sprache der Seite, auf der sie stehen (ihr lang-Attribut), sonst Englisch.',
    'lang.fixed.hint': 'Die Widgets verwenden diese Sprache auf jeder Seite, unabhängig von der Sprache der Seite.',
    theme: 'Farbschema',
    'theme.page': 'Wie meine Seite',
    'theme.light': 'Hell',
    'theme.dark': 'Dunkel',
    'theme.auto': 'Nach System des Lesers',
    accent: 'Akzentfarbe',
    loading: 'Wie Ihre Seite Salon lädt',
    'loading.script': 'Ein Script-Tag (am einfachsten)',
    'loading.loader': 'Loader: nur die Widgets, die eine Seite nutzt (am schnellsten)',
    'loading.module': 'ES-Modul (für Seiten mit Modulen)',
    'loading.hint': 'Fügen Sie das Script einmal in den Kopf Ihrer Website ein und das Widget-Tag dort, wo es erscheinen soll.',
    preview: 'Vorschau',
    paste: 'In Ihre Website einfügen',
    'paste.hint': 'WordPress: ein Block „Individuelles HTML“. Squarespace: ein Code-Block (das Script unter Einstellungen → Erweitert → Code-Injektion). Wix: ein Element „HTML einbetten“ mit beiden Zeilen.',
    'copy.script': 'Code kopieren',
    npm: 'Für Entwickler (npm)',
    'copy.npm': 'npm-Code kopieren',
  },
};
