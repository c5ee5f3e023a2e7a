import type { StringOverrides } from '../messages.js';

const de: StringOverrides = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  queued: 'Gespeichert – wir senden es, sobald Sie wieder online sind.',
  'error.network': 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.timeout': 'Der Server hat zu lange gebraucht. Bitte versuchen Sie es erneut.',
  'error.validation': 'Bitte prüfen Sie die markierten Felder.',
  'error.rate-limited': 'Zu viele Versuche. Bitte warten Sie einen Moment.',
  'error.not-found': 'Nicht gefunden. Möglicherweise wurde es entfernt.',
  'error.server': 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es später erneut.',
  'error.config': 'Dieses Widget ist noch nicht eingerichtet.',
  seatsLeft: { one: 'Noch {count} Platz frei', other: 'Noch {count} Plätze frei' },
};

export default de;
