// Classes and types only: importing this module defines no element and touches nothing.
// To register an element, import its module, e.g. `salon-widgets/provider.js`.
export { SalonProvider } from '../components/provider/provider.component.js';
export { SalonGroupSignup } from '../components/group-signup/group-signup.component.js';
export { SalonEventCalendar } from '../components/event-calendar/event-calendar.component.js';
export { SalonSwapCard } from '../components/swap-card/swap-card.component.js';

export type * from './api/backend.js';
export type * from './api/schemas.js';
export { callBackend } from './api/call.js';
export { SalonError, type SalonErrorInit, type SalonErrorKind } from './api/errors.js';
export { MemoryBackend, type MemoryBackendOptions, type MemorySite, type MemoryWrite } from './api/memory.js';
export { RestBackend, restBackend, type RestBackendOptions } from './api/rest.js';

export { configContext, type SalonConfig } from './context/config.js';
export { SalonEvent } from './events/salon-event.js';
export { SalonEventOpenEvent, type EventOpenDetail } from './events/event-open.js';
export { SalonRangeChangeEvent, type RangeChangeDetail } from './events/range-change.js';
export { SalonRsvpErrorEvent, type RsvpErrorDetail } from './events/rsvp-error.js';
export { SalonRsvpSuccessEvent, type RsvpSuccessDetail } from './events/rsvp-success.js';
export { SalonSwapClickEvent, type SwapClickDetail } from './events/swap-click.js';
export { SalonSwapImpressionEvent, type SwapImpressionDetail } from './events/swap-impression.js';
export { SalonSwapSignupEvent, type SwapSignupDetail } from './events/swap-signup.js';
export { SalonSwapSignupErrorEvent, type SwapSignupErrorDetail } from './events/swap-signup-error.js';
export { SalonSignupErrorEvent, type SignupErrorDetail } from './events/signup-error.js';
export { SalonSignupSubmitEvent, type SignupSubmitDetail } from './events/signup-submit.js';
export { SalonSignupSuccessEvent, type SignupSuccessDetail } from './events/signup-success.js';
export type { Message, MessageKey, Messages, StringOverrides } from './i18n/messages.js';
export { formatDate, formatNumber } from './i18n/i18n.js';

export { define } from './internal/define.js';
export { SalonElement } from './internal/salon-element.js';
export type { Connection } from './context/config.js';
export { StoreController } from './internal/store-controller.js';

export { $outbox, $deliveries, flush, send, type Delivery, type OutboxEntry, type SendResult } from './stores/outbox.js';
export { $reader, forgetReader, rememberReader, type ReaderProfile } from './stores/profile.js';
export { $shop } from './stores/swaps.js';
export { backendQuery, type Query, type QueryState } from './stores/query.js';

export { VERSION } from './version.js';
