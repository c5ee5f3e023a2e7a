// Loads the ES module build as another version would be: the same file with its version changed.
window.__warnings = [];
const warn = console.warn;
console.warn = (...args) => {
  window.__warnings.push(args.join(' '));
  warn.apply(console, args);
};
window.__otherCopy = fetch('/dist/cdn/salon.js')
  .then((response) => response.text())
  .then((code) => {
    const url = URL.createObjectURL(new Blob([code.replaceAll(`"${window.Salon.VERSION}"`, '"0.0.9"')], { type: 'text/javascript' }));
    return import(url);
  });
