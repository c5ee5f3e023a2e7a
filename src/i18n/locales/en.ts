import calendar from './en/calendar.js';
import common from './en/common.js';
import signup from './en/signup.js';
import swap from './en/swap.js';

/**
 * English, the fallback for every key and the source of the message keys' type. It is kept in
 * parts (`en/`): the texts every widget shares, and each widget's own, prefixed with its name,
 * which the widget carries itself (`static english`), so a page with one widget downloads only
 * its texts. A message may have plural forms chosen by `Intl.PluralRules`.
 */
const en = { ...common, ...signup, ...calendar, ...swap };

export default en;
