import type { MiddlewareHandler } from 'hono';
import { createReadStream, type Stats, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { Readable } from 'node:stream';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types worth compressing, and so looked for as `.br` and `.gz` siblings written at build. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.map', '.svg', '.txt']);

export interface StaticOptions {
  /** Folders searched in order for the request's path (after `strip`). */
  roots: string[];
  /** Leading part of the URL path that is not part of the file path, e.g. `/cdn`. */
  strip?: string;
  /** Extra headers on every file served (CORS for `/cdn/`, a CSP for the console). */
  headers?: Record<string, string>;
  /** Whether a file's name carries its content hash, so it may be cached for good. */
  immutable?: (path: string) => boolean;
  /** `Cache-Control` for the other files. */
  cacheControl?: string;
}

const stat = (path: string): Stats | undefined => {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
};

/** Accepted encodings from `Accept-Encoding`, ignoring those given `q=0`. */
function accepted(header: string | undefined): Set<string> {
  const names = (header ?? '').split(',').flatMap((part) => {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    return params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)) ? [] : [name.trim()];
  });
  return new Set(names);
}

/**
 * Files from disk for GET and HEAD: the brotli or gzip copy written at build when the client
 * takes it (`Vary: Accept-Encoding` always, so caches keep them apart), a validator (`ETag` from
 * size and time, per encoding) answered with 304, and caching by kind: files named by their
 * content hash are immutable, the rest revalidate. Paths with `..`, backslashes or encoded
 * slashes never leave the roots.
 */
export function staticFiles(options: StaticOptions): MiddlewareHandler {
  const { roots, strip = '', headers = {}, immutable = () => false, cacheControl = 'public, max-age=300, must-revalidate' } = options;
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    let path: string;
    try {
      path = decodeURIComponent(c.req.path.slice(strip.length));
    } catch {
      return next();
    }
    if (path.endsWith('/')) path += 'index.html';
    const segments = path.split('/').filter(Boolean);
    if (segments.some((s) => s === '..' || s === '.' || s.includes('\\') || s.includes('\0')) || segments.length === 0) {
      return next();
    }
    const relative = segments.join(sep);
    let file: string | undefined;
    let stats: Stats | undefined;
    for (const root of roots) {
      stats = stat(join(root, relative));
      if (stats) {
        file = join(root, relative);
        break;
      }
    }
    if (!file || !stats) {
      // A folder asked without its slash: send the browser to it, so relative links resolve.
      if (!path.endsWith('index.html') && roots.some((root) => stat(join(root, relative, 'index.html')))) {
        return c.redirect(`${c.req.path}/`, 301);
      }
      return next();
    }

    const extension = extname(file);
    const response = new Headers({ ...headers, 'x-content-type-options': 'nosniff' });
    response.set('content-type', TYPES[extension] ?? 'application/octet-stream');
    response.set('cache-control', immutable(segments.join('/')) ? 'public, max-age=31536000, immutable' : cacheControl);
    let encoding = '';
    if (COMPRESSIBLE.has(extension)) {
      response.set('vary', 'Accept-Encoding');
      const wanted = accepted(c.req.header('accept-encoding'));
      for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
        const compressed = wanted.has(name) ? stat(file + suffix) : undefined;
        // A copy older than its file is stale (a build in progress): serve the file itself.
        if (compressed && compressed.mtimeMs >= stats.mtimeMs) {
          response.set('content-encoding', name);
          file += suffix;
          stats = compressed;
          encoding = name;
          break;
        }
      }
    }
    const tag = `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
    response.set('etag', tag);
    response.set('last-modified', stats.mtime.toUTCString());
    const match = c.req.header('if-none-match');
    if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === tag)) {
      return new Response(null, { status: 304, headers: response });
    }
    response.set('content-length', String(stats.size));
    if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers: response });
    const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    return new Response(body, { status: 200, headers: response });
  };
}
