/**
 * The shapes of the contract's answers, written as what they are in `server/openapi.yaml`:
 * JSON Schema, the small part of it seven answers need (`type`, with `null` as a second type,
 * `enum`, `properties`, `required`, `items`, `default`, `minimum`, `format: date-time`). One
 * function checks a value against one, and `Infer` gives its TypeScript type, so the shapes are
 * the one source of the contract's types, compared with the document by the contract test.
 *
 * Why not a schema library: valibot did this job for 2,276 gzip bytes of every reader's page
 * (BENCHMARKS.md, "Bytes"); the server, which ships nothing to readers, keeps using it.
 */

type Type = 'string' | 'integer' | 'boolean' | 'object' | 'array';

export interface Shape {
  readonly type?: Type | readonly [Type, 'null'];
  readonly enum?: readonly string[];
  readonly properties?: { readonly [key: string]: Shape };
  readonly required?: readonly string[];
  readonly items?: Shape;
  readonly default?: unknown;
  readonly minimum?: number;
  readonly format?: 'date-time';
}

/** What a value that passed {@link check} looks like, for a shape written `as const`. */
export type Infer<S> = S extends { type: readonly [infer T, 'null'] }
  ? Value<S, T> | null
  : S extends { type: infer T }
    ? Value<S, T>
    : unknown;

type Value<S, T> = S extends { enum: readonly (infer E)[] }
  ? E
  : T extends 'array'
    ? S extends { items: infer I }
      ? Infer<I>[]
      : never
    : T extends 'object'
      ? S extends { properties: infer P }
        ? Fields<P, S extends { required: readonly (infer R)[] } ? R : never>
        : never
      : T extends 'string'
        ? string
        : T extends 'integer'
          ? number
          : T extends 'boolean'
            ? boolean
            : never;

/** Required keys, and keys with a default, are always there; the others may be missing. */
type Present<P, R, K extends keyof P> = K extends R ? true : P[K] extends { default: unknown } ? true : false;
type Fields<P, R> = Flat<
  { -readonly [K in keyof P as Present<P, R, K> extends true ? K : never]: Infer<P[K]> } & {
    -readonly [K in keyof P as Present<P, R, K> extends true ? never : K]?: Infer<P[K]>;
  }
>;
type Flat<T> = { [K in keyof T]: T[K] };

/** A value that does not have its shape: `path` says where (`occurrences.0.start`), the message what was expected. */
export class Malformed extends Error {
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super(`${path || '(root)'}: expected ${expected}`);
  }
}

/**
 * `value` if it has `shape`, as a copy holding only the keys the shape knows, with defaults
 * filled in for missing ones; otherwise throws {@link Malformed} at the first place it fails.
 */
export function check<S extends Shape>(shape: S, value: unknown, path = ''): Infer<S> {
  return walk(shape, value, path) as Infer<S>;
}

function walk(shape: Shape, value: unknown, path: string): unknown {
  const { type, properties = {}, required = [], items = {} } = shape;
  if (value === null && Array.isArray(type)) return value;
  const expected = Array.isArray(type) ? type[0] : type;
  const fail = (what: string): never => {
    throw new Malformed(path, what);
  };
  const at = (key: string | number) => (path ? `${path}.${key}` : `${key}`);
  if (expected === 'array') {
    return Array.isArray(value) ? value.map((item, i) => walk(items, item, at(i))) : fail('an array');
  }
  if (expected === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) fail('an object');
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(properties)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) copy[key] = walk(field, item, at(key));
      else if ('default' in field) copy[key] = field.default;
      else if (required.includes(key)) throw new Malformed(at(key), 'a value');
    }
    return copy;
  }
  if (expected && typeof value !== (expected === 'integer' ? 'number' : expected)) fail(`a ${expected}`);
  if (expected === 'integer' && !(Number.isInteger(value) && (value as number) >= (shape.minimum ?? -Infinity))) {
    fail(shape.minimum === undefined ? 'an integer' : `an integer from ${shape.minimum}`);
  }
  if (shape.enum && !shape.enum.includes(value as string)) fail(`one of ${shape.enum.join(', ')}`);
  if (shape.format && Number.isNaN(Date.parse(value as string))) fail('a date and time');
  return value;
}
