// A scriptable HTTP backend inside the test runner's own server, for testing the REST client
// over real HTTP on loopback. Each test uses its own namespace: /mock/<ns>/...
//   POST /mock/<ns>/__script   {"GET v1/sites/s/groups/g": [{status, body, headers, delay, drop, raw}], ...}
//        responses are served in order; the last one repeats. `drop` closes the connection
//        unanswered (a network failure). `?keep` keeps the requests recorded so far.
//   GET  /mock/<ns>/__requests recorded requests: [{method, path, headers, body, outcome}], where
//        outcome is the status answered or 'dropped'. (Chromium itself may resend a request
//        whose connection was dropped, so count outcomes, not attempts.)
// Unscripted routes answer 404 with the contract's error body.

const namespaces = new Map();

const space = (ns) => {
  if (!namespaces.has(ns)) namespaces.set(ns, { script: {}, requests: [] });
  return namespaces.get(ns);
};

const readBody = (req) =>
  new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });

export function mockApi() {
  return async (ctx, next) => {
    const match = /^\/mock\/([\w-]+)\/(.*)$/.exec(ctx.url);
    if (!match) return next();
    const [, ns, rest] = match;
    const state = space(ns);
    if (rest.startsWith('__script')) {
      state.script = JSON.parse(await readBody(ctx.req));
      if (!rest.endsWith('?keep')) state.requests = [];
      ctx.status = 204;
      return;
    }
    if (rest === '__requests') {
      ctx.body = state.requests;
      return;
    }
    const body = ctx.method === 'POST' ? await readBody(ctx.req) : undefined;
    const record = { method: ctx.method, path: rest, headers: ctx.headers, body, outcome: 404 };
    state.requests.push(record);
    const route = `${ctx.method} ${rest}`;
    const queue = state.script[route];
    const answer = queue?.length > 1 ? queue.shift() : queue?.[0];
    if (!answer) {
      ctx.status = 404;
      ctx.body = { error: { code: 'not_found', message: `Nothing scripted for ${route}.` } };
      return;
    }
    if (answer.delay) await new Promise((resolve) => setTimeout(resolve, answer.delay));
    if (answer.drop) {
      record.outcome = 'dropped';
      ctx.req.socket.destroy();
      return;
    }
    ctx.status = record.outcome = answer.status ?? 200;
    for (const [name, value] of Object.entries(answer.headers ?? {})) ctx.set(name, value);
    if (answer.raw !== undefined) {
      ctx.type = 'text/plain';
      ctx.body = answer.raw;
    } else if (answer.body !== undefined) {
      ctx.body = answer.body;
    }
  };
}
