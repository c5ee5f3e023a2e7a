/**
 * A test-runner command that emulates the reader's time zone in the test's page through the
 * DevTools protocol, as if the machine were set to it:
 * `executeServerCommand('emulate-time-zone', 'Asia/Kolkata')`; `null` goes back to the host's.
 */
export function timeZonePlugin() {
  return {
    name: 'emulate-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-time-zone') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload ?? undefined);
      return true;
    },
  };
}
