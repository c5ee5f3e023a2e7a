// The CDN bundle: every element registered, the REST client as the backend, nothing else.
// Built to dist/cdn/salon.js (ES module) and dist/cdn/salon.iife.js (classic script).
export * from '../../components/provider/provider.js';
export * from '../../components/group-signup/group-signup.js';
export * from '../../components/event-calendar/event-calendar.js';
export * from '../../components/swap-card/swap-card.js';
export { RestBackend } from '../api/rest.js';
export { define } from '../internal/define.js';
export { SalonElement } from '../internal/salon-element.js';
export { SalonError } from '../api/errors.js';
export { forgetReader, rememberReader } from '../stores/profile.js';
export { VERSION } from '../version.js';
