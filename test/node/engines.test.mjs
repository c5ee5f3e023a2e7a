// The Node versions package.json promises are ones every installed package accepts: otherwise
// `npm ci` on a supported Node prints EBADENGINE warnings (25 of them once, from a test helper
// that pulled in a runner for Node 22) and may install something that does not run there.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import semver from 'semver';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

test('package.json and the lockfile name the same supported Node versions', () => {
  assert.ok(semver.validRange(pkg.engines.node), `engines.node "${pkg.engines.node}" is a range`);
  assert.equal(lock.packages[''].engines?.node, pkg.engines.node, 'run npm install after changing engines');
});

test('every package in the lockfile accepts every Node version package.json supports', () => {
  const refusing = Object.entries(lock.packages)
    .filter(([, entry]) => entry.engines?.node && !semver.subset(pkg.engines.node, entry.engines.node))
    .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${entry.engines.node}`);
  assert.deepEqual(refusing, []);
});

test('the Node running the tests is a supported one', () => {
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `${process.version} is not in ${pkg.engines.node}`);
});
