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
  'signup.email': 'E-mail',
  'signup.name': 'Nom',
  'signup.remember': 'Se souvenir de moi sur ce site',
  'signup.welcomeBack': 'Bon retour, {name}.',
  'signup.notYou': 'Ce n’est pas vous ?',
  'signup.submit': 'S’inscrire',
  'signup.waitlist': 'Rejoindre la liste d’attente',
  'signup.sending': 'Envoi…',
  'signup.full': 'Ce groupe est complet. Vous pouvez rejoindre la liste d’attente.',
  'signup.confirmed': 'C’est fait ! Bienvenue dans {group}.',
  'signup.pending': 'Presque terminé : consultez votre boîte de réception pour confirmer votre adresse e-mail.',
  'signup.waitlisted': 'Vous êtes sur la liste d’attente. Nous vous écrirons si une place se libère.',
  'signup.required': 'Veuillez remplir ce champ.',
  'signup.email-invalid': 'Veuillez saisir une adresse e-mail valide, par exemple nom@exemple.com.',
  'signup.consent-required': 'Veuillez cocher cette case pour vous inscrire.',
  'signup.choose': 'Veuillez choisir au moins une option.',
  'signup.honeypot': 'Laissez ce champ vide',
};

export default fr;
