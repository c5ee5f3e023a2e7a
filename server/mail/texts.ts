// The emails Salon sends to authors, in the console's languages.

export type Lang = 'en' | 'es' | 'fr' | 'de';

export const pickLang = (lang: string): Lang => {
  const base = lang.toLowerCase().split('-')[0] as Lang;
  return ['en', 'es', 'fr', 'de'].includes(base) ? base : 'en';
};

const SIGN_IN: Record<Lang, (link: string, minutes: number) => { subject: string; text: string }> = {
  en: (link, minutes) => ({
    subject: 'Your sign-in link for Salon',
    text: `Hello,\n\nFollow this link to sign in to the Salon console:\n\n${link}\n\nIt works once, for ${minutes} minutes. If you did not ask for it, ignore this email.\n`,
  }),
  es: (link, minutes) => ({
    subject: 'Tu enlace para entrar en Salon',
    text: `Hola:\n\nSigue este enlace para entrar en la consola de Salon:\n\n${link}\n\nFunciona una vez, durante ${minutes} minutos. Si no lo pediste, ignora este correo.\n`,
  }),
  fr: (link, minutes) => ({
    subject: 'Votre lien de connexion à Salon',
    text: `Bonjour,\n\nSuivez ce lien pour vous connecter à la console Salon :\n\n${link}\n\nIl fonctionne une fois, pendant ${minutes} minutes. Si vous ne l’avez pas demandé, ignorez ce message.\n`,
  }),
  de: (link, minutes) => ({
    subject: 'Ihr Anmeldelink für Salon',
    text: `Hallo,\n\nmit diesem Link melden Sie sich in der Salon-Konsole an:\n\n${link}\n\nEr funktioniert einmal, ${minutes} Minuten lang. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.\n`,
  }),
};

const OWNER: Record<Lang, (site: string, by: string, link: string) => { subject: string; text: string }> = {
  en: (site, by, link) => ({
    subject: `You can now manage “${site}” on Salon`,
    text: `Hello,\n\n${by} added you as an owner of “${site}” on Salon. Sign in with this email address to manage it:\n\n${link}\n`,
  }),
  es: (site, by, link) => ({
    subject: `Ya puedes gestionar «${site}» en Salon`,
    text: `Hola:\n\n${by} te ha añadido como propietario de «${site}» en Salon. Entra con esta dirección de correo para gestionarlo:\n\n${link}\n`,
  }),
  fr: (site, by, link) => ({
    subject: `Vous pouvez maintenant gérer « ${site} » sur Salon`,
    text: `Bonjour,\n\n${by} vous a ajouté comme propriétaire de « ${site} » sur Salon. Connectez-vous avec cette adresse pour le gérer :\n\n${link}\n`,
  }),
  de: (site, by, link) => ({
    subject: `Sie können „${site}“ jetzt auf Salon verwalten`,
    text: `Hallo,\n\n${by} hat Sie als Inhaber von „${site}“ auf Salon hinzugefügt. Melden Sie sich mit dieser E-Mail-Adresse an, um die Website zu verwalten:\n\n${link}\n`,
  }),
};

const INVITE: Record<Lang, (link: string) => { subject: string; text: string }> = {
  en: (link) => ({
    subject: 'You are invited to Salon',
    text: `Hello,\n\nYou are invited to create your author site on Salon. Sign in with this email address to start:\n\n${link}\n`,
  }),
  es: (link) => ({
    subject: 'Te invitan a Salon',
    text: `Hola:\n\nTe invitan a crear tu sitio de autor en Salon. Entra con esta dirección de correo para empezar:\n\n${link}\n`,
  }),
  fr: (link) => ({
    subject: 'Vous êtes invité sur Salon',
    text: `Bonjour,\n\nVous êtes invité à créer votre site d’auteur sur Salon. Connectez-vous avec cette adresse pour commencer :\n\n${link}\n`,
  }),
  de: (link) => ({
    subject: 'Sie sind zu Salon eingeladen',
    text: `Hallo,\n\nSie sind eingeladen, Ihre Autorenseite auf Salon anzulegen. Melden Sie sich mit dieser E-Mail-Adresse an, um zu beginnen:\n\n${link}\n`,
  }),
};

export const signInMail = (lang: string, link: string, minutes: number) => SIGN_IN[pickLang(lang)](link, minutes);
export const ownerMail = (lang: string, site: string, by: string, link: string) => OWNER[pickLang(lang)](site, by, link);
export const inviteMail = (lang: string, link: string) => INVITE[pickLang(lang)](link);
