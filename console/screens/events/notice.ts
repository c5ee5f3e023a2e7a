/**
 * Asks the events screen to announce a result on the page an action leads to ("Saved.", "Deleted
 * …"): the page that acted is about to be replaced by the one at `path`.
 */
export class SalonConsoleNoticeEvent extends Event {
  constructor(
    /** The events screen's path the notice is for (`''` is the list, `<id>` an event's page). */
    readonly path: string,
    readonly text: string,
  ) {
    super('salon-console-notice', { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'salon-console-notice': SalonConsoleNoticeEvent;
  }
}
