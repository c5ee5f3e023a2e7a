// What the journey test runs against: `npm start` on a fresh data directory (a real process, as a
// newcomer starts it), authors' own websites on other origins (http://jane.test:PORT and
// http://mara.test:PORT, mapped to loopback by Chromium's host resolver rules), and headless
// Chromium driven as people would use it.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';

export const root = new URL('../..', import.meta.url).pathname;

export interface Salon {
  url: string;
  /** The last link the server printed for an address ("the server log shows it"). */
  link(email: string): Promise<string>;
  output(): string;
  stop(): Promise<void>;
}

/** `npm start` with a fresh data directory (and database), on a port it picks. */
export async function startSalon(env: Record<string, string>): Promise<Salon> {
  const dataDir = mkdtempSync(join(tmpdir(), 'salon-journey-'));
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: '0', SALON_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const started = /Console: +(http:\/\/localhost:\d+)\/console\//.exec(out);
      if (started) {
        clearInterval(timer);
        resolve(started[1]!);
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited with ${code}:\n${out}`));
    });
  });
  const links = () => new Map([...out.matchAll(/Email to (\S+) written to \S+\n\s+link: (\S+)/g)].map(([, to, link]) => [to!, link!]));
  return {
    url,
    output: () => out,
    async link(email) {
      for (let i = 0; i < 100; i++) {
        const link = links().get(email.toLowerCase());
        if (link) return link;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no email with a link to ${email} in the server's log:\n${out.slice(-3000)}`);
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid!, 'SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Authors' websites: pages by host name and path, written by the test as an author pastes code. */
export interface Sites {
  port: number;
  /** Puts a page (or any file) on an author's website: `put('jane.test', '/index.html', html)`. */
  put(host: string, path: string, body: string, type?: string): string;
  close(): Promise<void>;
}

export async function startSites(): Promise<Sites> {
  const files = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const file = files.get(`${host}${new URL(request.url ?? '/', 'http://x').pathname}`);
    if (!file) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    put(host, path, body, type = 'text/html; charset=utf-8') {
      files.set(`${host}${path}`, { body, type });
      return `http://${host}:${port}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A page an author writes around the code the console gave them. */
export const authorPage = (title: string, lang: string, head: string, body: string): string => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    ${head}
  </head>
  <body>
    <h1>${title}</h1>
    ${body}
  </body>
</html>`;

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    // A page that stops answering fails its step within a minute, not three.
    protocolTimeout: 60_000,
    executablePath: process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSyncSafe(p)),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-extensions',
      '--disable-component-update',
      '--disable-domain-reliability',
      '--disable-background-networking',
      '--host-resolver-rules=MAP jane.test 127.0.0.1 , MAP mara.test 127.0.0.1 , MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
    ],
  });
}

function existsSyncSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** What went wrong on a page: uncaught errors, console errors, CSP violations. */
export interface Watched {
  page: Page;
  problems: string[];
}

/** A new page (in its own browser context: its own cookies) that records its problems. */
export async function openPage(context: BrowserContext, width = 1100): Promise<Watched> {
  const page = await context.newPage();
  await page.setViewport({ width, height: 900 });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url ?? ''})`);
  });
  page.setDefaultTimeout(15_000);
  return { page, problems };
}
