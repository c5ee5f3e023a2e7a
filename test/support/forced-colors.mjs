/**
 * A test-runner command that emulates forced colours (Windows High Contrast) in the test's page
 * through the DevTools protocol: `executeServerCommand('emulate-forced-colors', true)`; `false`
 * goes back. The runner's own emulateMedia does not pass `forced-colors` to Chromium.
 */
export function forcedColorsPlugin() {
  // The override lasts as long as the protocol session that set it: one kept per page.
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }] });
      return true;
    },
  };
}
