import type { Catalog } from '../i18n.js';

type Key =
  | 'name'
  | 'name.hint'
  | 'author'
  | 'author.hint'
  | 'id'
  | 'id.hint'
  | 'origins'
  | 'origins.hint'
  | 'origin'
  | 'origin.add'
  | 'origin.remove'
  | 'origin.http'
  | 'lang'
  | 'lang.hint'
  | 'listed'
  | 'listed.hint'
  | 'genres'
  | 'genres.hint'
  | 'about'
  | 'required';

export const messages: Catalog<Key> = {
  en: {
    name: 'Site name',
    'name.hint': 'For you and your co-owners, e.g. “Jane Doe — fantasy author”.',
    author: 'Author name',
    'author.hint': 'How readers see you: “Readers of Jane Doe also like…”.',
    id: 'Site id',
    'id.hint': 'Lower-case letters, digits and dashes. It goes into your embed code and cannot be changed later.',
    origins: 'Your website’s addresses',
    'origins.hint': 'The widgets work only on these websites, e.g. https://janedoe.com. Add each address readers may use (with and without www).',
    origin: 'Website address {n}',
    'origin.add': 'Add another address',
    'origin.remove': 'Remove address {n}',
    'origin.http': 'Readers’ browsers may warn about an http:// address; use https:// if your site has it.',
    lang: 'Language of your widgets',
    'lang.hint': 'Widgets follow the language of the page they are on. Embed code shows its preview in this one, and can also fix one language for every page.',
    listed: 'List me in the swap directory',
    'listed.hint': 'Other authors on this server can then find you by genre and propose a list swap.',
    genres: 'Your genres',
    'genres.hint': 'Separated by commas, e.g. fantasy, romantasy.',
    about: 'About you, for other authors',
    required: 'Please fill this in.',
  },
  es: {
    name: 'Nombre del sitio',
    'name.hint': 'Para ti y quienes lo gestionan contigo, p. ej. «Jane Doe — autora de fantasía».',
    author: 'Nombre de autor',
    'author.hint': 'Cómo te ven tus lectores: «A quienes leen a Jane Doe también les gusta…».',
    id: 'Identificador del sitio',
    'id.hint': 'Minúsculas, cifras y guiones. Va en tu código para insertar y no se puede cambiar después.',
    origins: 'Las direcciones de tu web',
    'origins.hint': 'Los widgets solo funcionan en estas webs, p. ej. https://janedoe.com. Añade cada dirección que usen tus lectores (con y sin www).',
    origin: 'Dirección web {n}',
    'origin.add': 'Añadir otra dirección',
    'origin.remove': 'Quitar la dirección {n}',
    'origin.http': 'Los navegadores pueden avisar de una dirección http://; usa https:// si tu web lo tiene.',
    lang: 'Idioma de tus widgets',
    'lang.hint': 'Los widgets siguen el idioma de la página en la que están. Código para insertar muestra la vista previa en este, y también permite fijar un idioma para todas las páginas.',
    listed: 'Aparecer en el directorio de intercambios',
    'listed.hint': 'Otros autores de este servidor podrán encontrarte por género y proponerte un intercambio.',
    genres: 'Tus géneros',
    'genres.hint': 'Separados por comas, p. ej. fantasía, romantasy.',
    about: 'Sobre ti, para otros autores',
    required: 'Rellena este campo.',
  },
  fr: {
    name: 'Nom du site',
    'name.hint': 'Pour vous et vos co-propriétaires, p. ex. « Jane Doe — autrice de fantasy ».',
    author: 'Nom d’auteur',
    'author.hint': 'Ce que voient vos lecteurs : « Les lecteurs de Jane Doe aiment aussi… ».',
    id: 'Identifiant du site',
    'id.hint': 'Minuscules, chiffres et tirets. Il figure dans votre code à intégrer et ne peut plus changer.',
    origins: 'Les adresses de votre site web',
    'origins.hint': 'Les widgets ne fonctionnent que sur ces sites, p. ex. https://janedoe.com. Ajoutez chaque adresse que vos lecteurs utilisent (avec et sans www).',
    origin: 'Adresse web {n}',
    'origin.add': 'Ajouter une adresse',
    'origin.remove': 'Retirer l’adresse {n}',
    'origin.http': 'Les navigateurs peuvent signaler une adresse http:// ; préférez https:// si votre site le permet.',
    lang: 'Langue de vos widgets',
    'lang.hint': 'Les widgets suivent la langue de la page où ils se trouvent. Code à intégrer en montre l’aperçu dans celle-ci, et permet aussi de fixer une langue pour toutes les pages.',
    listed: 'Figurer dans l’annuaire des échanges',
    'listed.hint': 'Les autres auteurs de ce serveur pourront vous trouver par genre et vous proposer un échange.',
    genres: 'Vos genres',
    'genres.hint': 'Séparés par des virgules, p. ex. fantasy, romantasy.',
    about: 'À propos de vous, pour les autres auteurs',
    required: 'Veuillez remplir ce champ.',
  },
  de: {
    name: 'Name der Website',
    'name.hint': 'Für Sie und Ihre Mitinhaber, z. B. „Jane Doe — Fantasy-Autorin“.',
    author: 'Autorenname',
    'author.hint': 'So sehen Sie Ihre Leser: „Wer Jane Doe liest, mag auch …“.',
    id: 'Kennung der Website',
    'id.hint': 'Kleinbuchstaben, Ziffern und Bindestriche. Sie steht im Einbettungscode und lässt sich später nicht ändern.',
    origins: 'Adressen Ihrer Website',
    'origins.hint': 'Die Widgets funktionieren nur auf diesen Websites, z. B. https://janedoe.com. Tragen Sie jede Adresse ein, die Leser nutzen (mit und ohne www).',
    origin: 'Website-Adresse {n}',
    'origin.add': 'Weitere Adresse',
    'origin.remove': 'Adresse {n} entfernen',
    'origin.http': 'Browser warnen womöglich vor einer http://-Adresse; nutzen Sie https://, wenn Ihre Website es kann.',
    lang: 'Sprache Ihrer Widgets',
    'lang.hint': 'Die Widgets folgen der Sprache der Seite, auf der sie stehen. Der Einbettungscode zeigt die Vorschau in dieser Sprache und kann auch eine feste Sprache für alle Seiten festlegen.',
    listed: 'Im Tauschverzeichnis erscheinen',
    'listed.hint': 'Andere Autoren auf diesem Server finden Sie dann nach Genre und können Ihnen einen Listentausch vorschlagen.',
    genres: 'Ihre Genres',
    'genres.hint': 'Durch Kommas getrennt, z. B. Fantasy, Romantasy.',
    about: 'Über Sie, für andere Autoren',
    required: 'Bitte füllen Sie dieses Feld aus.',
  },
};
