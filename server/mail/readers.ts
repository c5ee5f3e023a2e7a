// The emails and confirmation pages Salon writes to readers, in the widgets' languages: a reader
// who signed up on a French page reads French from then on (the widget sends its language with
// the signup or RSVP; it is kept on the row). Other languages get English, as the widgets do.

import { pickLang, type Lang } from './texts.js';

export type { Lang };

type Mail = { subject: string; text: string };

/** A reader's stored language tag as one of ours. */
export const readerLang = (tag: string | null | undefined): Lang => pickLang(tag ?? 'en');

const hello: Record<Lang, (name: string) => string> = {
  en: (name) => (name ? `Hello ${name},` : 'Hello,'),
  es: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
  fr: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  de: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
};

/** What a group's emails name. */
export interface GroupMail {
  name: string;
  group: string;
  author: string;
}

/** What an event date's emails name; `joinUrl` only where the reader may have it. */
export interface DateMail {
  name: string;
  title: string;
  when: string;
}

const ignore: Record<Lang, string> = {
  en: 'If you did not ask for this, ignore this email and nothing will happen.',
  es: 'Si no lo pediste, ignora este correo y no pasará nada.',
  fr: 'Si vous n’avez rien demandé, ignorez ce message : il ne se passera rien.',
  de: 'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; es passiert nichts.',
};

export const signupMail: Record<Lang, {
  confirm(m: GroupMail, link: string): Mail;
  opened(m: GroupMail, link: string): Mail;
  admitted(m: GroupMail): Mail;
  alreadyIn(m: GroupMail): Mail;
}> = {
  en: {
    confirm: (m, link) => ({
      subject: `Please confirm: ${m.group}`,
      text: `${hello.en(m.name)}\n\nPlease confirm that you want to join "${m.group}" by ${m.author}:\n\n${link}\n\n${ignore.en}\n`,
    }),
    opened: (m, link) => ({
      subject: `A place opened up: ${m.group}`,
      text: `${hello.en(m.name)}\n\nA place opened up in "${m.group}" by ${m.author}, and you were next on the waitlist. Please confirm that you still want it:\n\n${link}\n\nThe place is held for you for a day. If you no longer want it, ignore this email and nothing will happen.\n`,
    }),
    admitted: (m) => ({
      subject: `You are in: ${m.group}`,
      text: `${hello.en(m.name)}\n\nA place opened up in "${m.group}" by ${m.author}, and you were next on the waitlist: you are in. There is nothing you need to do.\n`,
    }),
    alreadyIn: (m) => ({
      subject: `You are already in: ${m.group}`,
      text: `${hello.en(m.name)}\n\nSomeone (probably you) asked to join "${m.group}" by ${m.author} with this address. You are already in; there is nothing to do.\n`,
    }),
  },
  es: {
    confirm: (m, link) => ({
      subject: `Confirma tu suscripción: ${m.group}`,
      text: `${hello.es(m.name)}\n\nConfirma que quieres unirte a «${m.group}», de ${m.author}:\n\n${link}\n\n${ignore.es}\n`,
    }),
    opened: (m, link) => ({
      subject: `Se ha liberado una plaza: ${m.group}`,
      text: `${hello.es(m.name)}\n\nSe ha liberado una plaza en «${m.group}», de ${m.author}, y eras la siguiente persona en la lista de espera. Confirma que todavía la quieres:\n\n${link}\n\nTe guardamos la plaza durante un día. Si ya no la quieres, ignora este correo y no pasará nada.\n`,
    }),
    admitted: (m) => ({
      subject: `Ya estás dentro: ${m.group}`,
      text: `${hello.es(m.name)}\n\nSe ha liberado una plaza en «${m.group}», de ${m.author}, y eras la siguiente persona en la lista de espera: ya estás dentro. No tienes que hacer nada.\n`,
    }),
    alreadyIn: (m) => ({
      subject: `Ya estás dentro: ${m.group}`,
      text: `${hello.es(m.name)}\n\nAlguien (seguramente tú) pidió unirse a «${m.group}», de ${m.author}, con esta dirección. Ya estás dentro; no tienes que hacer nada.\n`,
    }),
  },
  fr: {
    confirm: (m, link) => ({
      subject: `Merci de confirmer : ${m.group}`,
      text: `${hello.fr(m.name)}\n\nMerci de confirmer que vous souhaitez rejoindre « ${m.group} » de ${m.author} :\n\n${link}\n\n${ignore.fr}\n`,
    }),
    opened: (m, link) => ({
      subject: `Une place s’est libérée : ${m.group}`,
      text: `${hello.fr(m.name)}\n\nUne place s’est libérée dans « ${m.group} » de ${m.author}, et vous étiez la personne suivante sur la liste d’attente. Merci de confirmer que vous la voulez toujours :\n\n${link}\n\nLa place vous est réservée pendant un jour. Si vous n’en voulez plus, ignorez ce message : il ne se passera rien.\n`,
    }),
    admitted: (m) => ({
      subject: `Vous êtes inscrit·e : ${m.group}`,
      text: `${hello.fr(m.name)}\n\nUne place s’est libérée dans « ${m.group} » de ${m.author}, et vous étiez la personne suivante sur la liste d’attente : vous êtes inscrit·e. Vous n’avez rien à faire.\n`,
    }),
    alreadyIn: (m) => ({
      subject: `Vous êtes déjà inscrit·e : ${m.group}`,
      text: `${hello.fr(m.name)}\n\nQuelqu’un (sans doute vous) a demandé à rejoindre « ${m.group} » de ${m.author} avec cette adresse. Vous êtes déjà inscrit·e ; vous n’avez rien à faire.\n`,
    }),
  },
  de: {
    confirm: (m, link) => ({
      subject: `Bitte bestätigen: ${m.group}`,
      text: `${hello.de(m.name)}\n\nbitte bestätigen Sie, dass Sie „${m.group}“ von ${m.author} beitreten möchten:\n\n${link}\n\n${ignore.de}\n`,
    }),
    opened: (m, link) => ({
      subject: `Ein Platz ist frei geworden: ${m.group}`,
      text: `${hello.de(m.name)}\n\nin „${m.group}“ von ${m.author} ist ein Platz frei geworden, und Sie waren als Nächstes auf der Warteliste. Bitte bestätigen Sie, dass Sie ihn noch möchten:\n\n${link}\n\nDer Platz bleibt einen Tag für Sie reserviert. Wenn Sie ihn nicht mehr möchten, ignorieren Sie diese E-Mail; es passiert nichts.\n`,
    }),
    admitted: (m) => ({
      subject: `Sie sind dabei: ${m.group}`,
      text: `${hello.de(m.name)}\n\nin „${m.group}“ von ${m.author} ist ein Platz frei geworden, und Sie waren als Nächstes auf der Warteliste: Sie sind dabei. Sie müssen nichts weiter tun.\n`,
    }),
    alreadyIn: (m) => ({
      subject: `Sie sind schon dabei: ${m.group}`,
      text: `${hello.de(m.name)}\n\njemand (wahrscheinlich Sie) wollte mit dieser Adresse „${m.group}“ von ${m.author} beitreten. Sie sind schon dabei; Sie müssen nichts tun.\n`,
    }),
  },
};

export const rsvpMail: Record<Lang, {
  confirm(m: DateMail, link: string, online: boolean): Mail;
  opened(m: DateMail, link: string, online: boolean): Mail;
  going(m: DateMail, joinUrl: string | null): Mail;
  alreadyGoing(m: DateMail, joinUrl: string | null): Mail;
  cancelled(m: DateMail, had: 'place' | 'waitlist'): Mail;
}> = {
  en: {
    confirm: (m, link, online) => ({
      subject: `Confirm your place: ${m.title}`,
      text: `${hello.en(m.name)}\n\nPlease confirm your place at "${m.title}", ${m.when}:\n\n${link}\n\nYour place is held for a day.${online ? ' Once you confirm, you get the link to join online.' : ''} ${ignore.en}\n`,
    }),
    opened: (m, link, online) => ({
      subject: `A place opened up: ${m.title}`,
      text: `${hello.en(m.name)}\n\nA place opened up at "${m.title}", ${m.when}, and you were next on the waitlist. Please confirm that you still want it:\n\n${link}\n\nYour place is held for a day.${online ? ' Once you confirm, you get the link to join online.' : ''} ${ignore.en}\n`,
    }),
    going: (m, joinUrl) => ({
      subject: `You are going: ${m.title}`,
      text: `${hello.en(m.name)}\n\nA place opened up at "${m.title}", ${m.when}, and you were next on the waitlist: you are going.${joinUrl ? `\n\nThe link to join: ${joinUrl}` : ''}\n`,
    }),
    alreadyGoing: (m, joinUrl) => ({
      subject: `You are going: ${m.title}`,
      text: `${hello.en(m.name)}\n\nSomeone (probably you) asked for a place at "${m.title}", ${m.when}, with this address. You already have one.${joinUrl ? `\n\nThe link to join: ${joinUrl}` : ''}\n`,
    }),
    cancelled: (m, had) => ({
      subject: `Cancelled: ${m.title}, ${m.when}`,
      text: `${hello.en(m.name)}\n\n"${m.title}" on ${m.when} will not take place: the organiser has cancelled this date. ${had === 'place' ? 'You had a place' : 'You were on its waitlist'}; there is nothing you need to do.\n`,
    }),
  },
  es: {
    confirm: (m, link, online) => ({
      subject: `Confirma tu plaza: ${m.title}`,
      text: `${hello.es(m.name)}\n\nConfirma tu plaza en «${m.title}», ${m.when}:\n\n${link}\n\nTe guardamos la plaza durante un día.${online ? ' Cuando confirmes, recibirás el enlace para unirte en línea.' : ''} ${ignore.es}\n`,
    }),
    opened: (m, link, online) => ({
      subject: `Se ha liberado una plaza: ${m.title}`,
      text: `${hello.es(m.name)}\n\nSe ha liberado una plaza en «${m.title}», ${m.when}, y eras la siguiente persona en la lista de espera. Confirma que todavía la quieres:\n\n${link}\n\nTe guardamos la plaza durante un día.${online ? ' Cuando confirmes, recibirás el enlace para unirte en línea.' : ''} ${ignore.es}\n`,
    }),
    going: (m, joinUrl) => ({
      subject: `Tienes plaza: ${m.title}`,
      text: `${hello.es(m.name)}\n\nSe ha liberado una plaza en «${m.title}», ${m.when}, y eras la siguiente persona en la lista de espera: tienes plaza.${joinUrl ? `\n\nEl enlace para unirte: ${joinUrl}` : ''}\n`,
    }),
    alreadyGoing: (m, joinUrl) => ({
      subject: `Tienes plaza: ${m.title}`,
      text: `${hello.es(m.name)}\n\nAlguien (seguramente tú) pidió una plaza en «${m.title}», ${m.when}, con esta dirección. Ya tienes una.${joinUrl ? `\n\nEl enlace para unirte: ${joinUrl}` : ''}\n`,
    }),
    cancelled: (m, had) => ({
      subject: `Cancelado: ${m.title}, ${m.when}`,
      text: `${hello.es(m.name)}\n\n«${m.title}» del ${m.when} no se celebrará: la organización ha cancelado esta fecha. ${had === 'place' ? 'Tenías plaza' : 'Estabas en la lista de espera'}; no tienes que hacer nada.\n`,
    }),
  },
  fr: {
    confirm: (m, link, online) => ({
      subject: `Confirmez votre place : ${m.title}`,
      text: `${hello.fr(m.name)}\n\nMerci de confirmer votre place à « ${m.title} », ${m.when} :\n\n${link}\n\nVotre place est réservée pendant un jour.${online ? ' Une fois confirmée, vous recevrez le lien pour participer en ligne.' : ''} ${ignore.fr}\n`,
    }),
    opened: (m, link, online) => ({
      subject: `Une place s’est libérée : ${m.title}`,
      text: `${hello.fr(m.name)}\n\nUne place s’est libérée à « ${m.title} », ${m.when}, et vous étiez la personne suivante sur la liste d’attente. Merci de confirmer que vous la voulez toujours :\n\n${link}\n\nVotre place est réservée pendant un jour.${online ? ' Une fois confirmée, vous recevrez le lien pour participer en ligne.' : ''} ${ignore.fr}\n`,
    }),
    going: (m, joinUrl) => ({
      subject: `Vous avez une place : ${m.title}`,
      text: `${hello.fr(m.name)}\n\nUne place s’est libérée à « ${m.title} », ${m.when}, et vous étiez la personne suivante sur la liste d’attente : elle est à vous.${joinUrl ? `\n\nLe lien pour participer : ${joinUrl}` : ''}\n`,
    }),
    alreadyGoing: (m, joinUrl) => ({
      subject: `Vous avez une place : ${m.title}`,
      text: `${hello.fr(m.name)}\n\nQuelqu’un (sans doute vous) a demandé une place à « ${m.title} », ${m.when}, avec cette adresse. Vous en avez déjà une.${joinUrl ? `\n\nLe lien pour participer : ${joinUrl}` : ''}\n`,
    }),
    cancelled: (m, had) => ({
      subject: `Annulé : ${m.title}, ${m.when}`,
      text: `${hello.fr(m.name)}\n\n« ${m.title} » du ${m.when} n’aura pas lieu : l’organisation a annulé cette date. ${had === 'place' ? 'Vous aviez une place' : 'Vous étiez sur la liste d’attente'} ; vous n’avez rien à faire.\n`,
    }),
  },
  de: {
    confirm: (m, link, online) => ({
      subject: `Bestätigen Sie Ihren Platz: ${m.title}`,
      text: `${hello.de(m.name)}\n\nbitte bestätigen Sie Ihren Platz bei „${m.title}“, ${m.when}:\n\n${link}\n\nIhr Platz bleibt einen Tag reserviert.${online ? ' Sobald Sie bestätigen, erhalten Sie den Link zur Online-Teilnahme.' : ''} ${ignore.de}\n`,
    }),
    opened: (m, link, online) => ({
      subject: `Ein Platz ist frei geworden: ${m.title}`,
      text: `${hello.de(m.name)}\n\nbei „${m.title}“, ${m.when}, ist ein Platz frei geworden, und Sie waren als Nächstes auf der Warteliste. Bitte bestätigen Sie, dass Sie ihn noch möchten:\n\n${link}\n\nIhr Platz bleibt einen Tag reserviert.${online ? ' Sobald Sie bestätigen, erhalten Sie den Link zur Online-Teilnahme.' : ''} ${ignore.de}\n`,
    }),
    going: (m, joinUrl) => ({
      subject: `Sie sind dabei: ${m.title}`,
      text: `${hello.de(m.name)}\n\nbei „${m.title}“, ${m.when}, ist ein Platz frei geworden, und Sie waren als Nächstes auf der Warteliste: Sie sind dabei.${joinUrl ? `\n\nDer Link zur Teilnahme: ${joinUrl}` : ''}\n`,
    }),
    alreadyGoing: (m, joinUrl) => ({
      subject: `Sie sind dabei: ${m.title}`,
      text: `${hello.de(m.name)}\n\njemand (wahrscheinlich Sie) hat mit dieser Adresse einen Platz bei „${m.title}“, ${m.when}, angefragt. Sie haben schon einen.${joinUrl ? `\n\nDer Link zur Teilnahme: ${joinUrl}` : ''}\n`,
    }),
    cancelled: (m, had) => ({
      subject: `Abgesagt: ${m.title}, ${m.when}`,
      text: `${hello.de(m.name)}\n\n„${m.title}“ am ${m.when} findet nicht statt: Der Termin wurde abgesagt. ${had === 'place' ? 'Sie hatten einen Platz' : 'Sie standen auf der Warteliste'}; Sie müssen nichts tun.\n`,
    }),
  },
};

/** The confirmation pages' words (routes/confirm.ts), by the reader's language. */
export const confirmPage: Record<Lang, {
  expired: [title: string, text: string];
  step: string;
  joinQuestion(group: string): string;
  confirmAddress: string;
  waitlist: string;
  filledUp(name: string): string;
  welcome: [confirmed: string, already: string, text: (group: string) => string];
  placeQuestion(title: string, when: string): string;
  confirmPlace: string;
  going: string;
  joinOnline: string;
  cancelled: [title: string, text: (title: string, when: string) => string];
  past: [title: string, text: (title: string, when: string) => string];
}> = {
  en: {
    expired: ['Link expired', 'This confirmation link has expired. Please sign up again.'],
    step: 'One more step',
    joinQuestion: (group) => `Confirm your email address to join ${group}.`,
    confirmAddress: 'Confirm my address',
    waitlist: 'You’re on the waitlist',
    filledUp: (name) => `Thank you for confirming. ${name} filled up meanwhile; we will write if a place opens.`,
    welcome: ['You’re in!', 'Already confirmed', (group) => `Welcome to ${group}.`],
    placeQuestion: (title, when) => `Confirm your place at ${title}, ${when}.`,
    confirmPlace: 'Confirm my place',
    going: 'You’re going!',
    joinOnline: 'Join online',
    cancelled: ['This date is cancelled', (title, when) => `${title}, ${when}, will not take place: the organiser has cancelled it.`],
    past: ['This date has passed', (title, when) => `${title} took place ${when}.`],
  },
  es: {
    expired: ['Enlace caducado', 'Este enlace de confirmación ha caducado. Vuelve a apuntarte.'],
    step: 'Un paso más',
    joinQuestion: (group) => `Confirma tu dirección de correo para unirte a ${group}.`,
    confirmAddress: 'Confirmar mi dirección',
    waitlist: 'Estás en la lista de espera',
    filledUp: (name) => `Gracias por confirmar. Mientras tanto, ${name} se ha llenado; te escribiremos si se libera una plaza.`,
    welcome: ['¡Ya estás dentro!', 'Ya confirmado', (group) => `Te damos la bienvenida a ${group}.`],
    placeQuestion: (title, when) => `Confirma tu plaza en ${title}, ${when}.`,
    confirmPlace: 'Confirmar mi plaza',
    going: '¡Tienes plaza!',
    joinOnline: 'Unirse en línea',
    cancelled: ['Esta fecha está cancelada', (title, when) => `${title}, ${when}, no se celebrará: la organización la ha cancelado.`],
    past: ['Esta fecha ya pasó', (title, when) => `${title} tuvo lugar el ${when}.`],
  },
  fr: {
    expired: ['Lien expiré', 'Ce lien de confirmation a expiré. Merci de vous inscrire à nouveau.'],
    step: 'Encore une étape',
    joinQuestion: (group) => `Confirmez votre adresse e-mail pour rejoindre ${group}.`,
    confirmAddress: 'Confirmer mon adresse',
    waitlist: 'Vous êtes sur la liste d’attente',
    filledUp: (name) => `Merci d’avoir confirmé. ${name} s’est rempli entre-temps ; nous vous écrirons si une place se libère.`,
    welcome: ['Vous êtes inscrit·e !', 'Déjà confirmé', (group) => `Bienvenue dans ${group}.`],
    placeQuestion: (title, when) => `Confirmez votre place à ${title}, ${when}.`,
    confirmPlace: 'Confirmer ma place',
    going: 'Vous avez une place !',
    joinOnline: 'Participer en ligne',
    cancelled: ['Cette date est annulée', (title, when) => `${title}, ${when}, n’aura pas lieu : l’organisation l’a annulée.`],
    past: ['Cette date est passée', (title, when) => `${title} a eu lieu le ${when}.`],
  },
  de: {
    expired: ['Link abgelaufen', 'Dieser Bestätigungslink ist abgelaufen. Bitte melden Sie sich erneut an.'],
    step: 'Noch ein Schritt',
    joinQuestion: (group) => `Bestätigen Sie Ihre E-Mail-Adresse, um ${group} beizutreten.`,
    confirmAddress: 'Adresse bestätigen',
    waitlist: 'Sie stehen auf der Warteliste',
    filledUp: (name) => `Danke für Ihre Bestätigung. ${name} ist inzwischen voll; wir schreiben Ihnen, wenn ein Platz frei wird.`,
    welcome: ['Sie sind dabei!', 'Bereits bestätigt', (group) => `Willkommen bei ${group}.`],
    placeQuestion: (title, when) => `Bestätigen Sie Ihren Platz bei ${title}, ${when}.`,
    confirmPlace: 'Platz bestätigen',
    going: 'Sie sind dabei!',
    joinOnline: 'Online teilnehmen',
    cancelled: ['Dieser Termin ist abgesagt', (title, when) => `${title}, ${when}, findet nicht statt: Der Termin wurde abgesagt.`],
    past: ['Dieser Termin ist vorbei', (title, when) => `${title} fand am ${when} statt.`],
  },
};
