import type { Catalog } from '../../i18n.js';

type Key = 'heading' | 'heading.first' | 'intro' | 'create' | 'creating';

export const messages: Catalog<Key> = {
  en: {
    heading: 'Create a site',
    'heading.first': 'Create your site',
    intro: 'A site is you as an author: your groups, events and books, and the website your readers visit. You can change everything but its id later.',
    create: 'Create the site',
    creating: 'Creating…',
  },
  es: {
    heading: 'Crear un sitio',
    'heading.first': 'Crea tu sitio',
    intro: 'Un sitio eres tú como autor: tus grupos, eventos y libros, y la web que visitan tus lectores. Todo salvo su identificador se puede cambiar después.',
    create: 'Crear el sitio',
    creating: 'Creando…',
  },
  fr: {
    heading: 'Créer un site',
    'heading.first': 'Créez votre site',
    intro: 'Un site, c’est vous en tant qu’auteur : vos groupes, vos événements et vos livres, et le site web que visitent vos lecteurs. Tout sauf son identifiant pourra changer.',
    create: 'Créer le site',
    creating: 'Création…',
  },
  de: {
    heading: 'Website anlegen',
    'heading.first': 'Legen Sie Ihre Website an',
    intro: 'Eine Website sind Sie als Autor: Ihre Gruppen, Termine und Bücher und die Website, die Ihre Leser besuchen. Alles außer der Kennung lässt sich später ändern.',
    create: 'Website anlegen',
    creating: 'Wird angelegt …',
  },
};
