// The shared pieces every route uses: the validation rules (server/http/validate.ts) and the
// JSON-column readers (server/db/json.ts), checked on their own; the routes' tests check them
// through HTTP.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import { jsonList, jsonObject, stringList } from '../../server/db/json.js';
import { count, Email, HttpUrl, Id, LocalDateTime, required, text, urlProblem, Zone } from '../../server/http/validate.js';

const ok = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;
const output = (schema: v.GenericSchema, value: unknown) => v.parse(schema, value);

describe('validation rules', () => {
  it('text is trimmed and bounded; required text is not empty', () => {
    assert.equal(output(text(5), '  abc  '), 'abc');
    assert.equal(ok(text(5), 'abcdef'), false);
    assert.equal(ok(required(5), '   '), false);
    assert.equal(v.safeParse(required(5, 'Please name it.'), '').issues?.[0].message, 'Please name it.');
  });

  it('ids, emails, http(s) URLs, time zones and local times', () => {
    assert.equal(ok(Id, 'spring-call'), true);
    for (const bad of ['Spring', '-x', 'a_b', 'x'.repeat(65)]) assert.equal(ok(Id, bad), false, bad);
    assert.equal(output(Email, '  Ada@Example.COM '), 'ada@example.com');
    assert.equal(ok(Email, 'not-an-email'), false);
    assert.equal(output(HttpUrl, 'https://example.com/a b'), 'https://example.com/a%20b');
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'example.com']) assert.equal(ok(HttpUrl, bad), false, bad);
    assert.equal(ok(Zone, 'America/New_York'), true);
    assert.equal(ok(Zone, 'Mars/Olympus'), false);
    assert.equal(ok(LocalDateTime, '2027-03-10T19:00'), true);
    assert.equal(ok(LocalDateTime, 'next week'), false);
  });

  it('counts in a query are whole numbers within their bounds', () => {
    assert.equal(output(count(1, 366), '30'), 30);
    for (const bad of ['0', '367', '1.5', '-1', '1000', '']) assert.equal(ok(count(1, 366), bad), false, bad);
    assert.equal(v.safeParse(count(1, 10), '11').issues?.[0].message, 'Expected a whole number from 1 to 10.');
  });

  it('refuses control characters and broken encoding anywhere in a path or query, never the host', () => {
    assert.equal(urlProblem('http://x.test/v1/sites/demo/events?from=2026-01-01T00%3A00%3A00Z&tag=a+b'), undefined);
    assert.equal(urlProblem('http://x.test/v1/sites/d%C3%A9mo'), undefined);
    for (const bad of ['/v1/sites/de%00mo', '/v1/x?tag=%0A', '/v1/x?tag=%E2%80%AEgpj', '/v1/x?tag=a%09b']) {
      assert.equal(urlProblem(`http://x.test${bad}`), 'The address holds control characters.', bad);
    }
    for (const bad of ['/v1/sites/%E0%A4%A', '/v1/x?tag=%E0%A4%A', '/v1/x?tag=100%']) {
      assert.equal(urlProblem(`http://x.test${bad}`), 'The address is not properly encoded.', bad);
    }
  });
});

describe('JSON columns', () => {
  it('read what they hold, and junk as their empty value', () => {
    assert.deepEqual(stringList('["a", 2, "b"]'), ['a', 'b']);
    assert.deepEqual(stringList('{"a": 1}'), []);
    assert.deepEqual(stringList('not json'), []);
    assert.deepEqual(jsonList('[{"retailer": "X"}]'), [{ retailer: 'X' }]);
    assert.deepEqual(jsonObject('{"name": "Hall"}'), { name: 'Hall' });
    assert.equal(jsonObject(null), null);
    assert.equal(jsonObject('["Hall"]'), null);
  });
});
