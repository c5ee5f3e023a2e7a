// Hono on @hono/node-server answering the same fixed JSON body, no middleware: how much of the
// gap to bare node:http is the adapter's own (bench/server/run.mjs).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const body = process.env.BARE_BODY ?? '{"ok":true}';
const app = new Hono();
app.get('/', (c) => c.body(body, 200, { 'content-type': 'application/json' }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => console.log('Salon: http bare hono ready'));
