import type { Catalog } from '../../i18n.js';

type Status = 'pending_confirmation' | 'confirmed' | 'waitlisted';
type Kind = 'newsletter' | 'readers' | 'mastermind';
type QuestionType = 'text' | 'email' | 'textarea' | 'select' | 'checkboxes';

type Key =
  // The list
  | 'heading'
  | 'list.intro'
  | 'create'
  | 'col.group'
  | 'col.kind'
  | 'col.seats'
  | 'col.signups'
  | 'col.actions'
  | `count.${Status}`
  | 'list.signups'
  | 'seats.unlimited'
  | 'seats.left'
  | `kind.${Kind}`
  | 'empty'
  | 'empty.what'
  | 'empty.start'
  | 'empty.create'
  | 'created'
  | 'saved'
  | 'deleted'
  | 'notFound'
  | 'back'
  // The editor
  | 'new.heading'
  | 'new.intro'
  | 'edit.heading'
  | 'edit.heading.plain'
  | 'name'
  | 'name.hint'
  | 'id'
  | 'id.hint'
  | 'id.fixed'
  | 'id.code'
  | 'id.reserved'
  | 'id.taken'
  | 'kind'
  | 'kind.hint'
  | 'description'
  | 'description.hint'
  | 'seats'
  | 'seats.hint'
  | 'seats.invalid'
  | 'questions'
  | 'questions.hint'
  | 'questions.max'
  | 'question.add'
  | 'question.n'
  | 'question.label'
  | 'question.label.hint'
  | 'question.name'
  | 'question.name.hint'
  | 'question.name.fixed'
  | 'question.name.twice'
  | 'question.type'
  | `type.${QuestionType}`
  | 'question.required'
  | 'question.up'
  | 'question.down'
  | 'question.remove'
  | 'question.moved'
  | 'question.removed'
  | 'choices'
  | 'choices.hint'
  | 'choice.n'
  | 'choice.remove'
  | 'choice.add'
  | 'consent'
  | 'consent.hint'
  | 'version'
  | 'version.hint'
  | 'consent.renewed'
  | 'doubleOptIn'
  | 'doubleOptIn.hint'
  | 'required'
  | 'fix'
  | 'form.create'
  | 'form.save'
  | 'delete'
  | 'delete.intro'
  | 'delete.hasSignups'
  | 'delete.do'
  | 'delete.confirm'
  | 'delete.yes'
  // The signups
  | 'signups.heading'
  | 'signups.heading.plain'
  | 'signups.intro'
  | 'csv'
  | 'edit.this'
  | 'filter'
  | 'filter.all'
  | `filter.${Status}`
  | 'readers'
  | 'signups.none'
  | 'signups.none.intro'
  | 'signups.none.embed'
  | 'signups.none.status'
  | 'signup.name'
  | 'signup.status'
  | 'signup.date'
  | 'signup.confirmed'
  | `status.${Status}`
  | 'signup.swap'
  | 'signup.swap.with'
  | 'signup.swap.some'
  | 'signup.swap.see'
  | 'proof'
  | 'proof.detail'
  | 'source.unknown'
  | 'remove'
  | 'remove.confirm'
  | 'remove.yes'
  | 'removed';

export const messages: Catalog<Key> = {
  en: {
    heading: 'Groups',
    'list.intro': 'Readers join these groups through the sign-up forms on your website. Readers waiting for confirmation have not yet clicked the link we emailed them; they already hold a seat.',
    create: 'Create a group',
    'col.group': 'Group',
    'col.kind': 'Kind',
    'col.seats': 'Seats',
    'col.signups': 'Signups',
    'col.actions': 'Actions',
    'count.pending_confirmation': '{count} waiting for confirmation',
    'count.confirmed': '{count} confirmed',
    'count.waitlisted': '{count} on the waiting list',
    'list.signups': 'Signups',
    'seats.unlimited': 'No limit',
    'seats.left': { one: '{left} of {count} seat left', other: '{left} of {count} seats left' },
    'kind.newsletter': 'Newsletter',
    'kind.readers': 'Readers’ group',
    'kind.mastermind': 'Mastermind',
    empty: 'No groups yet',
    'empty.what':
      'A group is what readers join from your website: a newsletter, a readers’ group, or a mastermind with application questions and a limited number of seats. Each group has its own sign-up form and the consent readers agree to; Salon keeps a record of who agreed to what, and when.',
    'empty.start': 'A newsletter is the easiest group to start with: all readers need to give is their email address.',
    'empty.create': 'Create your first group',
    created: '“{name}” is created. To put its sign-up form on your website, go to Embed code.',
    saved: '“{name}” is saved.',
    deleted: '“{name}” is deleted.',
    notFound: 'This site has no group “{id}”. It may have been deleted.',
    back: 'Back to groups',

    'new.heading': 'Create a group',
    'new.intro': 'Name the group, write what readers agree to, and add any questions you want them to answer. You can change everything later except its id.',
    'edit.heading': 'Edit “{name}”',
    'edit.heading.plain': 'Edit a group',
    name: 'Name',
    'name.hint': 'Readers see it on the sign-up form, e.g. “Spring Fantasy Mastermind” or “Monthly letter”.',
    id: 'Id',
    'id.hint': 'How your website’s code names the group: lower-case letters, digits and dashes. It cannot be changed later.',
    'id.fixed': 'Id (cannot be changed):',
    'id.code': 'On your website:',
    'id.reserved': '“new” is reserved; choose another id.',
    'id.taken': 'You already have a group with this id; choose another.',
    kind: 'Kind of group',
    'kind.hint': 'A mastermind usually asks questions and has few seats; a readers’ group or a newsletter only needs an email address.',
    description: 'Description',
    'description.hint': 'A few words for the sign-up form: what the group is, how often you write or meet.',
    seats: 'Seats',
    'seats.hint': 'Leave empty for no limit. When every seat is taken, new readers go on a waiting list.',
    'seats.invalid': 'Enter a whole number of 1 or more, or leave it empty.',
    questions: 'Questions',
    'questions.hint': 'Readers always give their email address and may give their name. Add any other question you want them to answer.',
    'questions.max': 'A group can have at most {count} questions.',
    'question.add': 'Add a question',
    'question.n': 'Question {n}',
    'question.label': 'Question',
    'question.label.hint': 'As readers see it, e.g. “What are you writing?”',
    'question.name': 'Short name',
    'question.name.hint': 'Names the answers in your CSV download: lower-case letters, digits and dashes.',
    'question.name.fixed': 'Short name (cannot be changed, so earlier answers keep theirs):',
    'question.name.twice': 'Another question already has this short name.',
    'question.type': 'Kind of answer',
    'type.text': 'Short text',
    'type.email': 'Email address',
    'type.textarea': 'Long text',
    'type.select': 'One choice from a list',
    'type.checkboxes': 'Several choices (tick boxes)',
    'question.required': 'Readers must answer',
    'question.up': 'Move up',
    'question.down': 'Move down',
    'question.remove': 'Remove question',
    'question.moved': '“{label}” is now question {n}.',
    'question.removed': '“{label}” is removed.',
    choices: 'Choices',
    'choices.hint': 'The answers readers pick from.',
    'choice.n': 'Choice {n}',
    'choice.remove': 'Remove choice {n}',
    'choice.add': 'Add a choice',
    consent: 'Consent text',
    'consent.hint': 'Readers tick a box with this text to join. Say who will email them and about what, e.g. “I agree that Ada Author may email me about her Spring Mastermind. I can unsubscribe at any time.”',
    version: 'Version of the consent text',
    'version.hint': 'Each signup keeps the text and version the reader agreed to, so the version changes whenever the text does.',
    'consent.renewed':
      'You changed the consent text, so it gets a new version: {version}. Readers who signed up earlier keep the consent they agreed to (version {old}); readers who sign up from now on agree to the new text.',
    doubleOptIn: 'Ask readers to confirm their email address (double opt-in)',
    'doubleOptIn.hint':
      'We email each new reader a link; they are confirmed once they click it. This proves the address is theirs and keeps mistyped addresses off your list. Recommended, and required by law in some countries.',
    required: 'Please fill this in.',
    fix: 'Please correct the marked fields.',
    'form.create': 'Create the group',
    'form.save': 'Save changes',
    delete: 'Delete this group',
    'delete.intro': 'Its sign-up form stops working on your website. This cannot be undone.',
    'delete.hasSignups': {
      one: 'This group has a signup. A group with signups cannot be deleted: download them as CSV and remove them first.',
      other: 'This group has {count} signups. A group with signups cannot be deleted: download them as CSV and remove them first.',
    },
    'delete.do': 'Delete “{name}”',
    'delete.confirm': 'Delete “{name}”? Its sign-up form stops working on your website.',
    'delete.yes': 'Delete the group',

    'signups.heading': 'Signups for “{name}”',
    'signups.heading.plain': 'Signups',
    'signups.intro': 'Everyone who signed up, newest first, with their answers and their proof of consent: the text and version they agreed to, when, and on which page.',
    csv: 'Download CSV',
    'edit.this': 'Edit this group',
    filter: 'Show',
    'filter.all': 'All signups ({count})',
    'filter.pending_confirmation': 'Waiting for confirmation ({count})',
    'filter.confirmed': 'Confirmed ({count})',
    'filter.waitlisted': 'On the waiting list ({count})',
    readers: { one: '{count} reader', other: '{count} readers' },
    'signups.none': 'Nobody has signed up yet',
    'signups.none.intro': 'Once the group’s sign-up form is on your website, each reader who signs up appears here with their answers and proof of consent.',
    'signups.none.embed': 'Put the sign-up form on your website',
    'signups.none.status': 'No readers with this status',
    'signup.name': 'Name',
    'signup.status': 'Status',
    'signup.date': 'Signed up',
    'signup.confirmed': 'Confirmed',
    'status.pending_confirmation': 'Waiting for confirmation',
    'status.confirmed': 'Confirmed',
    'status.waitlisted': 'On the waiting list',
    'signup.swap': 'Came through',
    'signup.swap.with': 'a list swap with {partner}',
    'signup.swap.some': 'a list swap',
    'signup.swap.see': 'see Books and swaps',
    proof: 'Proof of consent',
    'proof.detail': 'Version {version}, agreed {when}, on:',
    'source.unknown': 'unknown page',
    remove: 'Remove this reader',
    'remove.confirm': 'Remove {email} from “{group}”? Their signup, answers and proof of consent are deleted for good. Do this when a reader asks to be forgotten.',
    'remove.yes': 'Remove the reader',
    removed: '{email} is removed.',
  },
  es: {
    heading: 'Grupos',
    'list.intro': 'Los lectores se apuntan a estos grupos con los formularios de tu web. Quien está pendiente de confirmar aún no ha pulsado el enlace que le enviamos por correo, pero ya ocupa una plaza.',
    create: 'Crear un grupo',
    'col.group': 'Grupo',
    'col.kind': 'Tipo',
    'col.seats': 'Plazas',
    'col.signups': 'Suscripciones',
    'col.actions': 'Acciones',
    'count.pending_confirmation': { one: '{count} pendiente de confirmar', other: '{count} pendientes de confirmar' },
    'count.confirmed': { one: '{count} confirmada', other: '{count} confirmadas' },
    'count.waitlisted': '{count} en lista de espera',
    'list.signups': 'Suscripciones',
    'seats.unlimited': 'Sin límite',
    'seats.left': 'Plazas libres: {left} de {count}',
    'kind.newsletter': 'Boletín',
    'kind.readers': 'Grupo de lectores',
    'kind.mastermind': 'Mastermind',
    empty: 'Aún no hay grupos',
    'empty.what':
      'Un grupo es aquello a lo que tus lectores se apuntan desde tu web: un boletín, un grupo de lectores o una mastermind con preguntas de solicitud y plazas limitadas. Cada grupo tiene su propio formulario y el consentimiento que aceptan los lectores; Salon guarda constancia de quién aceptó qué y cuándo.',
    'empty.start': 'Lo más fácil para empezar es un boletín: los lectores solo tienen que dar su correo electrónico.',
    'empty.create': 'Crear tu primer grupo',
    created: '«{name}» está creado. Para poner su formulario en tu web, ve a Código para insertar.',
    saved: '«{name}» está guardado.',
    deleted: '«{name}» está eliminado.',
    notFound: 'Este sitio no tiene ningún grupo «{id}». Quizá se haya eliminado.',
    back: 'Volver a los grupos',

    'new.heading': 'Crear un grupo',
    'new.intro': 'Ponle nombre al grupo, escribe lo que aceptan los lectores y añade las preguntas que quieras hacerles. Luego puedes cambiarlo todo menos su identificador.',
    'edit.heading': 'Editar «{name}»',
    'edit.heading.plain': 'Editar un grupo',
    name: 'Nombre',
    'name.hint': 'Los lectores lo ven en el formulario, p. ej. «Mastermind de fantasía de primavera» o «Carta mensual».',
    id: 'Identificador',
    'id.hint': 'El nombre del grupo en el código de tu web: minúsculas sin acentos, cifras y guiones. No se puede cambiar después.',
    'id.fixed': 'Identificador (no se puede cambiar):',
    'id.code': 'En tu web:',
    'id.reserved': '«new» está reservado; elige otro identificador.',
    'id.taken': 'Ya tienes un grupo con este identificador; elige otro.',
    kind: 'Tipo de grupo',
    'kind.hint': 'Una mastermind suele hacer preguntas y tener pocas plazas; para un grupo de lectores o un boletín basta con el correo electrónico.',
    description: 'Descripción',
    'description.hint': 'Unas palabras para el formulario: qué es el grupo, cada cuánto escribes o os reunís.',
    seats: 'Plazas',
    'seats.hint': 'Déjalo vacío si no hay límite. Cuando se ocupan todas las plazas, los nuevos lectores pasan a una lista de espera.',
    'seats.invalid': 'Escribe un número entero, 1 o más, o déjalo vacío.',
    questions: 'Preguntas',
    'questions.hint': 'Los lectores siempre dan su correo electrónico y pueden dar su nombre. Añade cualquier otra pregunta que quieras hacerles.',
    'questions.max': 'Un grupo puede tener como máximo {count} preguntas.',
    'question.add': 'Añadir una pregunta',
    'question.n': 'Pregunta {n}',
    'question.label': 'Pregunta',
    'question.label.hint': 'Tal como la ven los lectores, p. ej. «¿Qué estás escribiendo?»',
    'question.name': 'Nombre corto',
    'question.name.hint': 'Da nombre a las respuestas en tu descarga CSV: minúsculas sin acentos, cifras y guiones.',
    'question.name.fixed': 'Nombre corto (no se puede cambiar, para que las respuestas anteriores conserven el suyo):',
    'question.name.twice': 'Otra pregunta ya tiene este nombre corto.',
    'question.type': 'Tipo de respuesta',
    'type.text': 'Texto corto',
    'type.email': 'Correo electrónico',
    'type.textarea': 'Texto largo',
    'type.select': 'Una opción de una lista',
    'type.checkboxes': 'Varias opciones (casillas)',
    'question.required': 'Respuesta obligatoria',
    'question.up': 'Subir',
    'question.down': 'Bajar',
    'question.remove': 'Quitar la pregunta',
    'question.moved': '«{label}» es ahora la pregunta {n}.',
    'question.removed': '«{label}» se ha quitado.',
    choices: 'Opciones',
    'choices.hint': 'Las respuestas entre las que eligen los lectores.',
    'choice.n': 'Opción {n}',
    'choice.remove': 'Quitar la opción {n}',
    'choice.add': 'Añadir una opción',
    consent: 'Texto de consentimiento',
    'consent.hint': 'Para apuntarse, los lectores marcan una casilla con este texto. Di quién les escribirá y sobre qué, p. ej. «Acepto que Ada Autora me escriba sobre su mastermind de primavera. Puedo darme de baja cuando quiera.»',
    version: 'Versión del texto de consentimiento',
    'version.hint': 'Cada suscripción guarda el texto y la versión que aceptó el lector, así que la versión cambia cada vez que cambia el texto.',
    'consent.renewed':
      'Has cambiado el texto de consentimiento, así que recibe una nueva versión: {version}. Quienes se apuntaron antes conservan el consentimiento que aceptaron (versión {old}); quienes se apunten a partir de ahora aceptan el texto nuevo.',
    doubleOptIn: 'Pedir a los lectores que confirmen su correo (doble opt-in)',
    'doubleOptIn.hint':
      'Enviamos un enlace a cada lector nuevo; queda confirmado al pulsarlo. Así se demuestra que la dirección es suya y no entran en tu lista direcciones mal escritas. Recomendado, y obligatorio por ley en algunos países.',
    required: 'Rellena este campo.',
    fix: 'Corrige los campos marcados.',
    'form.create': 'Crear el grupo',
    'form.save': 'Guardar los cambios',
    delete: 'Eliminar este grupo',
    'delete.intro': 'Su formulario dejará de funcionar en tu web. No se puede deshacer.',
    'delete.hasSignups': {
      one: 'Este grupo tiene una suscripción. Un grupo con suscripciones no se puede eliminar: descárgalas en CSV y quítalas antes.',
      other: 'Este grupo tiene {count} suscripciones. Un grupo con suscripciones no se puede eliminar: descárgalas en CSV y quítalas antes.',
    },
    'delete.do': 'Eliminar «{name}»',
    'delete.confirm': '¿Eliminar «{name}»? Su formulario dejará de funcionar en tu web.',
    'delete.yes': 'Eliminar el grupo',

    'signups.heading': 'Suscripciones a «{name}»',
    'signups.heading.plain': 'Suscripciones',
    'signups.intro': 'Todos los que se han apuntado, de más reciente a más antiguo, con sus respuestas y su prueba de consentimiento: el texto y la versión que aceptaron, cuándo y en qué página.',
    csv: 'Descargar CSV',
    'edit.this': 'Editar este grupo',
    filter: 'Mostrar',
    'filter.all': 'Todas las suscripciones ({count})',
    'filter.pending_confirmation': 'Pendientes de confirmar ({count})',
    'filter.confirmed': 'Confirmadas ({count})',
    'filter.waitlisted': 'En lista de espera ({count})',
    readers: { one: '{count} lector', other: '{count} lectores' },
    'signups.none': 'Aún no se ha apuntado nadie',
    'signups.none.intro': 'Cuando el formulario del grupo esté en tu web, cada lector que se apunte aparecerá aquí con sus respuestas y su prueba de consentimiento.',
    'signups.none.embed': 'Poner el formulario en tu web',
    'signups.none.status': 'Ningún lector con este estado',
    'signup.name': 'Nombre',
    'signup.status': 'Estado',
    'signup.date': 'Se apuntó',
    'signup.confirmed': 'Confirmó',
    'status.pending_confirmation': 'Pendiente de confirmar',
    'status.confirmed': 'Confirmada',
    'status.waitlisted': 'En lista de espera',
    'signup.swap': 'Procedencia',
    'signup.swap.with': 'un intercambio de listas con {partner}',
    'signup.swap.some': 'un intercambio de listas',
    'signup.swap.see': 'ver Libros e intercambios',
    proof: 'Prueba de consentimiento',
    'proof.detail': 'Versión {version}, aceptada el {when}, en:',
    'source.unknown': 'página desconocida',
    remove: 'Quitar a este lector',
    'remove.confirm': '¿Quitar a {email} de «{group}»? Su suscripción, sus respuestas y su prueba de consentimiento se borran para siempre. Hazlo cuando un lector pida que lo olvides.',
    'remove.yes': 'Quitar al lector',
    removed: '{email} se ha quitado.',
  },
  fr: {
    heading: 'Groupes',
    'list.intro':
      'Vos lecteurs rejoignent ces groupes avec les formulaires d’inscription de votre site. Ceux en attente de confirmation n’ont pas encore cliqué sur le lien que nous leur avons envoyé par e-mail\u00a0; ils occupent déjà une place.',
    create: 'Créer un groupe',
    'col.group': 'Groupe',
    'col.kind': 'Type',
    'col.seats': 'Places',
    'col.signups': 'Inscriptions',
    'col.actions': 'Actions',
    'count.pending_confirmation': '{count} en attente de confirmation',
    'count.confirmed': { one: '{count} confirmée', other: '{count} confirmées' },
    'count.waitlisted': '{count} en liste d’attente',
    'list.signups': 'Inscriptions',
    'seats.unlimited': 'Sans limite',
    'seats.left': 'Places libres\u00a0: {left} sur {count}',
    'kind.newsletter': 'Newsletter',
    'kind.readers': 'Club de lecture',
    'kind.mastermind': 'Mastermind',
    empty: 'Pas encore de groupe',
    'empty.what':
      'Un groupe, c’est ce que vos lecteurs rejoignent depuis votre site\u00a0: une newsletter, un club de lecture, ou un mastermind avec des questions de candidature et un nombre de places limité. Chaque groupe a son propre formulaire d’inscription et le consentement que les lecteurs acceptent\u00a0; Salon garde la trace de qui a accepté quoi, et quand.',
    'empty.start': 'Le plus simple pour commencer est une newsletter\u00a0: les lecteurs n’ont qu’à donner leur adresse e-mail.',
    'empty.create': 'Créer votre premier groupe',
    created: '«\u00a0{name}\u00a0» est créé. Pour mettre son formulaire sur votre site, allez dans Code à intégrer.',
    saved: '«\u00a0{name}\u00a0» est enregistré.',
    deleted: '«\u00a0{name}\u00a0» est supprimé.',
    notFound: 'Ce site n’a pas de groupe «\u00a0{id}\u00a0». Il a peut-être été supprimé.',
    back: 'Retour aux groupes',

    'new.heading': 'Créer un groupe',
    'new.intro': 'Donnez un nom au groupe, écrivez ce que les lecteurs acceptent et ajoutez les questions que vous voulez leur poser. Vous pourrez tout modifier ensuite, sauf son identifiant.',
    'edit.heading': 'Modifier «\u00a0{name}\u00a0»',
    'edit.heading.plain': 'Modifier un groupe',
    name: 'Nom',
    'name.hint': 'Les lecteurs le voient sur le formulaire, par ex. «\u00a0Mastermind fantasy du printemps\u00a0» ou «\u00a0Lettre mensuelle\u00a0».',
    id: 'Identifiant',
    'id.hint': 'Le nom du groupe dans le code de votre site\u00a0: lettres minuscules sans accents, chiffres et tirets. Il ne pourra plus être modifié.',
    'id.fixed': 'Identifiant (non modifiable)\u00a0:',
    'id.code': 'Sur votre site\u00a0:',
    'id.reserved': '«\u00a0new\u00a0» est réservé\u00a0; choisissez un autre identifiant.',
    'id.taken': 'Vous avez déjà un groupe avec cet identifiant\u00a0; choisissez-en un autre.',
    kind: 'Type de groupe',
    'kind.hint': 'Un mastermind pose souvent des questions et a peu de places\u00a0; pour un club de lecture ou une newsletter, une adresse e-mail suffit.',
    description: 'Description',
    'description.hint': 'Quelques mots pour le formulaire\u00a0: ce qu’est le groupe, à quel rythme vous écrivez ou vous réunissez.',
    seats: 'Places',
    'seats.hint': 'Laissez vide pour ne pas limiter. Quand toutes les places sont prises, les nouveaux lecteurs passent en liste d’attente.',
    'seats.invalid': 'Indiquez un nombre entier, 1 ou plus, ou laissez vide.',
    questions: 'Questions',
    'questions.hint': 'Les lecteurs donnent toujours leur adresse e-mail et peuvent donner leur nom. Ajoutez toute autre question que vous voulez leur poser.',
    'questions.max': 'Un groupe peut avoir au plus {count} questions.',
    'question.add': 'Ajouter une question',
    'question.n': 'Question {n}',
    'question.label': 'Question',
    'question.label.hint': 'Telle que les lecteurs la voient, par ex. «\u00a0Qu’écrivez-vous\u00a0?\u00a0»',
    'question.name': 'Nom court',
    'question.name.hint': 'Nomme les réponses dans votre export CSV\u00a0: lettres minuscules sans accents, chiffres et tirets.',
    'question.name.fixed': 'Nom court (non modifiable, pour que les réponses déjà reçues gardent le leur)\u00a0:',
    'question.name.twice': 'Une autre question a déjà ce nom court.',
    'question.type': 'Type de réponse',
    'type.text': 'Texte court',
    'type.email': 'Adresse e-mail',
    'type.textarea': 'Texte long',
    'type.select': 'Un choix dans une liste',
    'type.checkboxes': 'Plusieurs choix (cases à cocher)',
    'question.required': 'Réponse obligatoire',
    'question.up': 'Monter',
    'question.down': 'Descendre',
    'question.remove': 'Retirer la question',
    'question.moved': '«\u00a0{label}\u00a0» est maintenant la question {n}.',
    'question.removed': '«\u00a0{label}\u00a0» est retirée.',
    choices: 'Choix',
    'choices.hint': 'Les réponses parmi lesquelles les lecteurs choisissent.',
    'choice.n': 'Choix {n}',
    'choice.remove': 'Retirer le choix {n}',
    'choice.add': 'Ajouter un choix',
    consent: 'Texte de consentement',
    'consent.hint':
      'Pour s’inscrire, les lecteurs cochent une case avec ce texte. Dites qui leur écrira et à quel sujet, par ex. «\u00a0J’accepte qu’Ada Autrice m’écrive au sujet de son mastermind de printemps. Je peux me désinscrire à tout moment.\u00a0»',
    version: 'Version du texte de consentement',
    'version.hint': 'Chaque inscription garde le texte et la version que le lecteur a acceptés\u00a0: la version change donc à chaque changement du texte.',
    'consent.renewed':
      'Vous avez modifié le texte de consentement\u00a0: il reçoit une nouvelle version, {version}. Les lecteurs déjà inscrits gardent le consentement qu’ils ont donné (version {old})\u00a0; ceux qui s’inscrivent désormais acceptent le nouveau texte.',
    doubleOptIn: 'Demander aux lecteurs de confirmer leur adresse e-mail (double opt-in)',
    'doubleOptIn.hint':
      'Nous envoyons un lien à chaque nouveau lecteur\u00a0; il est confirmé dès qu’il clique dessus. Cela prouve que l’adresse est bien la sienne et écarte les adresses mal saisies. Recommandé, et obligatoire dans certains pays.',
    required: 'Veuillez remplir ce champ.',
    fix: 'Veuillez corriger les champs signalés.',
    'form.create': 'Créer le groupe',
    'form.save': 'Enregistrer les modifications',
    delete: 'Supprimer ce groupe',
    'delete.intro': 'Son formulaire cessera de fonctionner sur votre site. C’est définitif.',
    'delete.hasSignups': {
      one: 'Ce groupe a une inscription. Un groupe qui a des inscriptions ne peut pas être supprimé\u00a0: téléchargez-les en CSV et retirez-les d’abord.',
      other: 'Ce groupe a {count} inscriptions. Un groupe qui a des inscriptions ne peut pas être supprimé\u00a0: téléchargez-les en CSV et retirez-les d’abord.',
    },
    'delete.do': 'Supprimer «\u00a0{name}\u00a0»',
    'delete.confirm': 'Supprimer «\u00a0{name}\u00a0»\u00a0? Son formulaire cessera de fonctionner sur votre site.',
    'delete.yes': 'Supprimer le groupe',

    'signups.heading': 'Inscriptions à «\u00a0{name}\u00a0»',
    'signups.heading.plain': 'Inscriptions',
    'signups.intro':
      'Toutes les personnes inscrites, des plus récentes aux plus anciennes, avec leurs réponses et leur preuve de consentement\u00a0: le texte et la version acceptés, quand, et sur quelle page.',
    csv: 'Télécharger le CSV',
    'edit.this': 'Modifier ce groupe',
    filter: 'Afficher',
    'filter.all': 'Toutes les inscriptions ({count})',
    'filter.pending_confirmation': 'En attente de confirmation ({count})',
    'filter.confirmed': 'Confirmées ({count})',
    'filter.waitlisted': 'En liste d’attente ({count})',
    readers: { one: '{count} lecteur', other: '{count} lecteurs' },
    'signups.none': 'Personne ne s’est encore inscrit',
    'signups.none.intro': 'Dès que le formulaire du groupe sera sur votre site, chaque lecteur qui s’inscrit apparaîtra ici avec ses réponses et sa preuve de consentement.',
    'signups.none.embed': 'Mettre le formulaire sur votre site',
    'signups.none.status': 'Aucun lecteur avec ce statut',
    'signup.name': 'Nom',
    'signup.status': 'Statut',
    'signup.date': 'Inscription',
    'signup.confirmed': 'Confirmation',
    'status.pending_confirmation': 'En attente de confirmation',
    'status.confirmed': 'Confirmée',
    'status.waitlisted': 'En liste d’attente',
    'signup.swap': 'Provenance',
    'signup.swap.with': 'un échange de listes avec {partner}',
    'signup.swap.some': 'un échange de listes',
    'signup.swap.see': 'voir Livres et échanges',
    proof: 'Preuve de consentement',
    'proof.detail': 'Version {version}, acceptée le {when}, sur\u00a0:',
    'source.unknown': 'page inconnue',
    remove: 'Retirer ce lecteur',
    'remove.confirm':
      'Retirer {email} de «\u00a0{group}\u00a0»\u00a0? Son inscription, ses réponses et sa preuve de consentement seront effacées définitivement. À faire quand un lecteur demande à être oublié.',
    'remove.yes': 'Retirer le lecteur',
    removed: '{email} est retiré.',
  },
  de: {
    heading: 'Gruppen',
    'list.intro':
      'Leser treten diesen Gruppen über die Anmeldeformulare auf Ihrer Website bei. Wer auf Bestätigung wartet, hat den Link aus unserer E-Mail noch nicht angeklickt, belegt aber schon einen Platz.',
    create: 'Gruppe anlegen',
    'col.group': 'Gruppe',
    'col.kind': 'Art',
    'col.seats': 'Plätze',
    'col.signups': 'Anmeldungen',
    'col.actions': 'Aktionen',
    'count.pending_confirmation': { one: '{count} wartet auf Bestätigung', other: '{count} warten auf Bestätigung' },
    'count.confirmed': '{count} bestätigt',
    'count.waitlisted': '{count} auf der Warteliste',
    'list.signups': 'Anmeldungen',
    'seats.unlimited': 'Unbegrenzt',
    'seats.left': { one: '{left} von {count} Platz frei', other: '{left} von {count} Plätzen frei' },
    'kind.newsletter': 'Newsletter',
    'kind.readers': 'Lesergruppe',
    'kind.mastermind': 'Mastermind',
    empty: 'Noch keine Gruppen',
    'empty.what':
      'Eine Gruppe ist das, dem Leser auf Ihrer Website beitreten: ein Newsletter, eine Lesergruppe oder eine Mastermind mit Bewerbungsfragen und begrenzten Plätzen. Jede Gruppe hat ihr eigenes Anmeldeformular und die Einwilligung, der Leser zustimmen; Salon hält fest, wer wann welcher Fassung zugestimmt hat.',
    'empty.start': 'Am einfachsten fangen Sie mit einem Newsletter an: Leser geben nur ihre E-Mail-Adresse an.',
    'empty.create': 'Erste Gruppe anlegen',
    created: '„{name}“ ist angelegt. Um das Anmeldeformular auf Ihre Website zu bringen, öffnen Sie Einbettungscode.',
    saved: '„{name}“ ist gespeichert.',
    deleted: '„{name}“ ist gelöscht.',
    notFound: 'Diese Website hat keine Gruppe „{id}“. Vielleicht wurde sie gelöscht.',
    back: 'Zurück zu den Gruppen',

    'new.heading': 'Gruppe anlegen',
    'new.intro': 'Geben Sie der Gruppe einen Namen, schreiben Sie, worin Leser einwilligen, und fügen Sie die Fragen hinzu, die Sie stellen möchten. Alles außer der Kennung lässt sich später ändern.',
    'edit.heading': '„{name}“ bearbeiten',
    'edit.heading.plain': 'Gruppe bearbeiten',
    name: 'Name',
    'name.hint': 'Leser sehen ihn im Anmeldeformular, z. B. „Fantasy-Mastermind im Frühling“ oder „Monatsbrief“.',
    id: 'Kennung',
    'id.hint': 'So heißt die Gruppe im Code Ihrer Website: Kleinbuchstaben ohne Umlaute, Ziffern und Bindestriche. Sie lässt sich später nicht ändern.',
    'id.fixed': 'Kennung (nicht änderbar):',
    'id.code': 'Auf Ihrer Website:',
    'id.reserved': '„new“ ist reserviert; wählen Sie eine andere Kennung.',
    'id.taken': 'Sie haben schon eine Gruppe mit dieser Kennung; wählen Sie eine andere.',
    kind: 'Art der Gruppe',
    'kind.hint': 'Eine Mastermind stellt meist Fragen und hat wenige Plätze; für eine Lesergruppe oder einen Newsletter genügt die E-Mail-Adresse.',
    description: 'Beschreibung',
    'description.hint': 'Ein paar Worte für das Anmeldeformular: worum es geht, wie oft Sie schreiben oder sich treffen.',
    seats: 'Plätze',
    'seats.hint': 'Leer lassen für unbegrenzt. Sind alle Plätze belegt, kommen neue Leser auf eine Warteliste.',
    'seats.invalid': 'Geben Sie eine ganze Zahl ab 1 ein oder lassen Sie das Feld leer.',
    questions: 'Fragen',
    'questions.hint': 'Leser geben immer ihre E-Mail-Adresse an und können ihren Namen angeben. Fügen Sie jede weitere Frage hinzu, die Sie stellen möchten.',
    'questions.max': 'Eine Gruppe kann höchstens {count} Fragen haben.',
    'question.add': 'Frage hinzufügen',
    'question.n': 'Frage {n}',
    'question.label': 'Frage',
    'question.label.hint': 'So, wie Leser sie sehen, z. B. „Woran schreiben Sie?“',
    'question.name': 'Kurzname',
    'question.name.hint': 'Benennt die Antworten in Ihrem CSV-Download: Kleinbuchstaben ohne Umlaute, Ziffern und Bindestriche.',
    'question.name.fixed': 'Kurzname (nicht änderbar, damit frühere Antworten ihren behalten):',
    'question.name.twice': 'Eine andere Frage hat schon diesen Kurznamen.',
    'question.type': 'Art der Antwort',
    'type.text': 'Kurzer Text',
    'type.email': 'E-Mail-Adresse',
    'type.textarea': 'Langer Text',
    'type.select': 'Eine Auswahl aus einer Liste',
    'type.checkboxes': 'Mehrere Auswahlen (Kästchen)',
    'question.required': 'Antwort erforderlich',
    'question.up': 'Nach oben',
    'question.down': 'Nach unten',
    'question.remove': 'Frage entfernen',
    'question.moved': '„{label}“ ist jetzt Frage {n}.',
    'question.removed': '„{label}“ ist entfernt.',
    choices: 'Auswahlmöglichkeiten',
    'choices.hint': 'Die Antworten, unter denen Leser wählen.',
    'choice.n': 'Auswahl {n}',
    'choice.remove': 'Auswahl {n} entfernen',
    'choice.add': 'Auswahl hinzufügen',
    consent: 'Einwilligungstext',
    'consent.hint':
      'Um beizutreten, kreuzen Leser ein Kästchen mit diesem Text an. Sagen Sie, wer ihnen worüber schreibt, z. B. „Ich bin einverstanden, dass Ada Autorin mir zu ihrer Frühlings-Mastermind schreibt. Ich kann mich jederzeit abmelden.“',
    version: 'Fassung des Einwilligungstexts',
    'version.hint': 'Jede Anmeldung behält den Text und die Fassung, denen der Leser zugestimmt hat; deshalb ändert sich die Fassung mit jeder Änderung des Texts.',
    'consent.renewed':
      'Sie haben den Einwilligungstext geändert, daher bekommt er eine neue Fassung: {version}. Wer sich vorher angemeldet hat, behält die Einwilligung, die er gegeben hat (Fassung {old}); wer sich ab jetzt anmeldet, stimmt dem neuen Text zu.',
    doubleOptIn: 'Leser ihre E-Mail-Adresse bestätigen lassen (Double-Opt-in)',
    'doubleOptIn.hint':
      'Wir schicken jedem neuen Leser einen Link; mit dem Klick ist er bestätigt. Das belegt, dass die Adresse ihm gehört, und hält vertippte Adressen von Ihrer Liste fern. Empfohlen und in manchen Ländern gesetzlich vorgeschrieben.',
    required: 'Bitte füllen Sie dieses Feld aus.',
    fix: 'Bitte korrigieren Sie die markierten Felder.',
    'form.create': 'Gruppe anlegen',
    'form.save': 'Änderungen speichern',
    delete: 'Diese Gruppe löschen',
    'delete.intro': 'Ihr Anmeldeformular funktioniert dann auf Ihrer Website nicht mehr. Das lässt sich nicht rückgängig machen.',
    'delete.hasSignups': {
      one: 'Diese Gruppe hat eine Anmeldung. Eine Gruppe mit Anmeldungen lässt sich nicht löschen: Laden Sie sie als CSV herunter und entfernen Sie sie zuerst.',
      other: 'Diese Gruppe hat {count} Anmeldungen. Eine Gruppe mit Anmeldungen lässt sich nicht löschen: Laden Sie sie als CSV herunter und entfernen Sie sie zuerst.',
    },
    'delete.do': '„{name}“ löschen',
    'delete.confirm': '„{name}“ löschen? Ihr Anmeldeformular funktioniert dann auf Ihrer Website nicht mehr.',
    'delete.yes': 'Gruppe löschen',

    'signups.heading': 'Anmeldungen für „{name}“',
    'signups.heading.plain': 'Anmeldungen',
    'signups.intro':
      'Alle Anmeldungen, die neuesten zuerst, mit den Antworten und dem Nachweis der Einwilligung: welchem Text in welcher Fassung zugestimmt wurde, wann und auf welcher Seite.',
    csv: 'CSV herunterladen',
    'edit.this': 'Diese Gruppe bearbeiten',
    filter: 'Anzeigen',
    'filter.all': 'Alle Anmeldungen ({count})',
    'filter.pending_confirmation': 'Warten auf Bestätigung ({count})',
    'filter.confirmed': 'Bestätigt ({count})',
    'filter.waitlisted': 'Auf der Warteliste ({count})',
    readers: { one: '{count} Leser', other: '{count} Leser' },
    'signups.none': 'Noch hat sich niemand angemeldet',
    'signups.none.intro': 'Sobald das Anmeldeformular der Gruppe auf Ihrer Website steht, erscheint hier jeder Leser, der sich anmeldet, mit seinen Antworten und dem Nachweis seiner Einwilligung.',
    'signups.none.embed': 'Das Anmeldeformular auf Ihre Website bringen',
    'signups.none.status': 'Keine Leser mit diesem Status',
    'signup.name': 'Name',
    'signup.status': 'Status',
    'signup.date': 'Angemeldet',
    'signup.confirmed': 'Bestätigt',
    'status.pending_confirmation': 'Wartet auf Bestätigung',
    'status.confirmed': 'Bestätigt',
    'status.waitlisted': 'Auf der Warteliste',
    'signup.swap': 'Herkunft',
    'signup.swap.with': 'ein Listentausch mit {partner}',
    'signup.swap.some': 'ein Listentausch',
    'signup.swap.see': 'siehe Bücher und Tausch',
    proof: 'Nachweis der Einwilligung',
    'proof.detail': 'Fassung {version}, zugestimmt am {when}, auf:',
    'source.unknown': 'unbekannte Seite',
    remove: 'Diesen Leser entfernen',
    'remove.confirm':
      '{email} aus „{group}“ entfernen? Anmeldung, Antworten und Nachweis der Einwilligung werden endgültig gelöscht. Tun Sie das, wenn ein Leser verlangt, vergessen zu werden.',
    'remove.yes': 'Leser entfernen',
    removed: '{email} ist entfernt.',
  },
};
