// Loaded first by every hostile test page (an external script, so strict CSP pages allow it):
// records CSP violations, uncaught errors, unhandled rejections and console errors, for the
// test to assert there were none.
window.__problems = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__problems.push(`CSP ${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
});
window.addEventListener('error', (e) => window.__problems.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__problems.push(`unhandled rejection: ${e.reason}`));
const consoleError = console.error;
console.error = (...args) => {
  window.__problems.push(`console.error: ${args.join(' ')}`);
  consoleError.apply(console, args);
};
