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
};

export default en;
