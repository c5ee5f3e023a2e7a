import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { forcedColorsPlugin } from './test/support/forced-colors.mjs';
import { mockApi } from './test/support/mock-api.mjs';
import { referenceServer, RUNNER_PORT } from './test/support/reference-server.mjs';
import { reactPlugin } from './test/support/react.mjs';
import { acquireRunLock } from './test/support/run-lock.mjs';
import { timeZonePlugin } from './test/support/timezone.mjs';

await acquireRunLock();

const reference = referenceServer();

const executablePath =
  process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

export default {
  // Browser tests; test/server/ and test/journey/ run in Node (npm run test:server, test:journey).
  files: ['test/**/*.test.ts', '!test/server/**', '!test/journey/**'],
  nodeResolve: true,
  // The reference server's PUBLIC_URL is this origin (test/support/reference-server.mjs).
  port: RUNNER_PORT,
  // One test file at a time: test windows share an origin, so localStorage (the remembered reader,
  // the outbox) and its cross-window storage events would leak between files running side by side.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), reference.plugin, timeZonePlugin(), forcedColorsPlugin(), reactPlugin()],
  middleware: [mockApi(), reference.middleware],
  browsers: [
    chromeLauncher({
      // Each test page in a window of its own: a background tab is `hidden` and gets no
      // animation frames, which stalls tests that wait for a frame.
      async createPage({ browser }) {
        const session = await browser.target().createCDPSession();
        const { targetId } = await session.send('Target.createTarget', { url: 'about:blank', newWindow: true });
        const target = await browser.waitForTarget((t) => t._targetId === targetId);
        return target.page();
      },
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-extensions',
          '--disable-component-update',
          '--disable-domain-reliability',
          '--disable-background-networking',
          '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // nanostores reads process.env.NODE_ENV; the builds replace it, the tests define it.
  testRunnerHtml: (framework) => `<!doctype html><html><head>
    <script>window.process = { env: { NODE_ENV: 'development' } };</script>
    </head><body><script type="module" src="${framework}"></script></body></html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts', 'components/**/*.ts'],
    // Bundle entries: exercised through the built dist/cdn files in test/cdn.test.ts.
    exclude: ['src/cdn/**'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: 'coverage',
    reporters: ['lcovonly', 'text-summary'],
  },
};
