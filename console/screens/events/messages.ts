// Every text of the events screen (list, editor, an event's dates and RSVPs, recurrence words).
import type { Catalog } from '../../i18n.js';

type Key =
  | 'heading'
  | 'intro'
  | 'add'
  | 'empty'
  | 'empty.import'
  | 'upcoming'
  | 'upcoming.none'
  | 'past'
  | 'col.event'
  | 'col.when'
  | 'col.repeats'
  | 'col.kind'
  | 'col.seats'
  | 'col.source'
  | 'col.actions'
  | 'seats.none'
  | 'seats.count'
  | 'source.admin'
  | 'source.feed'
  | 'dates'
  | 'kind.online'
  | 'kind.in_person'
  | 'kind.hybrid'
  | 'import'
  | 'import.intro'
  | 'import.removed'
  | 'import.url'
  | 'import.url.hint'
  | 'import.do'
  | 'import.busy'
  | 'import.imported'
  | 'import.updated'
  | 'feeds'
  | 'feeds.count'
  | 'reimport'
  | 'problem.feed'
  | 'new.heading'
  | 'edit.heading'
  | 'edit.loading'
  | 'back'
  | 'missing'
  | 'imported'
  | 'title'
  | 'id'
  | 'id.hint'
  | 'description'
  | 'description.hint'
  | 'kind'
  | 'venue'
  | 'venue.name'
  | 'venue.name.hint'
  | 'venue.address'
  | 'venue.city'
  | 'venue.country'
  | 'when'
  | 'date'
  | 'time'
  | 'duration'
  | 'duration.hint'
  | 'duration.ends'
  | 'zone'
  | 'zone.hint'
  | 'zone.yours'
  | 'repeats'
  | 'repeat'
  | 'repeat.none'
  | 'repeat.daily'
  | 'repeat.weekly'
  | 'repeat.monthly'
  | 'repeat.custom'
  | 'repeat.custom.option'
  | 'interval.daily'
  | 'interval.daily.hint'
  | 'interval.weekly'
  | 'interval.weekly.hint'
  | 'interval.monthly'
  | 'interval.monthly.hint'
  | 'days'
  | 'monthly'
  | 'monthly.date'
  | 'monthly.nth'
  | 'nth.1'
  | 'nth.2'
  | 'nth.3'
  | 'nth.4'
  | 'nth.last'
  | 'ending'
  | 'ending.never'
  | 'ending.count'
  | 'ending.until'
  | 'count'
  | 'until'
  | 'rrule.advanced'
  | 'rrule'
  | 'rrule.hint'
  | 'every.day'
  | 'every.week'
  | 'every.month'
  | 'rule.weekly'
  | 'rule.monthly.date'
  | 'rule.monthly.nth'
  | 'ends.count'
  | 'ends.until'
  | 'seats'
  | 'seats.hint'
  | 'tags'
  | 'tags.hint'
  | 'join'
  | 'join.hint'
  | 'save'
  | 'saved'
  | 'saved.dropped'
  | 'delete'
  | 'delete.confirm'
  | 'delete.yes'
  | 'deleted'
  | 'problem.title'
  | 'problem.id'
  | 'problem.id.taken'
  | 'problem.venue'
  | 'problem.date'
  | 'problem.time'
  | 'problem.duration'
  | 'problem.seats'
  | 'problem.interval'
  | 'problem.days'
  | 'problem.count'
  | 'problem.until'
  | 'problem.until.before'
  | 'problem.rule'
  | 'event'
  | 'edit'
  | 'dates.heading'
  | 'dates.intro'
  | 'dates.single'
  | 'dates.none'
  | 'dates.more'
  | 'col.date'
  | 'col.going'
  | 'col.waitlisted'
  | 'col.confirming'
  | 'cancel'
  | 'restore'
  | 'cancelled'
  | 'cancel.confirm'
  | 'cancel.yes'
  | 'cancel.no'
  | 'cancelled.done'
  | 'restored.done'
  | 'rsvps'
  | 'rsvps.csv'
  | 'rsvps.none'
  | 'col.name'
  | 'col.email'
  | 'col.status'
  | 'col.rsvped'
  | 'status.going'
  | 'status.waitlisted'
  | 'status.pending_confirmation';

export const messages: Catalog<Key> = {
  en: {
    heading: 'Events',
    intro: 'Readings, signings, talks and online meetups. Readers see them in the calendar on your website, in their own time zone, and RSVP there.',
    add: 'Add an event',
    empty: 'No events yet. Add your first one: a launch, a signing, a weekly writing session.',
    'empty.import': 'Already keep your events in Google Calendar, Apple Calendar or Outlook? Import that calendar below instead of typing them again.',
    upcoming: 'Upcoming and repeating events',
    'upcoming.none': 'No upcoming events.',
    past: { one: 'One past event', other: '{count} past events' },
    'col.event': 'Event',
    'col.when': 'Starts',
    'col.repeats': 'Repeats',
    'col.kind': 'Kind',
    'col.seats': 'Seats',
    'col.source': 'Source',
    'col.actions': 'Actions',
    'seats.none': 'No limit',
    'seats.count': { one: '1 seat', other: '{count} seats' },
    'source.admin': 'Added here',
    'source.feed': 'Imported from {host}',
    dates: 'Dates and RSVPs',
    'kind.online': 'Online',
    'kind.in_person': 'In person',
    'kind.hybrid': 'In person and online',
    import: 'Import a calendar',
    'import.intro': 'Paste the address of a calendar you already keep (an iCal or .ics address; Google Calendar calls it the “secret address in iCal format”). Its events are copied here; importing it again brings in changes without making duplicates.',
    'import.removed': 'Events removed from that calendar stay here until you delete them.',
    'import.url': 'Calendar address (iCal / .ics)',
    'import.url.hint': 'It starts with https:// and often ends in .ics.',
    'import.do': 'Import',
    'import.busy': 'Importing…',
    'import.imported': { one: '1 imported', other: '{count} imported' },
    'import.updated': { one: '1 updated', other: '{count} updated' },
    feeds: 'Calendars you imported',
    'feeds.count': { one: '1 event', other: '{count} events' },
    reimport: 'Re-import',
    'problem.feed': 'Enter the calendar’s address.',
    'new.heading': 'Add an event',
    'edit.heading': 'Edit “{title}”',
    'edit.loading': 'Edit event',
    back: 'All events',
    missing: 'There is no event at this address. It may have been deleted.',
    imported: 'This event was imported from {feed}. Importing that calendar again replaces its title, description, time and place; your seats, tags and join link stay.',
    title: 'Title',
    id: 'Event id',
    'id.hint': 'Lower-case letters, digits and dashes. It is part of the event’s address and cannot be changed later.',
    description: 'Description',
    'description.hint': 'Optional. Readers see it when they open the event.',
    kind: 'Where it happens',
    venue: 'Place',
    'venue.name': 'Venue',
    'venue.name.hint': 'For example, the bookshop’s name.',
    'venue.address': 'Street address (optional)',
    'venue.city': 'City (optional)',
    'venue.country': 'Country (optional)',
    when: 'When',
    date: 'Date',
    time: 'Start time',
    duration: 'Length in minutes',
    'duration.hint': 'For example 90 for an hour and a half.',
    'duration.ends': 'Ends: {time}.',
    zone: 'Time zone',
    'zone.hint': 'The time zone of the start time. Readers see the time in their own time zone.',
    'zone.yours': 'Where you are ({zone}), that is {time}.',
    repeats: 'Repeats',
    repeat: 'How often',
    'repeat.none': 'Does not repeat',
    'repeat.daily': 'Daily',
    'repeat.weekly': 'Weekly',
    'repeat.monthly': 'Monthly',
    'repeat.custom': 'Repeats by a custom rule',
    'repeat.custom.option': 'Custom rule (written under Advanced)',
    'interval.daily': 'How many days apart?',
    'interval.daily.hint': '1 for every day, 2 for every other day.',
    'interval.weekly': 'How many weeks apart?',
    'interval.weekly.hint': '1 for every week, 2 for every other week.',
    'interval.monthly': 'How many months apart?',
    'interval.monthly.hint': '1 for every month, 3 for every quarter.',
    days: 'On these days',
    monthly: 'Which day of the month',
    'monthly.date': 'On day {day} of the month',
    'monthly.nth': 'On the {nth} {weekday} of the month',
    'nth.1': 'first',
    'nth.2': 'second',
    'nth.3': 'third',
    'nth.4': 'fourth',
    'nth.last': 'last',
    ending: 'Ends',
    'ending.never': 'Never',
    'ending.count': 'After a number of times',
    'ending.until': 'On a date',
    count: 'How many times',
    until: 'Last date',
    'rrule.advanced': 'Advanced: the repeat rule (RRULE)',
    rrule: 'RRULE',
    'rrule.hint': 'The rule calendars use, built from your choices above. Write your own only if you know the format, e.g. FREQ=WEEKLY;BYDAY=MO,TH.',
    'every.day': { one: 'Every day', other: 'Every {count} days' },
    'every.week': { one: 'Every week', other: 'Every {count} weeks' },
    'every.month': { one: 'Every month', other: 'Every {count} months' },
    'rule.weekly': '{every} on {days}',
    'rule.monthly.date': '{every} on day {day}',
    'rule.monthly.nth': '{every} on the {nth} {weekday}',
    'ends.count': { one: '{rule}, once', other: '{rule}, {count} times' },
    'ends.until': '{rule}, until {date}',
    seats: 'Seats (optional)',
    'seats.hint': 'Leave empty for no limit. When the seats are taken, readers can join a waiting list.',
    tags: 'Tags (optional)',
    'tags.hint': 'Separate them with commas. Readers can filter the calendar by tag.',
    join: 'Join link (optional)',
    'join.hint': 'The video call or stream address. Only readers who RSVP see it.',
    save: 'Save event',
    saved: 'Saved.',
    'saved.dropped': { one: 'Saved. The cancelled date {dates} is no longer one of this event’s dates, so it is no longer listed as cancelled.', other: 'Saved. The cancelled dates {dates} are no longer among this event’s dates, so they are no longer listed as cancelled.' },
    delete: 'Delete event',
    'delete.confirm': 'Delete “{title}”? Its RSVPs are deleted with it; readers who confirmed a date still to come are emailed that it is cancelled. This cannot be undone.',
    'delete.yes': 'Delete event and RSVPs',
    deleted: 'Deleted “{title}”.',
    'problem.title': 'Enter a title.',
    'problem.id': 'Use lower-case letters, digits and dashes, starting with a letter or digit (and not “new”).',
    'problem.id.taken': 'Another event already uses this id. Choose another.',
    'problem.venue': 'Enter where it takes place.',
    'problem.date': 'Choose a date.',
    'problem.time': 'Choose a start time.',
    'problem.duration': 'Enter the length in whole minutes, from 1 to 1440 (a day).',
    'problem.seats': 'Enter a whole number of seats, or leave it empty for no limit.',
    'problem.interval': 'Enter a whole number from 1 to 1000.',
    'problem.days': 'Choose at least one day.',
    'problem.count': 'Enter how many times, from 1 to 10,000.',
    'problem.until': 'Choose the last date.',
    'problem.until.before': 'The last date must be on or after the start date.',
    'problem.rule': 'Write a rule, or choose how often above.',
    event: 'Event',
    edit: 'Edit event',
    'dates.heading': 'Next dates',
    'dates.intro': 'Cancel a single date here: readers see it marked as cancelled, and those who had a place are told. The other dates stay.',
    'dates.single': 'This event happens once. To call it off, delete it in the editor.',
    'dates.none': 'No dates to come.',
    'dates.more': 'Show more dates',
    'col.date': 'Date',
    'col.going': 'Going',
    'col.waitlisted': 'Waiting list',
    'col.confirming': 'Confirming',
    cancel: 'Cancel this date',
    restore: 'Restore this date',
    cancelled: 'Cancelled',
    'cancel.confirm': { zero: 'Cancel the event on {when}? Readers will see it marked as cancelled and can no longer RSVP.', one: 'Cancel the event on {when}? Readers will see it marked as cancelled and can no longer RSVP. One reader RSVP’d: if they confirmed their address, Salon emails them that the date is cancelled.', other: 'Cancel the event on {when}? Readers will see it marked as cancelled and can no longer RSVP. {count} readers RSVP’d: those who confirmed their address are emailed that the date is cancelled.' },
    'cancel.yes': 'Cancel this date',
    'cancel.no': 'Keep it',
    'cancelled.done': 'The event on {when} is cancelled. Readers no longer see it.',
    'restored.done': 'The event on {when} is back on.',
    rsvps: 'RSVPs',
    'rsvps.csv': 'Download all RSVPs, for every event (CSV)',
    'rsvps.none': 'No RSVPs yet. Readers RSVP in the calendar on your website.',
    'col.name': 'Name',
    'col.email': 'Email',
    'col.status': 'Status',
    'col.rsvped': 'RSVP’d on',
    'status.going': 'Going',
    'status.waitlisted': 'On the waiting list',
    'status.pending_confirmation': 'Confirming (place held for a day)',
  },
  es: {
    heading: 'Eventos',
    intro: 'Lecturas, firmas, charlas y encuentros en línea. Tus lectores los ven en el calendario de tu web, en su propia zona horaria, y confirman allí su asistencia.',
    add: 'Añadir un evento',
    empty: 'Todavía no hay eventos. Añade el primero: una presentación, una firma, una sesión semanal de escritura.',
    'empty.import': '¿Ya tienes tus eventos en Google Calendar, Apple Calendar u Outlook? Importa ese calendario más abajo en lugar de escribirlos de nuevo.',
    upcoming: 'Próximos eventos y eventos periódicos',
    'upcoming.none': 'No hay eventos próximos.',
    past: { one: 'Un evento pasado', other: '{count} eventos pasados' },
    'col.event': 'Evento',
    'col.when': 'Empieza',
    'col.repeats': 'Se repite',
    'col.kind': 'Tipo',
    'col.seats': 'Plazas',
    'col.source': 'Origen',
    'col.actions': 'Acciones',
    'seats.none': 'Sin límite',
    'seats.count': { one: '1 plaza', other: '{count} plazas' },
    'source.admin': 'Añadido aquí',
    'source.feed': 'Importado de {host}',
    dates: 'Fechas y asistentes',
    'kind.online': 'En línea',
    'kind.in_person': 'Presencial',
    'kind.hybrid': 'Presencial y en línea',
    import: 'Importar un calendario',
    'import.intro': 'Pega la dirección de un calendario que ya uses (una dirección iCal o .ics; Google Calendar la llama «dirección secreta en formato iCal»). Sus eventos se copian aquí; si lo vuelves a importar, los cambios se actualizan sin crear duplicados.',
    'import.removed': 'Los eventos que quites de ese calendario se quedan aquí hasta que los elimines.',
    'import.url': 'Dirección del calendario (iCal / .ics)',
    'import.url.hint': 'Empieza por https:// y suele terminar en .ics.',
    'import.do': 'Importar',
    'import.busy': 'Importando…',
    'import.imported': { one: '1 importado', other: '{count} importados' },
    'import.updated': { one: '1 actualizado', other: '{count} actualizados' },
    feeds: 'Calendarios importados',
    'feeds.count': { one: '1 evento', other: '{count} eventos' },
    reimport: 'Volver a importar',
    'problem.feed': 'Escribe la dirección del calendario.',
    'new.heading': 'Añadir un evento',
    'edit.heading': 'Editar «{title}»',
    'edit.loading': 'Editar evento',
    back: 'Todos los eventos',
    missing: 'No hay ningún evento en esta dirección. Puede que se haya eliminado.',
    imported: 'Este evento se importó de {feed}. Si vuelves a importar ese calendario, se reemplazan su título, descripción, hora y lugar; tus plazas, etiquetas y enlace para unirse se mantienen.',
    title: 'Título',
    id: 'Identificador del evento',
    'id.hint': 'Minúsculas, números y guiones. Forma parte de la dirección del evento y no se puede cambiar después.',
    description: 'Descripción',
    'description.hint': 'Opcional. Los lectores la ven al abrir el evento.',
    kind: 'Dónde se celebra',
    venue: 'Lugar',
    'venue.name': 'Nombre del lugar',
    'venue.name.hint': 'Por ejemplo, el nombre de la librería.',
    'venue.address': 'Dirección (opcional)',
    'venue.city': 'Ciudad (opcional)',
    'venue.country': 'País (opcional)',
    when: 'Cuándo',
    date: 'Fecha',
    time: 'Hora de inicio',
    duration: 'Duración en minutos',
    'duration.hint': 'Por ejemplo, 90 para una hora y media.',
    'duration.ends': 'Termina: {time}.',
    zone: 'Zona horaria',
    'zone.hint': 'La zona horaria de la hora de inicio. Los lectores ven la hora en su propia zona horaria.',
    'zone.yours': 'Donde estás tú ({zone}), será {time}.',
    repeats: 'Repetición',
    repeat: 'Frecuencia',
    'repeat.none': 'No se repite',
    'repeat.daily': 'A diario',
    'repeat.weekly': 'Semanalmente',
    'repeat.monthly': 'Mensualmente',
    'repeat.custom': 'Se repite según una regla personalizada',
    'repeat.custom.option': 'Regla personalizada (se escribe en Avanzado)',
    'interval.daily': '¿Cada cuántos días?',
    'interval.daily.hint': '1 para todos los días, 2 para días alternos.',
    'interval.weekly': '¿Cada cuántas semanas?',
    'interval.weekly.hint': '1 para todas las semanas, 2 para una semana sí y otra no.',
    'interval.monthly': '¿Cada cuántos meses?',
    'interval.monthly.hint': '1 para todos los meses, 3 para cada trimestre.',
    days: 'Qué días',
    monthly: 'Qué día del mes',
    'monthly.date': 'El día {day} de cada mes',
    'monthly.nth': 'El {nth} {weekday} de cada mes',
    'nth.1': 'primer',
    'nth.2': 'segundo',
    'nth.3': 'tercer',
    'nth.4': 'cuarto',
    'nth.last': 'último',
    ending: 'Termina',
    'ending.never': 'Nunca',
    'ending.count': 'Tras un número de veces',
    'ending.until': 'En una fecha',
    count: 'Cuántas veces',
    until: 'Última fecha',
    'rrule.advanced': 'Avanzado: la regla de repetición (RRULE)',
    rrule: 'RRULE',
    'rrule.hint': 'La regla que usan los calendarios, creada a partir de lo que elijas arriba. Escribe la tuya solo si conoces el formato, por ejemplo FREQ=WEEKLY;BYDAY=MO,TH.',
    'every.day': { one: 'Cada día', other: 'Cada {count} días' },
    'every.week': { one: 'Cada semana', other: 'Cada {count} semanas' },
    'every.month': { one: 'Cada mes', other: 'Cada {count} meses' },
    'rule.weekly': { one: '{every}, el {days}', other: '{every}, los días {days}' },
    'rule.monthly.date': '{every}, el día {day}',
    'rule.monthly.nth': '{every}, el {nth} {weekday}',
    'ends.count': { one: '{rule}, una vez', other: '{rule}, {count} veces' },
    'ends.until': '{rule}, hasta el {date}',
    seats: 'Plazas (opcional)',
    'seats.hint': 'Déjalo vacío si no hay límite. Cuando se agotan las plazas, los lectores pueden apuntarse a una lista de espera.',
    tags: 'Etiquetas (opcional)',
    'tags.hint': 'Sepáralas con comas. Los lectores pueden filtrar el calendario por etiqueta.',
    join: 'Enlace para unirse (opcional)',
    'join.hint': 'La dirección de la videollamada o de la emisión. Solo la ven los lectores que confirman su asistencia.',
    save: 'Guardar evento',
    saved: 'Guardado.',
    'saved.dropped': { one: 'Guardado. La fecha cancelada {dates} ya no es una de las fechas de este evento, así que deja de figurar como cancelada.', other: 'Guardado. Las fechas canceladas {dates} ya no son fechas de este evento, así que dejan de figurar como canceladas.' },
    delete: 'Eliminar evento',
    'delete.confirm': '¿Eliminar «{title}»? Sus confirmaciones de asistencia se eliminan con él; los lectores que confirmaron una fecha futura reciben un correo de que se cancela. No se puede deshacer.',
    'delete.yes': 'Eliminar evento y confirmaciones',
    deleted: 'Se eliminó «{title}».',
    'problem.title': 'Escribe un título.',
    'problem.id': 'Usa minúsculas, números y guiones, empezando por una letra o un número (y que no sea «new»).',
    'problem.id.taken': 'Otro evento ya usa este identificador. Elige otro.',
    'problem.venue': 'Indica dónde se celebra.',
    'problem.date': 'Elige una fecha.',
    'problem.time': 'Elige la hora de inicio.',
    'problem.duration': 'Escribe la duración en minutos enteros, de 1 a 1440 (un día).',
    'problem.seats': 'Escribe un número entero de plazas o déjalo vacío si no hay límite.',
    'problem.interval': 'Escribe un número entero del 1 al 1000.',
    'problem.days': 'Elige al menos un día.',
    'problem.count': 'Escribe cuántas veces, de 1 a 10 000.',
    'problem.until': 'Elige la última fecha.',
    'problem.until.before': 'La última fecha no puede ser anterior a la fecha de inicio.',
    'problem.rule': 'Escribe una regla o elige la frecuencia arriba.',
    event: 'Evento',
    edit: 'Editar evento',
    'dates.heading': 'Próximas fechas',
    'dates.intro': 'Aquí puedes cancelar una sola fecha: los lectores la ven marcada como cancelada y quienes tenían plaza reciben aviso. Las demás fechas se mantienen.',
    'dates.single': 'Este evento se celebra una sola vez. Para anularlo, elimínalo desde el editor.',
    'dates.none': 'No hay fechas próximas.',
    'dates.more': 'Mostrar más fechas',
    'col.date': 'Fecha',
    'col.going': 'Asisten',
    'col.waitlisted': 'Lista de espera',
    'col.confirming': 'Por confirmar',
    cancel: 'Cancelar esta fecha',
    restore: 'Restablecer esta fecha',
    cancelled: 'Cancelada',
    'cancel.confirm': { zero: '¿Cancelar el evento del {when}? Los lectores la verán marcada como cancelada y ya no podrán apuntarse.', one: '¿Cancelar el evento del {when}? Los lectores la verán marcada como cancelada y ya no podrán apuntarse. Un lector se apuntó: si confirmó su dirección, Salon le avisa por correo de la cancelación.', other: '¿Cancelar el evento del {when}? Los lectores la verán marcada como cancelada y ya no podrán apuntarse. {count} lectores se apuntaron: quienes confirmaron su dirección reciben un correo de la cancelación.' },
    'cancel.yes': 'Cancelar esta fecha',
    'cancel.no': 'Mantenerla',
    'cancelled.done': 'El evento del {when} está cancelado. Los lectores ya no lo ven.',
    'restored.done': 'El evento del {when} vuelve a estar programado.',
    rsvps: 'Confirmaciones de asistencia',
    'rsvps.csv': 'Descargar todas las confirmaciones, de todos los eventos (CSV)',
    'rsvps.none': 'Aún no hay confirmaciones. Los lectores confirman su asistencia en el calendario de tu web.',
    'col.name': 'Nombre',
    'col.email': 'Correo',
    'col.status': 'Estado',
    'col.rsvped': 'Confirmó el',
    'status.going': 'Asiste',
    'status.waitlisted': 'En lista de espera',
    'status.pending_confirmation': 'Por confirmar (plaza guardada un día)',
  },
  fr: {
    heading: 'Événements',
    intro: 'Lectures, dédicaces, rencontres et rendez-vous en ligne. Vos lecteurs les voient dans le calendrier de votre site, dans leur propre fuseau horaire, et s’y inscrivent.',
    add: 'Ajouter un événement',
    empty: 'Aucun événement pour l’instant. Ajoutez le premier : un lancement, une dédicace, une séance d’écriture hebdomadaire.',
    'empty.import': 'Vos événements sont déjà dans Google Agenda, Apple Calendrier ou Outlook ? Importez ce calendrier ci-dessous plutôt que de les saisir à nouveau.',
    upcoming: 'Événements à venir et récurrents',
    'upcoming.none': 'Aucun événement à venir.',
    past: { one: '{count} événement passé', other: '{count} événements passés' },
    'col.event': 'Événement',
    'col.when': 'Début',
    'col.repeats': 'Récurrence',
    'col.kind': 'Type',
    'col.seats': 'Places',
    'col.source': 'Origine',
    'col.actions': 'Actions',
    'seats.none': 'Sans limite',
    'seats.count': { one: '{count} place', other: '{count} places' },
    'source.admin': 'Ajouté ici',
    'source.feed': 'Importé de {host}',
    dates: 'Dates et inscriptions',
    'kind.online': 'En ligne',
    'kind.in_person': 'En présentiel',
    'kind.hybrid': 'En présentiel et en ligne',
    import: 'Importer un calendrier',
    'import.intro': 'Collez l’adresse d’un calendrier que vous tenez déjà (une adresse iCal ou .ics ; Google Agenda l’appelle « adresse secrète au format iCal »). Ses événements sont copiés ici ; une nouvelle importation apporte les modifications sans créer de doublons.',
    'import.removed': 'Les événements retirés de ce calendrier restent ici jusqu’à ce que vous les supprimiez.',
    'import.url': 'Adresse du calendrier (iCal / .ics)',
    'import.url.hint': 'Elle commence par https:// et se termine souvent par .ics.',
    'import.do': 'Importer',
    'import.busy': 'Importation…',
    'import.imported': { one: '{count} importé', other: '{count} importés' },
    'import.updated': { one: '{count} mis à jour', other: '{count} mis à jour' },
    feeds: 'Calendriers importés',
    'feeds.count': { one: '{count} événement', other: '{count} événements' },
    reimport: 'Réimporter',
    'problem.feed': 'Saisissez l’adresse du calendrier.',
    'new.heading': 'Ajouter un événement',
    'edit.heading': 'Modifier « {title} »',
    'edit.loading': 'Modifier l’événement',
    back: 'Tous les événements',
    missing: 'Aucun événement à cette adresse. Il a peut-être été supprimé.',
    imported: 'Cet événement a été importé de {feed}. Une nouvelle importation de ce calendrier remplace son titre, sa description, son horaire et son lieu ; vos places, étiquettes et lien de connexion sont conservés.',
    title: 'Titre',
    id: 'Identifiant de l’événement',
    'id.hint': 'Lettres minuscules, chiffres et tirets. Il fait partie de l’adresse de l’événement et ne pourra plus être modifié.',
    description: 'Description',
    'description.hint': 'Facultatif. Les lecteurs la voient en ouvrant l’événement.',
    kind: 'Où cela se passe',
    venue: 'Lieu',
    'venue.name': 'Nom du lieu',
    'venue.name.hint': 'Par exemple, le nom de la librairie.',
    'venue.address': 'Adresse (facultatif)',
    'venue.city': 'Ville (facultatif)',
    'venue.country': 'Pays (facultatif)',
    when: 'Quand',
    date: 'Date',
    time: 'Heure de début',
    duration: 'Durée en minutes',
    'duration.hint': 'Par exemple 90 pour une heure et demie.',
    'duration.ends': 'Fin : {time}.',
    zone: 'Fuseau horaire',
    'zone.hint': 'Le fuseau horaire de l’heure de début. Les lecteurs voient l’heure dans leur propre fuseau.',
    'zone.yours': 'Chez vous ({zone}), il sera {time}.',
    repeats: 'Récurrence',
    repeat: 'Fréquence',
    'repeat.none': 'Ne se répète pas',
    'repeat.daily': 'Tous les jours',
    'repeat.weekly': 'Toutes les semaines',
    'repeat.monthly': 'Tous les mois',
    'repeat.custom': 'Se répète selon une règle personnalisée',
    'repeat.custom.option': 'Règle personnalisée (à écrire sous Avancé)',
    'interval.daily': 'Nombre de jours entre deux dates',
    'interval.daily.hint': '1 pour tous les jours, 2 pour un jour sur deux.',
    'interval.weekly': 'Nombre de semaines entre deux dates',
    'interval.weekly.hint': '1 pour chaque semaine, 2 pour une semaine sur deux.',
    'interval.monthly': 'Nombre de mois entre deux dates',
    'interval.monthly.hint': '1 pour chaque mois, 3 pour chaque trimestre.',
    days: 'Quels jours',
    monthly: 'Quel jour du mois',
    'monthly.date': 'Le {day} de chaque mois',
    'monthly.nth': 'Le {nth} {weekday} de chaque mois',
    'nth.1': 'premier',
    'nth.2': 'deuxième',
    'nth.3': 'troisième',
    'nth.4': 'quatrième',
    'nth.last': 'dernier',
    ending: 'Fin',
    'ending.never': 'Jamais',
    'ending.count': 'Après un certain nombre de fois',
    'ending.until': 'À une date',
    count: 'Combien de fois',
    until: 'Dernière date',
    'rrule.advanced': 'Avancé : la règle de récurrence (RRULE)',
    rrule: 'RRULE',
    'rrule.hint': 'La règle qu’utilisent les calendriers, construite à partir de vos choix ci-dessus. N’écrivez la vôtre que si vous connaissez le format, par exemple FREQ=WEEKLY;BYDAY=MO,TH.',
    'every.day': { one: 'Chaque jour', other: 'Tous les {count} jours' },
    'every.week': { one: 'Chaque semaine', other: 'Toutes les {count} semaines' },
    'every.month': { one: 'Chaque mois', other: 'Tous les {count} mois' },
    'rule.weekly': { one: '{every}, le {days}', other: '{every}, les {days}' },
    'rule.monthly.date': '{every}, le {day}',
    'rule.monthly.nth': '{every}, le {nth} {weekday}',
    'ends.count': { one: '{rule}, une fois', other: '{rule}, {count} fois' },
    'ends.until': '{rule}, jusqu’au {date}',
    seats: 'Places (facultatif)',
    'seats.hint': 'Laissez vide s’il n’y a pas de limite. Quand tout est complet, les lecteurs peuvent s’inscrire sur liste d’attente.',
    tags: 'Étiquettes (facultatif)',
    'tags.hint': 'Séparez-les par des virgules. Les lecteurs peuvent filtrer le calendrier par étiquette.',
    join: 'Lien de connexion (facultatif)',
    'join.hint': 'L’adresse de la visioconférence ou du direct. Seuls les lecteurs inscrits la voient.',
    save: 'Enregistrer l’événement',
    saved: 'Enregistré.',
    'saved.dropped': { one: 'Enregistré. La date annulée {dates} ne fait plus partie des dates de cet événement ; elle n’est donc plus indiquée comme annulée.', other: 'Enregistré. Les dates annulées {dates} ne font plus partie des dates de cet événement ; elles ne sont donc plus indiquées comme annulées.' },
    delete: 'Supprimer l’événement',
    'delete.confirm': 'Supprimer « {title} » ? Ses inscriptions sont supprimées avec lui ; les lecteurs qui ont confirmé une date à venir sont prévenus par e-mail de son annulation. Cette action est définitive.',
    'delete.yes': 'Supprimer l’événement et les inscriptions',
    deleted: '« {title} » a été supprimé.',
    'problem.title': 'Saisissez un titre.',
    'problem.id': 'Utilisez des minuscules, des chiffres et des tirets, en commençant par une lettre ou un chiffre (et pas « new »).',
    'problem.id.taken': 'Un autre événement utilise déjà cet identifiant. Choisissez-en un autre.',
    'problem.venue': 'Indiquez où cela se passe.',
    'problem.date': 'Choisissez une date.',
    'problem.time': 'Choisissez l’heure de début.',
    'problem.duration': 'Saisissez la durée en minutes entières, de 1 à 1440 (une journée).',
    'problem.seats': 'Saisissez un nombre entier de places, ou laissez vide s’il n’y a pas de limite.',
    'problem.interval': 'Saisissez un nombre entier de 1 à 1000.',
    'problem.days': 'Choisissez au moins un jour.',
    'problem.count': 'Indiquez combien de fois, de 1 à 10 000.',
    'problem.until': 'Choisissez la dernière date.',
    'problem.until.before': 'La dernière date doit tomber le jour du début ou après.',
    'problem.rule': 'Écrivez une règle, ou choisissez la fréquence ci-dessus.',
    event: 'Événement',
    edit: 'Modifier l’événement',
    'dates.heading': 'Prochaines dates',
    'dates.intro': 'Annulez ici une seule date : les lecteurs la voient marquée comme annulée, et ceux qui avaient une place sont prévenus. Les autres dates sont maintenues.',
    'dates.single': 'Cet événement n’a lieu qu’une fois. Pour l’annuler, supprimez-le depuis l’éditeur.',
    'dates.none': 'Aucune date à venir.',
    'dates.more': 'Afficher plus de dates',
    'col.date': 'Date',
    'col.going': 'Inscrits',
    'col.waitlisted': 'Liste d’attente',
    'col.confirming': 'À confirmer',
    cancel: 'Annuler cette date',
    restore: 'Rétablir cette date',
    cancelled: 'Annulée',
    'cancel.confirm': { zero: 'Annuler l’événement du {when} ? Les lecteurs la verront marquée comme annulée et ne pourront plus s’inscrire.', one: 'Annuler l’événement du {when} ? Les lecteurs la verront marquée comme annulée et ne pourront plus s’inscrire. {count} lecteur s’est inscrit : s’il a confirmé son adresse, Salon le prévient par e-mail de l’annulation.', other: 'Annuler l’événement du {when} ? Les lecteurs la verront marquée comme annulée et ne pourront plus s’inscrire. {count} lecteurs se sont inscrits : ceux qui ont confirmé leur adresse sont prévenus par e-mail de l’annulation.' },
    'cancel.yes': 'Annuler cette date',
    'cancel.no': 'La garder',
    'cancelled.done': 'L’événement du {when} est annulé. Les lecteurs ne le voient plus.',
    'restored.done': 'L’événement du {when} est rétabli.',
    rsvps: 'Inscriptions',
    'rsvps.csv': 'Télécharger toutes les inscriptions, de tous les événements (CSV)',
    'rsvps.none': 'Aucune inscription pour l’instant. Les lecteurs s’inscrivent dans le calendrier de votre site.',
    'col.name': 'Nom',
    'col.email': 'E-mail',
    'col.status': 'Statut',
    'col.rsvped': 'Inscrit le',
    'status.going': 'Inscrit',
    'status.waitlisted': 'Sur liste d’attente',
    'status.pending_confirmation': 'À confirmer (place gardée un jour)',
  },
  de: {
    heading: 'Veranstaltungen',
    intro: 'Lesungen, Signierstunden, Vorträge und Online-Treffen. Ihre Leserinnen und Leser sehen sie im Kalender auf Ihrer Website, in ihrer eigenen Zeitzone, und melden sich dort an.',
    add: 'Veranstaltung hinzufügen',
    empty: 'Noch keine Veranstaltungen. Fügen Sie die erste hinzu: eine Buchpremiere, eine Signierstunde, eine wöchentliche Schreibrunde.',
    'empty.import': 'Ihre Termine stehen schon in Google Kalender, Apple Kalender oder Outlook? Importieren Sie diesen Kalender unten, statt alles neu einzutippen.',
    upcoming: 'Kommende und wiederkehrende Veranstaltungen',
    'upcoming.none': 'Keine kommenden Veranstaltungen.',
    past: { one: 'Eine vergangene Veranstaltung', other: '{count} vergangene Veranstaltungen' },
    'col.event': 'Veranstaltung',
    'col.when': 'Beginn',
    'col.repeats': 'Wiederholung',
    'col.kind': 'Art',
    'col.seats': 'Plätze',
    'col.source': 'Herkunft',
    'col.actions': 'Aktionen',
    'seats.none': 'Unbegrenzt',
    'seats.count': { one: '1 Platz', other: '{count} Plätze' },
    'source.admin': 'Hier angelegt',
    'source.feed': 'Importiert von {host}',
    dates: 'Termine und Anmeldungen',
    'kind.online': 'Online',
    'kind.in_person': 'Vor Ort',
    'kind.hybrid': 'Vor Ort und online',
    import: 'Kalender importieren',
    'import.intro': 'Fügen Sie die Adresse eines Kalenders ein, den Sie bereits führen (eine iCal- oder .ics-Adresse; Google Kalender nennt sie „Privatadresse im iCal-Format“). Seine Termine werden hierher kopiert; ein erneuter Import übernimmt Änderungen, ohne Doppelte anzulegen.',
    'import.removed': 'Termine, die Sie aus diesem Kalender entfernen, bleiben hier, bis Sie sie löschen.',
    'import.url': 'Kalenderadresse (iCal / .ics)',
    'import.url.hint': 'Sie beginnt mit https:// und endet oft auf .ics.',
    'import.do': 'Importieren',
    'import.busy': 'Wird importiert …',
    'import.imported': { one: '1 importiert', other: '{count} importiert' },
    'import.updated': { one: '1 aktualisiert', other: '{count} aktualisiert' },
    feeds: 'Importierte Kalender',
    'feeds.count': { one: '1 Veranstaltung', other: '{count} Veranstaltungen' },
    reimport: 'Erneut importieren',
    'problem.feed': 'Bitte geben Sie die Adresse des Kalenders ein.',
    'new.heading': 'Veranstaltung hinzufügen',
    'edit.heading': '„{title}“ bearbeiten',
    'edit.loading': 'Veranstaltung bearbeiten',
    back: 'Alle Veranstaltungen',
    missing: 'Unter dieser Adresse gibt es keine Veranstaltung. Vielleicht wurde sie gelöscht.',
    imported: 'Diese Veranstaltung wurde aus {feed} importiert. Ein erneuter Import dieses Kalenders ersetzt Titel, Beschreibung, Zeit und Ort; Ihre Plätze, Schlagwörter und der Teilnahmelink bleiben erhalten.',
    title: 'Titel',
    id: 'Kennung der Veranstaltung',
    'id.hint': 'Kleinbuchstaben, Ziffern und Bindestriche. Sie ist Teil der Adresse der Veranstaltung und lässt sich später nicht ändern.',
    description: 'Beschreibung',
    'description.hint': 'Optional. Leserinnen und Leser sehen sie, wenn sie die Veranstaltung öffnen.',
    kind: 'Wo sie stattfindet',
    venue: 'Ort',
    'venue.name': 'Name des Veranstaltungsorts',
    'venue.name.hint': 'Zum Beispiel der Name der Buchhandlung.',
    'venue.address': 'Straße und Hausnummer (optional)',
    'venue.city': 'Stadt (optional)',
    'venue.country': 'Land (optional)',
    when: 'Wann',
    date: 'Datum',
    time: 'Beginn (Uhrzeit)',
    duration: 'Dauer in Minuten',
    'duration.hint': 'Zum Beispiel 90 für anderthalb Stunden.',
    'duration.ends': 'Ende: {time}.',
    zone: 'Zeitzone',
    'zone.hint': 'Die Zeitzone der Anfangszeit. Leserinnen und Leser sehen die Zeit in ihrer eigenen Zeitzone.',
    'zone.yours': 'Bei Ihnen ({zone}) ist das {time}.',
    repeats: 'Wiederholung',
    repeat: 'Wie oft',
    'repeat.none': 'Keine Wiederholung',
    'repeat.daily': 'Täglich',
    'repeat.weekly': 'Wöchentlich',
    'repeat.monthly': 'Monatlich',
    'repeat.custom': 'Wiederholt sich nach einer eigenen Regel',
    'repeat.custom.option': 'Eigene Regel (unter „Erweitert“)',
    'interval.daily': 'Abstand in Tagen',
    'interval.daily.hint': '1 für jeden Tag, 2 für jeden zweiten Tag.',
    'interval.weekly': 'Abstand in Wochen',
    'interval.weekly.hint': '1 für jede Woche, 2 für jede zweite Woche.',
    'interval.monthly': 'Abstand in Monaten',
    'interval.monthly.hint': '1 für jeden Monat, 3 für jedes Quartal.',
    days: 'An welchen Tagen',
    monthly: 'An welchem Tag im Monat',
    'monthly.date': 'Am {day}. jedes Monats',
    'monthly.nth': 'Am {nth} {weekday} jedes Monats',
    'nth.1': 'ersten',
    'nth.2': 'zweiten',
    'nth.3': 'dritten',
    'nth.4': 'vierten',
    'nth.last': 'letzten',
    ending: 'Endet',
    'ending.never': 'Nie',
    'ending.count': 'Nach einer Anzahl von Terminen',
    'ending.until': 'An einem Datum',
    count: 'Anzahl der Termine',
    until: 'Letztes Datum',
    'rrule.advanced': 'Erweitert: die Wiederholungsregel (RRULE)',
    rrule: 'RRULE',
    'rrule.hint': 'Die Regel, die Kalender verwenden, gebildet aus Ihrer Auswahl oben. Schreiben Sie eine eigene nur, wenn Sie das Format kennen, z. B. FREQ=WEEKLY;BYDAY=MO,TH.',
    'every.day': { one: 'Jeden Tag', other: 'Alle {count} Tage' },
    'every.week': { one: 'Jede Woche', other: 'Alle {count} Wochen' },
    'every.month': { one: 'Jeden Monat', other: 'Alle {count} Monate' },
    'rule.weekly': '{every} am {days}',
    'rule.monthly.date': '{every} am {day}.',
    'rule.monthly.nth': '{every} am {nth} {weekday}',
    'ends.count': { one: '{rule}, einmal', other: '{rule}, {count}-mal' },
    'ends.until': '{rule}, bis zum {date}',
    seats: 'Plätze (optional)',
    'seats.hint': 'Leer lassen für unbegrenzt. Sind alle Plätze vergeben, können sich Leserinnen und Leser auf die Warteliste setzen.',
    tags: 'Schlagwörter (optional)',
    'tags.hint': 'Durch Kommas getrennt. Im Kalender lässt sich nach Schlagwort filtern.',
    join: 'Teilnahmelink (optional)',
    'join.hint': 'Die Adresse des Videocalls oder Streams. Nur wer sich anmeldet, sieht ihn.',
    save: 'Veranstaltung speichern',
    saved: 'Gespeichert.',
    'saved.dropped': { one: 'Gespeichert. Der abgesagte Termin {dates} gehört nicht mehr zu dieser Veranstaltung und ist daher nicht mehr als abgesagt aufgeführt.', other: 'Gespeichert. Die abgesagten Termine {dates} gehören nicht mehr zu dieser Veranstaltung und sind daher nicht mehr als abgesagt aufgeführt.' },
    delete: 'Veranstaltung löschen',
    'delete.confirm': '„{title}“ löschen? Die Anmeldungen werden mitgelöscht; wer einen kommenden Termin bestätigt hat, erfährt per E-Mail von der Absage. Das lässt sich nicht rückgängig machen.',
    'delete.yes': 'Veranstaltung und Anmeldungen löschen',
    deleted: '„{title}“ wurde gelöscht.',
    'problem.title': 'Bitte geben Sie einen Titel ein.',
    'problem.id': 'Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, am Anfang ein Buchstabe oder eine Ziffer (und nicht „new“).',
    'problem.id.taken': 'Eine andere Veranstaltung hat schon diese Kennung. Bitte wählen Sie eine andere.',
    'problem.venue': 'Bitte geben Sie an, wo sie stattfindet.',
    'problem.date': 'Bitte wählen Sie ein Datum.',
    'problem.time': 'Bitte wählen Sie die Anfangszeit.',
    'problem.duration': 'Bitte geben Sie die Dauer in ganzen Minuten an, von 1 bis 1440 (ein Tag).',
    'problem.seats': 'Bitte geben Sie eine ganze Zahl an Plätzen an oder lassen Sie das Feld leer für unbegrenzt.',
    'problem.interval': 'Bitte geben Sie eine ganze Zahl von 1 bis 1000 ein.',
    'problem.days': 'Bitte wählen Sie mindestens einen Tag.',
    'problem.count': 'Bitte geben Sie an, wie oft, von 1 bis 10.000.',
    'problem.until': 'Bitte wählen Sie das letzte Datum.',
    'problem.until.before': 'Das letzte Datum darf nicht vor dem Anfangsdatum liegen.',
    'problem.rule': 'Bitte schreiben Sie eine Regel oder wählen Sie oben, wie oft.',
    event: 'Veranstaltung',
    edit: 'Veranstaltung bearbeiten',
    'dates.heading': 'Nächste Termine',
    'dates.intro': 'Hier können Sie einen einzelnen Termin absagen: Leserinnen und Leser sehen ihn als abgesagt, und wer einen Platz hatte, wird benachrichtigt. Die anderen Termine bleiben.',
    'dates.single': 'Diese Veranstaltung findet einmal statt. Um sie abzusagen, löschen Sie sie im Editor.',
    'dates.none': 'Keine kommenden Termine.',
    'dates.more': 'Weitere Termine anzeigen',
    'col.date': 'Termin',
    'col.going': 'Angemeldet',
    'col.waitlisted': 'Warteliste',
    'col.confirming': 'Unbestätigt',
    cancel: 'Diesen Termin absagen',
    restore: 'Termin wiederherstellen',
    cancelled: 'Abgesagt',
    'cancel.confirm': { zero: 'Den Termin am {when} absagen? Leserinnen und Leser sehen ihn als abgesagt und können sich nicht mehr anmelden.', one: 'Den Termin am {when} absagen? Leserinnen und Leser sehen ihn als abgesagt und können sich nicht mehr anmelden. Eine Person hat sich angemeldet: Hat sie ihre Adresse bestätigt, erfährt sie per E-Mail von der Absage.', other: 'Den Termin am {when} absagen? Leserinnen und Leser sehen ihn als abgesagt und können sich nicht mehr anmelden. {count} Personen haben sich angemeldet: Wer die Adresse bestätigt hat, erfährt per E-Mail von der Absage.' },
    'cancel.yes': 'Termin absagen',
    'cancel.no': 'Beibehalten',
    'cancelled.done': 'Der Termin am {when} ist abgesagt. Leserinnen und Leser sehen ihn nicht mehr.',
    'restored.done': 'Der Termin am {when} findet wieder statt.',
    rsvps: 'Anmeldungen',
    'rsvps.csv': 'Alle Anmeldungen aller Veranstaltungen herunterladen (CSV)',
    'rsvps.none': 'Noch keine Anmeldungen. Leserinnen und Leser melden sich im Kalender auf Ihrer Website an.',
    'col.name': 'Name',
    'col.email': 'E-Mail',
    'col.status': 'Status',
    'col.rsvped': 'Angemeldet am',
    'status.going': 'Angemeldet',
    'status.waitlisted': 'Auf der Warteliste',
    'status.pending_confirmation': 'Unbestätigt (Platz einen Tag reserviert)',
  },
};
