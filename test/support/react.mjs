/**
 * React 19 for the browser tests. React ships only CommonJS, which the test runner does not
 * convert, so this plugin serves it bundled as one ES module by esbuild (what an app's bundler
 * would do) at `/__salon/react.js`: React's `createElement`, `react-dom/client`'s `createRoot`
 * and `react-dom`'s `flushSync`, production builds.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const REACT_PATH = '/__salon/react.js';

export function reactPlugin() {
  let bundle;
  return {
    name: 'salon-react',
    async serve(context) {
      if (context.path !== REACT_PATH) return undefined;
      bundle ??= build({
        stdin: {
          contents:
            "export { createElement } from 'react'; export { createRoot } from 'react-dom/client'; export { flushSync } from 'react-dom';",
          resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
        },
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"production"' },
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
