/**
 * English, the built-in catalog and the fallback for every key. Each widget adds its own keys,
 * prefixed with its name; a message may have plural forms chosen by `Intl.PluralRules`.
 */
const en = {
  loading: 'Loading…',
  retry: 'Try again',
  queued: 'Saved — we’ll send it when you’re back online.',
  'error.network': 'We can’t reach the server. Check your connection and try again.',
  'error.timeout': 'The server took too long to answer. Please try again.',
  'error.validation': 'Please check the highlighted fields.',
  'error.rate-limited': 'Too many attempts. Please wait a moment and try again.',
  'error.not-found': 'This could not be found. It may have been removed.',
  'error.server': 'Something went wrong on our side. Please try again later.',
  'error.config': 'This widget is not set up yet.',
  seatsLeft: { one: '{count} seat left', other: '{count} seats left' },
  'signup.email': 'Email',
  'signup.name': 'Name',
  'signup.remember': 'Remember me on this site',
  'signup.welcomeBack': 'Welcome back, {name}.',
  'signup.notYou': 'Not you?',
  'signup.submit': 'Sign up',
  'signup.waitlist': 'Join the waitlist',
  'signup.sending': 'Sending…',
  'signup.full': 'This group is full. You can join the waitlist.',
  'signup.confirmed': 'You’re in! Welcome to {group}.',
  'signup.pending': 'Almost done: check your inbox to confirm your email address.',
  'signup.waitlisted': 'You’re on the waitlist. We’ll email you if a seat opens up.',
  'signup.required': 'Please fill in this field.',
  'signup.email-invalid': 'Please enter a valid email address, like name@example.com.',
  'signup.consent-required': 'Please tick this box to sign up.',
  'signup.choose': 'Please choose at least one.',
  'signup.honeypot': 'Leave this field empty',
};

export default en;
