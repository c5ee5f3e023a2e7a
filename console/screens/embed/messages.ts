import type { Catalog } from '../../i18n.js';

type Key = 'heading' | 'intro' | 'noOrigin' | 'noOrigin.do' | 'origins';

export const messages: Catalog<Key> = {
  en: {
    heading: 'Embed code',
    intro: 'Choose a widget, see it as your readers will, and copy the code into your website.',
    noOrigin: 'Your widgets will only work on the websites registered for this site, and there are none yet.',
    'noOrigin.do': 'Add your website’s address in Settings',
    origins: 'Works on: {origins}.',
  },
  es: {
    heading: 'Código para insertar',
    intro: 'Elige un widget, míralo como lo verán tus lectores y copia el código en tu web.',
    noOrigin: 'Tus widgets solo funcionan en las webs registradas para este sitio, y aún no hay ninguna.',
    'noOrigin.do': 'Añade la dirección de tu web en Ajustes',
    origins: 'Funciona en: {origins}.',
  },
  fr: {
    heading: 'Code à intégrer',
    intro: 'Choisissez un widget, voyez-le comme vos lecteurs le verront et copiez le code dans votre site.',
    noOrigin: 'Vos widgets ne fonctionnent que sur les sites web enregistrés pour ce site, et il n’y en a encore aucun.',
    'noOrigin.do': 'Ajoutez l’adresse de votre site dans les réglages',
    origins: 'Fonctionne sur : {origins}.',
  },
  de: {
    heading: 'Einbettungscode',
    intro: 'Wählen Sie ein Widget, sehen Sie es so, wie Ihre Leser es sehen, und kopieren Sie den Code in Ihre Website.',
    noOrigin: 'Ihre Widgets funktionieren nur auf den Websites, die für diese Website eingetragen sind, und noch ist keine eingetragen.',
    'noOrigin.do': 'Tragen Sie die Adresse Ihrer Website in den Einstellungen ein',
    origins: 'Funktioniert auf: {origins}.',
  },
};
