/** English: `<salon-swap-card>`'s own texts. */
export default {
  'swap.heading': 'Readers of {author} also like',
  'swap.headingAnon': 'Readers also like',
  'swap.by': 'by {author}',
  'swap.cover': '{title} by {author}, cover',
  'swap.more': 'Read more',
  'swap.less': 'Show less',
  'swap.buy': 'Get the book',
  'swap.shop': 'I shop at',
  'swap.anyShop': 'Any store',
  'swap.newsletter': 'Get {author}’s newsletter',
  'swap.subscribe': 'Subscribe',
  'swap.subscribeAs': 'Subscribe as {email}',
  'swap.confirmed': 'You’re subscribed to {author}’s newsletter.',
  'swap.pending': 'Almost done: check your inbox to confirm your subscription to {author}’s newsletter.',
  'swap.another': 'Show another',
  'swap.empty': 'No recommendations right now.',
  // Said quietly when the widget is not set up (no site or group, or one the backend does not know).
  'swap.unset': 'These recommendations aren’t set up yet.',
};
