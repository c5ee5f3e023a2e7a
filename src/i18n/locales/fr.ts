import type { StringOverrides } from '../messages.js';

const fr: StringOverrides = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  queued: 'Enregistré : nous l’enverrons dès que vous serez de nouveau en ligne.',
  'error.network': 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre. Veuillez réessayer.',
  'error.validation': 'Veuillez vérifier les champs signalés.',
  'error.rate-limited': 'Trop de tentatives. Patientez un instant puis réessayez.',
  'error.not-found': 'Introuvable. Cet élément a peut-être été supprimé.',
  'error.server': 'Un problème est survenu de notre côté. Veuillez réessayer plus tard.',
  'error.config': 'Ce widget n’est pas encore configuré.',
  seatsLeft: { one: '{count} place restante', other: '{count} places restantes' },
};

export default fr;
