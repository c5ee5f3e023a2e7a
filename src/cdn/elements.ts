/** Tag → registration module in `dist/cdn/elements/`, for the loader and the CDN build. */
export const elements: Record<string, string> = {
  'salon-provider': 'provider',
  'salon-group-signup': 'group-signup',
  'salon-event-calendar': 'event-calendar',
  'salon-swap-card': 'swap-card',
};
