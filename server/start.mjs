// `npm start`: builds what is stale, then runs the compiled reference server. A build is stale
// when one of its outputs is missing or older than one of its inputs; a fresh checkout builds
// everything once (about a minute and a half), later starts only what changed (usually nothing).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const builds = [
  {
    what: 'the widgets, the CDN files and the console',
    command: ['npm', 'run', 'build'],
    inputs: ['src', 'components', 'console', 'rollup.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'],
    outputs: ['dist/src/index.js', 'dist/cdn/salon.iife.js', 'dist/cdn/loader.js', 'dist/console/console.js', 'dist/demo/builder.js', 'dist/custom-elements.json'],
  },
  {
    what: 'the server',
    command: ['npm', 'run', 'build:server'],
    inputs: ['server', 'src/api/schemas.ts', 'src/api/limits.ts', 'src/time.ts', 'package-lock.json'],
    outputs: ['dist/server-build/server/main.js', 'dist/server-build/server/cli.js'],
  },
];

/** The newest modification time under a file or folder, and which file it is. */
function newest(path, found = { time: 0, file: '' }) {
  if (!existsSync(path)) return found;
  const stats = statSync(path);
  if (stats.isDirectory()) {
    for (const name of readdirSync(path)) if (name !== 'node_modules' && !name.startsWith('.')) newest(join(path, name), found);
  } else if (stats.mtimeMs > found.time) {
    found.time = stats.mtimeMs;
    found.file = path;
  }
  return found;
}

for (const build of builds) {
  const outputs = build.outputs.map((file) => join(root, file));
  const missing = outputs.find((file) => !existsSync(file));
  const oldest = missing ? 0 : Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const input = build.inputs.reduce((found, path) => newest(join(root, path), found), { time: 0, file: '' });
  if (!missing && input.time <= oldest) {
    console.log(`Up to date: ${build.what}.`);
    continue;
  }
  const why = missing ? `${relative(root, missing)} is not built yet` : `${relative(root, input.file)} changed`;
  console.log(`Building ${build.what} (${why})…`);
  const { status } = spawnSync(build.command[0], build.command.slice(1), { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

await import(pathToFileURL(join(root, 'dist/server-build/server/main.js')).href);
