// "The backend is down", switched at once: while window.__network.down is true, every request to
// the reference server's API fails as fetch fails on a refused connection, without a round trip.
// Stopping and restarting the real server instead took seconds under load (a test timed out).
// The page starts with the backend down when its URL asks for it (?backend=down). Requests that
// reach the server are counted by method and path, e.g. __network.sent['POST /v1/sites/demo/…'].
window.__network = { down: new URLSearchParams(location.search).get('backend') === 'down', sent: {} };
const networkFetch = window.fetch;
window.fetch = function (input, init) {
  // Read, not copied: a Request made from another takes its body away.
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.origin === 'http://127.0.0.1:8789') {
    if (window.__network.down) return Promise.reject(new TypeError('Failed to fetch'));
    const name = `${(init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()} ${url.pathname}`;
    window.__network.sent[name] = (window.__network.sent[name] ?? 0) + 1;
  }
  return networkFetch.call(this, input, init);
};
