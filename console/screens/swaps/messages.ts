import type { Catalog } from '../../i18n.js';

type Key =
  | 'heading'
  | 'intro'
  | 'back'
  | 'waiting'
  | 'waiting.intro'
  | 'waiting.from'
  | 'accept'
  | 'accepted'
  | 'decline'
  | 'decline.confirm'
  | 'declined'
  | 'sent'
  | 'sent.to'
  | 'withdraw'
  | 'withdraw.confirm'
  | 'withdrawn'
  | 'running'
  | 'running.with'
  | 'running.none'
  | 'end'
  | 'end.confirm'
  | 'ended'
  | 'past'
  | 'past.ended'
  | 'past.declined.you'
  | 'past.declined.them'
  | 'past.withdrawn.you'
  | 'past.withdrawn.them'
  | 'swap.onYours'
  | 'swap.onTheirs'
  | 'swap.by'
  | 'swap.proposedOn'
  | 'swap.since'
  | 'swap.ran'
  | 'swap.closed'
  | 'swap.weight'
  | 'swap.placements'
  | 'books'
  | 'books.heading'
  | 'books.intro'
  | 'books.none'
  | 'books.add'
  | 'books.manage'
  | 'books.back'
  | 'book.new.heading'
  | 'book.edit.heading'
  | 'book.edit.heading.plain'
  | 'book.missing'
  | 'book.title'
  | 'book.id'
  | 'book.id.hint'
  | 'book.id.invalid'
  | 'book.id.taken'
  | 'book.cover'
  | 'book.cover.hint'
  | 'book.blurb'
  | 'book.blurb.hint'
  | 'book.genres'
  | 'book.genres.hint'
  | 'book.links'
  | 'book.links.hint'
  | 'book.link'
  | 'book.link.retailer'
  | 'book.link.retailer.example'
  | 'book.link.url'
  | 'book.link.add'
  | 'book.link.remove'
  | 'book.link.url.missing'
  | 'book.link.retailer.missing'
  | 'book.link.url.invalid'
  | 'book.required'
  | 'book.add'
  | 'book.save'
  | 'book.added'
  | 'book.saved'
  | 'book.buyAt'
  | 'book.noLinks'
  | 'book.inSwap'
  | 'book.delete'
  | 'book.delete.confirm'
  | 'book.deleted'
  | 'find'
  | 'find.intro'
  | 'find.open'
  | 'unlisted'
  | 'unlisted.do'
  | 'nobook'
  | 'directory.intro'
  | 'directory.back'
  | 'directory.genre'
  | 'directory.genre.all'
  | 'directory.count'
  | 'directory.authors'
  | 'directory.books'
  | 'directory.nobooks'
  | 'directory.none'
  | 'directory.none.genre'
  | 'propose'
  | 'propose.heading'
  | 'propose.intro'
  | 'propose.missing'
  | 'propose.nobooks'
  | 'propose.theirs'
  | 'propose.theirs.hint'
  | 'propose.yours'
  | 'propose.yours.hint'
  | 'propose.more'
  | 'propose.weight'
  | 'propose.weight.hint'
  | 'propose.weight.invalid'
  | 'propose.placements'
  | 'propose.placements.hint'
  | 'propose.send'
  | 'propose.sent'
  | 'ledger'
  | 'ledger.intro'
  | 'ledger.period'
  | 'ledger.days'
  | 'ledger.with'
  | 'ledger.caption'
  | 'ledger.sent'
  | 'ledger.received'
  | 'ledger.all'
  | 'ledger.replayed'
  | 'ledger.csv'
  | 'ledger.signups.csv'
  | 'measure.impressions'
  | 'measure.clicks'
  | 'measure.signups'
  | 'count.impressions'
  | 'count.clicks'
  | 'count.signups'
  | 'counts'
  | 'chart.label'
  | 'legend.impressions.sent'
  | 'legend.impressions.received'
  | 'legend.clicks.sent'
  | 'legend.clicks.received'
  | 'legend.signups.sent'
  | 'legend.signups.received'
  | 'plot.impressions'
  | 'plot.actions'
  | 'readout';

export const messages: Catalog<Key> = {
  en: {
    heading: 'Books and swaps',
    intro: 'Swap recommendations with authors in your genre: your site’s swap cards show their book, theirs show yours, and you both see what each side sent.',
    back: 'Back to Books and swaps',
    waiting: { one: 'A proposal waiting for your answer', other: '{count} proposals waiting for your answer' },
    'waiting.intro': 'If you accept, their book shows on your site’s swap cards and yours on theirs, until one of you ends the swap.',
    'waiting.from': '{partner} proposes a swap',
    accept: 'Accept',
    accepted: 'You accepted the swap with {partner}. Their book now shows on your swap cards, and yours on theirs.',
    decline: 'Decline',
    'decline.confirm': 'Decline the swap {partner} proposes? They will see that you declined.',
    declined: 'You declined the swap {partner} proposed.',
    sent: 'Your proposals, waiting for an answer',
    'sent.to': 'Proposed to {partner}',
    withdraw: 'Withdraw the proposal',
    'withdraw.confirm': 'Withdraw your proposal to {partner}?',
    withdrawn: 'Your proposal to {partner} is withdrawn.',
    running: 'Running swaps',
    'running.with': 'With {partner}',
    'running.none': 'No swap is running yet.',
    end: 'End this swap',
    'end.confirm': 'End the swap with {partner}? Their book stops showing on your site and yours on theirs. To swap again, one of you proposes a new swap.',
    ended: 'The swap with {partner} has ended.',
    past: 'Ended and declined',
    'past.ended': 'Ended',
    'past.declined.you': 'Declined by you',
    'past.declined.them': 'Declined',
    'past.withdrawn.you': 'Withdrawn by you',
    'past.withdrawn.them': 'Withdrawn',
    'swap.onYours': 'Shown on your site',
    'swap.onTheirs': 'Shown on {partner}’s site',
    'swap.by': 'by {author}',
    'swap.proposedOn': 'Proposed on {date}',
    'swap.since': 'Running since {date}',
    'swap.ran': 'Ran from {from} to {to}',
    'swap.closed': 'Proposed on {from}, closed on {to}',
    'swap.weight': 'Weight {weight}',
    'swap.placements': 'Only on: {placements}',
    books: 'Your books',
    'books.heading': 'Your books',
    'books.intro': 'The books you can offer in swaps. Your partners’ readers see the cover, the blurb and the buy links.',
    'books.none': 'You have no books yet. Add the book you would like other authors’ readers to discover.',
    'books.add': 'Add a book',
    'books.manage': { one: 'Manage your book', other: 'Manage your {count} books' },
    'books.back': 'Back to your books',
    'book.new.heading': 'Add a book',
    'book.edit.heading': 'Edit “{title}”',
    'book.edit.heading.plain': 'Edit a book',
    'book.missing': 'This book does not exist, or it was deleted.',
    'book.title': 'Title',
    'book.id': 'Book id',
    'book.id.hint': 'A short name for the book in addresses and exports: lower-case letters, digits and dashes. It cannot be changed later.',
    'book.id.invalid': 'Use only lower-case letters, digits and dashes, starting with a letter or digit.',
    'book.id.taken': 'You already have a book with this id. Choose another one.',
    'book.cover': 'Cover image address',
    'book.cover.hint': 'The web address of the cover image, starting with https://. Optional.',
    'book.blurb': 'Blurb',
    'book.blurb.hint': 'A few sentences to make readers curious. Plain text; line breaks are kept.',
    'book.genres': 'Genres',
    'book.genres.hint': 'Separated by commas, e.g. cozy fantasy, romance.',
    'book.links': 'Where to buy it',
    'book.links.hint': 'Each link has a shop (Kobo, Amazon, your own shop…) and the address of the book there.',
    'book.link': 'Buy link {n}',
    'book.link.retailer': 'Shop',
    'book.link.retailer.example': 'e.g. Kobo',
    'book.link.url': 'Link to the book',
    'book.link.add': 'Add a buy link',
    'book.link.remove': 'Remove buy link {n}',
    'book.link.url.missing': 'Please add the address of the book at this shop.',
    'book.link.retailer.missing': 'Please name the shop.',
    'book.link.url.invalid': 'The address must start with https:// (or http://).',
    'book.required': 'Please fill this in.',
    'book.add': 'Add the book',
    'book.save': 'Save the book',
    'book.added': '“{title}” is added to your books.',
    'book.saved': '“{title}” is saved.',
    'book.buyAt': 'Buy at: {retailers}',
    'book.noLinks': 'No buy links yet',
    'book.inSwap': 'In a swap with {partners}',
    'book.delete': 'Delete “{title}”',
    'book.delete.confirm': 'Delete “{title}”? This cannot be undone.',
    'book.deleted': '“{title}” is deleted.',
    find: 'Find a partner',
    'find.intro': 'Browse the authors on this server who are open to swaps, and propose a swap to one of them.',
    'find.open': 'Open the directory',
    unlisted:
      'You are not listed in the directory yet: other authors cannot find you, and an author you propose a swap to could not see who you are or which book you offer. You can list yourself in Settings.',
    'unlisted.do': 'List yourself in Settings',
    nobook: 'You need a book of your own before you can propose a swap.',
    'directory.intro': 'Authors on this server who listed themselves for swaps. You choose which of your books they show, and which of theirs you show.',
    'directory.back': 'Back to the directory',
    'directory.genre': 'Genre',
    'directory.genre.all': 'All genres',
    'directory.count': { zero: 'No authors found.', one: '1 author found.', other: '{count} authors found.' },
    'directory.authors': 'Authors',
    'directory.books': 'Books',
    'directory.nobooks': 'No book listed yet.',
    'directory.none': 'No other author has listed themselves yet. Come back later, or invite an author you know to this server.',
    'directory.none.genre': 'No author is listed in this genre yet.',
    propose: 'Propose a swap',
    'propose.heading': 'Propose a swap to {partner}',
    'propose.intro': 'Choose the two books. {partner} sees your proposal in their console and accepts or declines it; nothing shows on either site before they accept.',
    'propose.missing': 'This author is not in the directory (any more).',
    'propose.nobooks': '{partner} has no book listed yet, so there is nothing to swap for now.',
    'propose.theirs': 'Their book, shown on your site',
    'propose.theirs.hint': 'Your readers see it on your swap cards.',
    'propose.yours': 'Your book, shown on their site',
    'propose.yours.hint': '{partner}’s readers see it on their swap cards.',
    'propose.more': 'More options',
    'propose.weight': 'Weight',
    'propose.weight.hint': 'How often this swap comes up on swap cards compared with your other swaps, from 1 to 100. Leave it empty for 1.',
    'propose.weight.invalid': 'Please enter a whole number from 1 to 100.',
    'propose.placements': 'Placements',
    'propose.placements.hint': 'Show the books only on swap cards with these placements, separated by commas (e.g. sidebar, footer). Leave it empty for every card.',
    'propose.send': 'Send the proposal',
    'propose.sent': 'Your proposal is sent to {partner}. You will see here when they answer.',
    ledger: 'What your swaps brought',
    'ledger.intro': 'Sent: what your readers gave your partner’s book on your site. Received: what your partner’s readers gave your book on theirs.',
    'ledger.period': 'Period',
    'ledger.days': { one: 'Last day', other: 'Last {count} days' },
    'ledger.with': 'With {partner}',
    'ledger.caption': 'Ledger of the swap with {partner}',
    'ledger.sent': 'Sent',
    'ledger.received': 'Received',
    'ledger.all': 'All time',
    'ledger.replayed': 'Not in these figures: page views whose counts were sent again, counted once — {sent} sent again from your site, {received} from theirs.',
    'ledger.csv': 'Download the ledger (CSV)',
    'ledger.signups.csv': 'Download the signups from swaps (CSV)',
    'measure.impressions': 'Impressions',
    'measure.clicks': 'Clicks',
    'measure.signups': 'Signups',
    'count.impressions': { one: '{count} impression', other: '{count} impressions' },
    'count.clicks': { one: '{count} click', other: '{count} clicks' },
    'count.signups': { one: '{count} signup', other: '{count} signups' },
    counts: '{impressions}, {clicks} and {signups}',
    'chart.label': 'Chart of the last {days} days with {partner}, day by day. You sent {sent}; you received {received}.',
    'legend.impressions.sent': 'Impressions sent',
    'legend.impressions.received': 'Impressions received',
    'legend.clicks.sent': 'Clicks sent',
    'legend.clicks.received': 'Clicks received',
    'legend.signups.sent': 'Signups sent',
    'legend.signups.received': 'Signups received',
    'plot.impressions': 'Impressions per day',
    'plot.actions': 'Clicks and signups per day',
    readout: '{day}: sent {sent}; received {received}.',
  },
  es: {
    heading: 'Libros e intercambios',
    intro: 'Intercambia recomendaciones con autores de tu género: las tarjetas de intercambio de tu sitio muestran su libro, las suyas muestran el tuyo, y ambos veis lo que envió cada lado.',
    back: 'Volver a Libros e intercambios',
    waiting: { one: 'Una propuesta espera tu respuesta', other: '{count} propuestas esperan tu respuesta' },
    'waiting.intro': 'Si aceptas, su libro aparece en las tarjetas de intercambio de tu sitio y el tuyo en las suyas, hasta que uno de los dos ponga fin al intercambio.',
    'waiting.from': '{partner} te propone un intercambio',
    accept: 'Aceptar',
    accepted: 'Has aceptado el intercambio con {partner}. Su libro ya aparece en tus tarjetas de intercambio, y el tuyo en las suyas.',
    decline: 'Rechazar',
    'decline.confirm': '¿Rechazar el intercambio que propone {partner}? Verá que lo has rechazado.',
    declined: 'Has rechazado el intercambio que propuso {partner}.',
    sent: 'Tus propuestas, a la espera de respuesta',
    'sent.to': 'Propuesto a {partner}',
    withdraw: 'Retirar la propuesta',
    'withdraw.confirm': '¿Retirar tu propuesta a {partner}?',
    withdrawn: 'Has retirado tu propuesta a {partner}.',
    running: 'Intercambios en curso',
    'running.with': 'Con {partner}',
    'running.none': 'Todavía no hay ningún intercambio en curso.',
    end: 'Terminar este intercambio',
    'end.confirm': '¿Terminar el intercambio con {partner}? Su libro deja de aparecer en tu sitio y el tuyo en el suyo. Para volver a intercambiar, uno de los dos tendrá que proponer un intercambio nuevo.',
    ended: 'El intercambio con {partner} ha terminado.',
    past: 'Terminados y rechazados',
    'past.ended': 'Terminado',
    'past.declined.you': 'Rechazado por ti',
    'past.declined.them': 'Rechazado',
    'past.withdrawn.you': 'Retirado por ti',
    'past.withdrawn.them': 'Retirado',
    'swap.onYours': 'Aparece en tu sitio',
    'swap.onTheirs': 'Aparece en el sitio de {partner}',
    'swap.by': 'de {author}',
    'swap.proposedOn': 'Propuesto el {date}',
    'swap.since': 'En curso desde el {date}',
    'swap.ran': 'Del {from} al {to}',
    'swap.closed': 'Propuesto el {from}, cerrado el {to}',
    'swap.weight': 'Peso {weight}',
    'swap.placements': 'Solo en: {placements}',
    books: 'Tus libros',
    'books.heading': 'Tus libros',
    'books.intro': 'Los libros que puedes ofrecer en intercambios. Los lectores de tus socios ven la portada, la sinopsis y los enlaces de compra.',
    'books.none': 'Todavía no tienes libros. Añade el libro que te gustaría que descubrieran los lectores de otros autores.',
    'books.add': 'Añadir un libro',
    'books.manage': { one: 'Gestionar tu libro', other: 'Gestionar tus {count} libros' },
    'books.back': 'Volver a tus libros',
    'book.new.heading': 'Añadir un libro',
    'book.edit.heading': 'Editar «{title}»',
    'book.edit.heading.plain': 'Editar un libro',
    'book.missing': 'Este libro no existe o se ha eliminado.',
    'book.title': 'Título',
    'book.id': 'Identificador del libro',
    'book.id.hint': 'Un nombre corto para el libro en direcciones y exportaciones: minúsculas, cifras y guiones. No se puede cambiar después.',
    'book.id.invalid': 'Usa solo minúsculas, cifras y guiones, empezando por una letra o una cifra.',
    'book.id.taken': 'Ya tienes un libro con este identificador. Elige otro.',
    'book.cover': 'Dirección de la imagen de portada',
    'book.cover.hint': 'La dirección web de la imagen de portada, que empiece por https://. Opcional.',
    'book.blurb': 'Sinopsis',
    'book.blurb.hint': 'Unas frases que despierten la curiosidad. Texto sin formato; se conservan los saltos de línea.',
    'book.genres': 'Géneros',
    'book.genres.hint': 'Separados por comas, p. ej. fantasía acogedora, romántica.',
    'book.links': 'Dónde comprarlo',
    'book.links.hint': 'Cada enlace tiene una tienda (Kobo, Amazon, tu propia tienda…) y la dirección del libro en ella.',
    'book.link': 'Enlace de compra {n}',
    'book.link.retailer': 'Tienda',
    'book.link.retailer.example': 'p. ej. Kobo',
    'book.link.url': 'Enlace al libro',
    'book.link.add': 'Añadir un enlace de compra',
    'book.link.remove': 'Quitar el enlace de compra {n}',
    'book.link.url.missing': 'Añade la dirección del libro en esta tienda.',
    'book.link.retailer.missing': 'Indica el nombre de la tienda.',
    'book.link.url.invalid': 'La dirección debe empezar por https:// (o http://).',
    'book.required': 'Rellena este campo.',
    'book.add': 'Añadir el libro',
    'book.save': 'Guardar el libro',
    'book.added': '«{title}» se ha añadido a tus libros.',
    'book.saved': '«{title}» se ha guardado.',
    'book.buyAt': 'A la venta en: {retailers}',
    'book.noLinks': 'Todavía sin enlaces de compra',
    'book.inSwap': 'En un intercambio con {partners}',
    'book.delete': 'Eliminar «{title}»',
    'book.delete.confirm': '¿Eliminar «{title}»? No se puede deshacer.',
    'book.deleted': '«{title}» se ha eliminado.',
    find: 'Buscar un socio',
    'find.intro': 'Explora los autores de este servidor abiertos a intercambios y propón un intercambio a uno de ellos.',
    'find.open': 'Abrir el directorio',
    unlisted:
      'Todavía no apareces en el directorio: los demás autores no pueden encontrarte, y un autor al que propongas un intercambio no podría ver quién eres ni qué libro ofreces. Puedes aparecer en él desde Ajustes.',
    'unlisted.do': 'Aparecer en el directorio desde Ajustes',
    nobook: 'Necesitas un libro propio antes de poder proponer un intercambio.',
    'directory.intro': 'Autores de este servidor que se han apuntado a los intercambios. Tú eliges cuál de tus libros muestran ellos y cuál de los suyos muestras tú.',
    'directory.back': 'Volver al directorio',
    'directory.genre': 'Género',
    'directory.genre.all': 'Todos los géneros',
    'directory.count': { zero: 'No se ha encontrado ningún autor.', one: '1 autor encontrado.', other: '{count} autores encontrados.' },
    'directory.authors': 'Autores',
    'directory.books': 'Libros',
    'directory.nobooks': 'Todavía no ha añadido ningún libro.',
    'directory.none': 'Ningún otro autor se ha apuntado todavía. Vuelve más tarde o invita a este servidor a algún autor que conozcas.',
    'directory.none.genre': 'Todavía no hay ningún autor en este género.',
    propose: 'Proponer un intercambio',
    'propose.heading': 'Proponer un intercambio a {partner}',
    'propose.intro': 'Elige los dos libros. {partner} verá tu propuesta en su consola y la aceptará o la rechazará; no aparece nada en ninguno de los dos sitios hasta que la acepte.',
    'propose.missing': 'Este autor no está (o ya no está) en el directorio.',
    'propose.nobooks': '{partner} todavía no ha añadido ningún libro, así que por ahora no hay nada que intercambiar.',
    'propose.theirs': 'Su libro, que aparecerá en tu sitio',
    'propose.theirs.hint': 'Tus lectores lo verán en tus tarjetas de intercambio.',
    'propose.yours': 'Tu libro, que aparecerá en su sitio',
    'propose.yours.hint': 'Los lectores de {partner} lo verán en sus tarjetas de intercambio.',
    'propose.more': 'Más opciones',
    'propose.weight': 'Peso',
    'propose.weight.hint': 'Con qué frecuencia aparece este intercambio en las tarjetas en comparación con tus otros intercambios, de 1 a 100. Déjalo vacío para 1.',
    'propose.weight.invalid': 'Escribe un número entero del 1 al 100.',
    'propose.placements': 'Ubicaciones',
    'propose.placements.hint': 'Mostrar los libros solo en las tarjetas con estas ubicaciones, separadas por comas (p. ej. sidebar, footer). Déjalo vacío para todas las tarjetas.',
    'propose.send': 'Enviar la propuesta',
    'propose.sent': 'Tu propuesta se ha enviado a {partner}. Aquí verás cuándo responda.',
    ledger: 'Lo que han dado tus intercambios',
    'ledger.intro': 'Enviado: lo que tus lectores dieron al libro de tu socio en tu sitio. Recibido: lo que los lectores de tu socio dieron a tu libro en el suyo.',
    'ledger.period': 'Periodo',
    'ledger.days': { one: 'Último día', other: 'Últimos {count} días' },
    'ledger.with': 'Con {partner}',
    'ledger.caption': 'Balance del intercambio con {partner}',
    'ledger.sent': 'Enviado',
    'ledger.received': 'Recibido',
    'ledger.all': 'En total',
    'ledger.replayed': 'No entran en estas cifras: visitas cuyos recuentos se enviaron de nuevo, contadas una sola vez — {sent} reenviados desde tu web, {received} desde la suya.',
    'ledger.csv': 'Descargar el balance (CSV)',
    'ledger.signups.csv': 'Descargar las suscripciones de los intercambios (CSV)',
    'measure.impressions': 'Impresiones',
    'measure.clicks': 'Clics',
    'measure.signups': 'Suscripciones',
    'count.impressions': { one: '{count} impresión', other: '{count} impresiones' },
    'count.clicks': { one: '{count} clic', other: '{count} clics' },
    'count.signups': { one: '{count} suscripción', other: '{count} suscripciones' },
    counts: '{impressions}, {clicks} y {signups}',
    'chart.label': 'Gráfico de los últimos {days} días con {partner}, día a día. Enviaste {sent}; recibiste {received}.',
    'legend.impressions.sent': 'Impresiones enviadas',
    'legend.impressions.received': 'Impresiones recibidas',
    'legend.clicks.sent': 'Clics enviados',
    'legend.clicks.received': 'Clics recibidos',
    'legend.signups.sent': 'Suscripciones enviadas',
    'legend.signups.received': 'Suscripciones recibidas',
    'plot.impressions': 'Impresiones por día',
    'plot.actions': 'Clics y suscripciones por día',
    readout: '{day}: enviado {sent}; recibido {received}.',
  },
  fr: {
    heading: 'Livres et échanges',
    intro: 'Échangez des recommandations avec des auteurs de votre genre : les cartes d’échange de votre site montrent leur livre, les leurs montrent le vôtre, et chacun voit ce que l’autre a apporté.',
    back: 'Retour à Livres et échanges',
    waiting: { one: 'Une proposition attend votre réponse', other: '{count} propositions attendent votre réponse' },
    'waiting.intro': 'Si vous acceptez, leur livre apparaît sur les cartes d’échange de votre site et le vôtre sur les leurs, jusqu’à ce que l’un de vous mette fin à l’échange.',
    'waiting.from': '{partner} vous propose un échange',
    accept: 'Accepter',
    accepted: 'Vous avez accepté l’échange avec {partner}. Son livre apparaît désormais sur vos cartes d’échange, et le vôtre sur les siennes.',
    decline: 'Refuser',
    'decline.confirm': 'Refuser l’échange que propose {partner} ? Cette personne verra que vous avez refusé.',
    declined: 'Vous avez refusé l’échange proposé par {partner}.',
    sent: 'Vos propositions en attente de réponse',
    'sent.to': 'Proposé à {partner}',
    withdraw: 'Retirer la proposition',
    'withdraw.confirm': 'Retirer votre proposition à {partner} ?',
    withdrawn: 'Votre proposition à {partner} est retirée.',
    running: 'Échanges en cours',
    'running.with': 'Avec {partner}',
    'running.none': 'Aucun échange en cours pour l’instant.',
    end: 'Mettre fin à cet échange',
    'end.confirm': 'Mettre fin à l’échange avec {partner} ? Son livre n’apparaît plus sur votre site, ni le vôtre sur le sien. Pour échanger de nouveau, l’un de vous devra proposer un nouvel échange.',
    ended: 'L’échange avec {partner} est terminé.',
    past: 'Terminés et refusés',
    'past.ended': 'Terminé',
    'past.declined.you': 'Refusé par vous',
    'past.declined.them': 'Refusé',
    'past.withdrawn.you': 'Retiré par vous',
    'past.withdrawn.them': 'Retiré',
    'swap.onYours': 'Présenté sur votre site',
    'swap.onTheirs': 'Présenté sur le site de {partner}',
    'swap.by': 'de {author}',
    'swap.proposedOn': 'Proposé le {date}',
    'swap.since': 'En cours depuis le {date}',
    'swap.ran': 'Du {from} au {to}',
    'swap.closed': 'Proposé le {from}, clos le {to}',
    'swap.weight': 'Poids {weight}',
    'swap.placements': 'Uniquement sur : {placements}',
    books: 'Vos livres',
    'books.heading': 'Vos livres',
    'books.intro': 'Les livres que vous pouvez proposer en échange. Les lecteurs de vos partenaires voient la couverture, le résumé et les liens d’achat.',
    'books.none': 'Vous n’avez pas encore de livre. Ajoutez celui que vous aimeriez faire découvrir aux lecteurs d’autres auteurs.',
    'books.add': 'Ajouter un livre',
    'books.manage': { one: 'Gérer votre livre', other: 'Gérer vos {count} livres' },
    'books.back': 'Retour à vos livres',
    'book.new.heading': 'Ajouter un livre',
    'book.edit.heading': 'Modifier « {title} »',
    'book.edit.heading.plain': 'Modifier un livre',
    'book.missing': 'Ce livre n’existe pas ou a été supprimé.',
    'book.title': 'Titre',
    'book.id': 'Identifiant du livre',
    'book.id.hint': 'Un nom court pour le livre dans les adresses et les exports : minuscules, chiffres et tirets. Il ne peut plus être modifié ensuite.',
    'book.id.invalid': 'Utilisez uniquement des minuscules, des chiffres et des tirets, en commençant par une lettre ou un chiffre.',
    'book.id.taken': 'Vous avez déjà un livre avec cet identifiant. Choisissez-en un autre.',
    'book.cover': 'Adresse de l’image de couverture',
    'book.cover.hint': 'L’adresse web de l’image de couverture, commençant par https://. Facultatif.',
    'book.blurb': 'Résumé',
    'book.blurb.hint': 'Quelques phrases pour éveiller la curiosité. Texte brut ; les retours à la ligne sont conservés.',
    'book.genres': 'Genres',
    'book.genres.hint': 'Séparés par des virgules, par ex. cosy fantasy, romance.',
    'book.links': 'Où l’acheter',
    'book.links.hint': 'Chaque lien comporte une boutique (Kobo, Amazon, votre propre boutique…) et l’adresse du livre dans cette boutique.',
    'book.link': 'Lien d’achat {n}',
    'book.link.retailer': 'Boutique',
    'book.link.retailer.example': 'par ex. Kobo',
    'book.link.url': 'Lien vers le livre',
    'book.link.add': 'Ajouter un lien d’achat',
    'book.link.remove': 'Supprimer le lien d’achat {n}',
    'book.link.url.missing': 'Ajoutez l’adresse du livre dans cette boutique.',
    'book.link.retailer.missing': 'Indiquez le nom de la boutique.',
    'book.link.url.invalid': 'L’adresse doit commencer par https:// (ou http://).',
    'book.required': 'Veuillez remplir ce champ.',
    'book.add': 'Ajouter le livre',
    'book.save': 'Enregistrer le livre',
    'book.added': '« {title} » est ajouté à vos livres.',
    'book.saved': '« {title} » est enregistré.',
    'book.buyAt': 'En vente chez : {retailers}',
    'book.noLinks': 'Pas encore de lien d’achat',
    'book.inSwap': 'Dans un échange avec {partners}',
    'book.delete': 'Supprimer « {title} »',
    'book.delete.confirm': 'Supprimer « {title} » ? C’est définitif.',
    'book.deleted': '« {title} » est supprimé.',
    find: 'Trouver un partenaire',
    'find.intro': 'Parcourez les auteurs de ce serveur ouverts aux échanges, et proposez un échange à l’un d’eux.',
    'find.open': 'Ouvrir l’annuaire',
    unlisted:
      'Vous n’êtes pas encore dans l’annuaire : les autres auteurs ne peuvent pas vous trouver, et un auteur à qui vous proposez un échange ne pourrait voir ni qui vous êtes, ni quel livre vous proposez. Vous pouvez vous y inscrire dans les réglages.',
    'unlisted.do': 'M’inscrire dans l’annuaire (réglages)',
    nobook: 'Il vous faut un livre à vous avant de pouvoir proposer un échange.',
    'directory.intro': 'Les auteurs de ce serveur inscrits pour les échanges. Vous choisissez lequel de vos livres ils présentent, et lequel des leurs vous présentez.',
    'directory.back': 'Retour à l’annuaire',
    'directory.genre': 'Genre',
    'directory.genre.all': 'Tous les genres',
    'directory.count': { zero: 'Aucun auteur trouvé.', one: '1 auteur trouvé.', other: '{count} auteurs trouvés.' },
    'directory.authors': 'Auteurs',
    'directory.books': 'Livres',
    'directory.nobooks': 'Pas encore de livre.',
    'directory.none': 'Aucun autre auteur ne s’est encore inscrit. Revenez plus tard, ou invitez sur ce serveur un auteur que vous connaissez.',
    'directory.none.genre': 'Aucun auteur n’est encore inscrit dans ce genre.',
    propose: 'Proposer un échange',
    'propose.heading': 'Proposer un échange à {partner}',
    'propose.intro': 'Choisissez les deux livres. {partner} verra votre proposition dans sa console et l’acceptera ou la refusera ; rien n’apparaît sur l’un ou l’autre site avant son accord.',
    'propose.missing': 'Cet auteur n’est pas (ou plus) dans l’annuaire.',
    'propose.nobooks': '{partner} n’a pas encore de livre : il n’y a rien à échanger pour l’instant.',
    'propose.theirs': 'Son livre, présenté sur votre site',
    'propose.theirs.hint': 'Vos lecteurs le voient sur vos cartes d’échange.',
    'propose.yours': 'Votre livre, présenté sur son site',
    'propose.yours.hint': 'Les lecteurs de {partner} le voient sur ses cartes d’échange.',
    'propose.more': 'Plus d’options',
    'propose.weight': 'Poids',
    'propose.weight.hint': 'La fréquence à laquelle cet échange apparaît sur les cartes par rapport à vos autres échanges, de 1 à 100. Laissez vide pour 1.',
    'propose.weight.invalid': 'Saisissez un nombre entier de 1 à 100.',
    'propose.placements': 'Emplacements',
    'propose.placements.hint': 'Ne présenter les livres que sur les cartes ayant ces emplacements, séparés par des virgules (par ex. sidebar, footer). Laissez vide pour toutes les cartes.',
    'propose.send': 'Envoyer la proposition',
    'propose.sent': 'Votre proposition est envoyée à {partner}. Vous verrez ici sa réponse.',
    ledger: 'Ce que vos échanges ont apporté',
    'ledger.intro': 'Envoyé : ce que vos lecteurs ont donné au livre de votre partenaire sur votre site. Reçu : ce que les lecteurs de votre partenaire ont donné à votre livre sur le sien.',
    'ledger.period': 'Période',
    'ledger.days': { one: 'Dernier jour', other: '{count} derniers jours' },
    'ledger.with': 'Avec {partner}',
    'ledger.caption': 'Bilan de l’échange avec {partner}',
    'ledger.sent': 'Envoyé',
    'ledger.received': 'Reçu',
    'ledger.all': 'Au total',
    'ledger.replayed': 'Hors de ces chiffres : des pages vues dont les comptes ont été renvoyés, comptées une seule fois — {sent} renvoyés depuis votre site, {received} depuis le sien.',
    'ledger.csv': 'Télécharger le bilan (CSV)',
    'ledger.signups.csv': 'Télécharger les inscriptions venues des échanges (CSV)',
    'measure.impressions': 'Affichages',
    'measure.clicks': 'Clics',
    'measure.signups': 'Inscriptions',
    'count.impressions': { one: '{count} affichage', other: '{count} affichages' },
    'count.clicks': { one: '{count} clic', other: '{count} clics' },
    'count.signups': { one: '{count} inscription', other: '{count} inscriptions' },
    counts: '{impressions}, {clicks} et {signups}',
    'chart.label': 'Graphique des {days} derniers jours avec {partner}, jour par jour. Vous avez envoyé {sent} ; vous avez reçu {received}.',
    'legend.impressions.sent': 'Affichages envoyés',
    'legend.impressions.received': 'Affichages reçus',
    'legend.clicks.sent': 'Clics envoyés',
    'legend.clicks.received': 'Clics reçus',
    'legend.signups.sent': 'Inscriptions envoyées',
    'legend.signups.received': 'Inscriptions reçues',
    'plot.impressions': 'Affichages par jour',
    'plot.actions': 'Clics et inscriptions par jour',
    readout: '{day} : envoyé {sent} ; reçu {received}.',
  },
  de: {
    heading: 'Bücher und Tausch',
    intro: 'Tauschen Sie Empfehlungen mit Autorinnen und Autoren Ihres Genres: Die Tauschkarten Ihrer Website zeigen deren Buch, ihre zeigen Ihres, und beide sehen, was jede Seite beigetragen hat.',
    back: 'Zurück zu Bücher und Tausch',
    waiting: { one: 'Ein Vorschlag wartet auf Ihre Antwort', other: '{count} Vorschläge warten auf Ihre Antwort' },
    'waiting.intro': 'Wenn Sie annehmen, erscheint das andere Buch auf den Tauschkarten Ihrer Website und Ihres auf denen der anderen Seite, bis eine Seite den Tausch beendet.',
    'waiting.from': '{partner} schlägt einen Tausch vor',
    accept: 'Annehmen',
    accepted: 'Sie haben den Tausch mit {partner} angenommen. Das andere Buch erscheint jetzt auf Ihren Tauschkarten und Ihres auf denen von {partner}.',
    decline: 'Ablehnen',
    'decline.confirm': 'Den Tausch ablehnen, den {partner} vorschlägt? {partner} sieht, dass Sie abgelehnt haben.',
    declined: 'Sie haben den Tausch abgelehnt, den {partner} vorgeschlagen hat.',
    sent: 'Ihre Vorschläge, die auf Antwort warten',
    'sent.to': 'Vorgeschlagen an {partner}',
    withdraw: 'Vorschlag zurückziehen',
    'withdraw.confirm': 'Ihren Vorschlag an {partner} zurückziehen?',
    withdrawn: 'Ihr Vorschlag an {partner} ist zurückgezogen.',
    running: 'Laufende Tausche',
    'running.with': 'Mit {partner}',
    'running.none': 'Noch läuft kein Tausch.',
    end: 'Diesen Tausch beenden',
    'end.confirm': 'Den Tausch mit {partner} beenden? Das andere Buch erscheint nicht mehr auf Ihrer Website und Ihres nicht mehr auf der anderen. Um wieder zu tauschen, muss eine Seite einen neuen Tausch vorschlagen.',
    ended: 'Der Tausch mit {partner} ist beendet.',
    past: 'Beendet und abgelehnt',
    'past.ended': 'Beendet',
    'past.declined.you': 'Von Ihnen abgelehnt',
    'past.declined.them': 'Abgelehnt',
    'past.withdrawn.you': 'Von Ihnen zurückgezogen',
    'past.withdrawn.them': 'Zurückgezogen',
    'swap.onYours': 'Auf Ihrer Website',
    'swap.onTheirs': 'Auf der Website von {partner}',
    'swap.by': 'von {author}',
    'swap.proposedOn': 'Vorgeschlagen am {date}',
    'swap.since': 'Läuft seit {date}',
    'swap.ran': 'Lief vom {from} bis {to}',
    'swap.closed': 'Vorgeschlagen am {from}, geschlossen am {to}',
    'swap.weight': 'Gewicht {weight}',
    'swap.placements': 'Nur auf: {placements}',
    books: 'Ihre Bücher',
    'books.heading': 'Ihre Bücher',
    'books.intro': 'Die Bücher, die Sie zum Tausch anbieten können. Die Leserinnen und Leser Ihrer Partner sehen Cover, Klappentext und Kauflinks.',
    'books.none': 'Sie haben noch keine Bücher. Fügen Sie das Buch hinzu, das die Leserschaft anderer Autorinnen und Autoren entdecken soll.',
    'books.add': 'Buch hinzufügen',
    'books.manage': { one: 'Ihr Buch verwalten', other: 'Ihre {count} Bücher verwalten' },
    'books.back': 'Zurück zu Ihren Büchern',
    'book.new.heading': 'Buch hinzufügen',
    'book.edit.heading': '„{title}“ bearbeiten',
    'book.edit.heading.plain': 'Buch bearbeiten',
    'book.missing': 'Dieses Buch gibt es nicht oder es wurde gelöscht.',
    'book.title': 'Titel',
    'book.id': 'Kennung des Buchs',
    'book.id.hint': 'Ein kurzer Name für das Buch in Adressen und Exporten: Kleinbuchstaben, Ziffern und Bindestriche. Er lässt sich später nicht mehr ändern.',
    'book.id.invalid': 'Nur Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben oder einer Ziffer.',
    'book.id.taken': 'Sie haben schon ein Buch mit dieser Kennung. Bitte wählen Sie eine andere.',
    'book.cover': 'Adresse des Coverbilds',
    'book.cover.hint': 'Die Webadresse des Coverbilds, beginnend mit https://. Optional.',
    'book.blurb': 'Klappentext',
    'book.blurb.hint': 'Ein paar Sätze, die neugierig machen. Reiner Text; Zeilenumbrüche bleiben erhalten.',
    'book.genres': 'Genres',
    'book.genres.hint': 'Durch Kommas getrennt, z. B. Cozy Fantasy, Liebesroman.',
    'book.links': 'Wo man es kaufen kann',
    'book.links.hint': 'Jeder Link hat einen Shop (Kobo, Amazon, Ihr eigener Shop …) und die Adresse des Buchs dort.',
    'book.link': 'Kauflink {n}',
    'book.link.retailer': 'Shop',
    'book.link.retailer.example': 'z. B. Kobo',
    'book.link.url': 'Link zum Buch',
    'book.link.add': 'Kauflink hinzufügen',
    'book.link.remove': 'Kauflink {n} entfernen',
    'book.link.url.missing': 'Bitte geben Sie die Adresse des Buchs in diesem Shop an.',
    'book.link.retailer.missing': 'Bitte nennen Sie den Shop.',
    'book.link.url.invalid': 'Die Adresse muss mit https:// (oder http://) beginnen.',
    'book.required': 'Bitte füllen Sie dieses Feld aus.',
    'book.add': 'Buch hinzufügen',
    'book.save': 'Buch speichern',
    'book.added': '„{title}“ ist jetzt bei Ihren Büchern.',
    'book.saved': '„{title}“ ist gespeichert.',
    'book.buyAt': 'Erhältlich bei: {retailers}',
    'book.noLinks': 'Noch keine Kauflinks',
    'book.inSwap': 'Im Tausch mit {partners}',
    'book.delete': '„{title}“ löschen',
    'book.delete.confirm': '„{title}“ löschen? Das lässt sich nicht rückgängig machen.',
    'book.deleted': '„{title}“ ist gelöscht.',
    find: 'Tauschpartner finden',
    'find.intro': 'Stöbern Sie unter den Autorinnen und Autoren dieses Servers, die offen für Tausch sind, und schlagen Sie einer oder einem davon einen Tausch vor.',
    'find.open': 'Verzeichnis öffnen',
    unlisted:
      'Sie stehen noch nicht im Verzeichnis: Andere können Sie nicht finden, und wem Sie einen Tausch vorschlagen, könnte weder sehen, wer Sie sind, noch welches Buch Sie anbieten. Eintragen können Sie sich in den Einstellungen.',
    'unlisted.do': 'In den Einstellungen eintragen',
    nobook: 'Sie brauchen ein eigenes Buch, bevor Sie einen Tausch vorschlagen können.',
    'directory.intro': 'Autorinnen und Autoren dieses Servers, die sich für den Tausch eingetragen haben. Sie wählen, welches Ihrer Bücher die andere Seite zeigt und welches von deren Büchern Sie zeigen.',
    'directory.back': 'Zurück zum Verzeichnis',
    'directory.genre': 'Genre',
    'directory.genre.all': 'Alle Genres',
    'directory.count': { zero: 'Niemand gefunden.', one: '1 Eintrag gefunden.', other: '{count} Einträge gefunden.' },
    'directory.authors': 'Autorinnen und Autoren',
    'directory.books': 'Bücher',
    'directory.nobooks': 'Noch kein Buch eingetragen.',
    'directory.none': 'Noch hat sich niemand sonst eingetragen. Schauen Sie später wieder vorbei oder laden Sie eine Autorin oder einen Autor, die Sie kennen, auf diesen Server ein.',
    'directory.none.genre': 'In diesem Genre ist noch niemand eingetragen.',
    propose: 'Tausch vorschlagen',
    'propose.heading': 'Tausch vorschlagen an {partner}',
    'propose.intro': 'Wählen Sie die beiden Bücher. {partner} sieht Ihren Vorschlag in der eigenen Konsole und nimmt ihn an oder lehnt ihn ab; vor der Zusage erscheint auf keiner der beiden Websites etwas.',
    'propose.missing': 'Diese Person steht nicht (mehr) im Verzeichnis.',
    'propose.nobooks': '{partner} hat noch kein Buch eingetragen, es gibt also vorerst nichts zu tauschen.',
    'propose.theirs': 'Das andere Buch, auf Ihrer Website gezeigt',
    'propose.theirs.hint': 'Ihre Leserinnen und Leser sehen es auf Ihren Tauschkarten.',
    'propose.yours': 'Ihr Buch, auf der anderen Website gezeigt',
    'propose.yours.hint': 'Die Leserschaft von {partner} sieht es auf deren Tauschkarten.',
    'propose.more': 'Weitere Optionen',
    'propose.weight': 'Gewicht',
    'propose.weight.hint': 'Wie oft dieser Tausch auf Tauschkarten erscheint, verglichen mit Ihren anderen Tauschen, von 1 bis 100. Leer lassen für 1.',
    'propose.weight.invalid': 'Bitte geben Sie eine ganze Zahl von 1 bis 100 ein.',
    'propose.placements': 'Platzierungen',
    'propose.placements.hint': 'Die Bücher nur auf Tauschkarten mit diesen Platzierungen zeigen, durch Kommas getrennt (z. B. sidebar, footer). Leer lassen für alle Karten.',
    'propose.send': 'Vorschlag senden',
    'propose.sent': 'Ihr Vorschlag ist an {partner} gesendet. Hier sehen Sie, wenn eine Antwort kommt.',
    ledger: 'Was Ihre Tausche gebracht haben',
    'ledger.intro': 'Gesendet: was Ihre Leserschaft dem Buch Ihres Partners auf Ihrer Website gegeben hat. Erhalten: was die Leserschaft Ihres Partners Ihrem Buch auf seiner Website gegeben hat.',
    'ledger.period': 'Zeitraum',
    'ledger.days': { one: 'Letzter Tag', other: 'Letzte {count} Tage' },
    'ledger.with': 'Mit {partner}',
    'ledger.caption': 'Bilanz des Tauschs mit {partner}',
    'ledger.sent': 'Gesendet',
    'ledger.received': 'Erhalten',
    'ledger.all': 'Insgesamt',
    'ledger.replayed': 'Nicht in diesen Zahlen: Seitenaufrufe, deren Zählungen erneut gesendet wurden, einmal gezählt — {sent} erneut von Ihrer Website, {received} von der des Partners.',
    'ledger.csv': 'Bilanz herunterladen (CSV)',
    'ledger.signups.csv': 'Anmeldungen über Tausche herunterladen (CSV)',
    'measure.impressions': 'Einblendungen',
    'measure.clicks': 'Klicks',
    'measure.signups': 'Anmeldungen',
    'count.impressions': { one: '{count} Einblendung', other: '{count} Einblendungen' },
    'count.clicks': { one: '{count} Klick', other: '{count} Klicks' },
    'count.signups': { one: '{count} Anmeldung', other: '{count} Anmeldungen' },
    counts: '{impressions}, {clicks} und {signups}',
    'chart.label': 'Diagramm der letzten {days} Tage mit {partner}, Tag für Tag. Gesendet: {sent}; erhalten: {received}.',
    'legend.impressions.sent': 'Einblendungen gesendet',
    'legend.impressions.received': 'Einblendungen erhalten',
    'legend.clicks.sent': 'Klicks gesendet',
    'legend.clicks.received': 'Klicks erhalten',
    'legend.signups.sent': 'Anmeldungen gesendet',
    'legend.signups.received': 'Anmeldungen erhalten',
    'plot.impressions': 'Einblendungen pro Tag',
    'plot.actions': 'Klicks und Anmeldungen pro Tag',
    readout: '{day}: gesendet {sent}; erhalten {received}.',
  },
};
