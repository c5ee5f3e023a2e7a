/** English: `<salon-group-signup>`'s own texts. */
export default {
  'signup.welcomeBack': 'Welcome back, {name}.',
  'signup.notYou': 'Not you?',
  'signup.submit': 'Sign up',
  'signup.full': 'This group is full. You can join the waitlist.',
  'signup.confirmed': 'You’re in! Welcome to {group}.',
  'signup.pending': 'Almost done: check your inbox to confirm your email address.',
  'signup.waitlisted': 'You’re on the waitlist. We’ll email you if a seat opens up.',
  'signup.choose': 'Please choose at least one.',
  'signup.honeypot': 'Leave this field empty',
  // Said quietly when the widget is not set up (no site or group, or one the backend does not know).
  'signup.unset': 'This signup isn’t set up yet.',
};
