/**
 * The contract's limits on what a reader types (server/openapi.yaml): the reference server refuses
 * more (422 `too_long`), and the widgets' fields take no more (`maxlength`).
 */

/** A reader's name. */
export const NAME_MAX = 200;

/** An email address (RFC 5321's limit on a path). */
export const EMAIL_MAX = 254;

/** An answer to a group's text question. */
export const ANSWER_MAX = 4000;
