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
  'signup.email': 'E-Mail',
  'signup.name': 'Name',
  'signup.remember': 'Auf dieser Website an mich erinnern',
  'signup.welcomeBack': 'Willkommen zurück, {name}.',
  'signup.notYou': 'Nicht Sie?',
  'signup.submit': 'Anmelden',
  'signup.waitlist': 'Auf die Warteliste',
  'signup.sending': 'Wird gesendet…',
  'signup.full': 'Diese Gruppe ist voll. Sie können sich auf die Warteliste setzen lassen.',
  'signup.confirmed': 'Sie sind dabei! Willkommen bei {group}.',
  'signup.pending': 'Fast geschafft: Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link in Ihrem Posteingang.',
  'signup.waitlisted': 'Sie stehen auf der Warteliste. Wir schreiben Ihnen, sobald ein Platz frei wird.',
  'signup.required': 'Bitte füllen Sie dieses Feld aus.',
  'signup.email-invalid': 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.',
  'signup.consent-required': 'Bitte setzen Sie dieses Häkchen, um sich anzumelden.',
  'signup.choose': 'Bitte wählen Sie mindestens eine Option.',
  'signup.honeypot': 'Dieses Feld leer lassen',
};

export default de;
