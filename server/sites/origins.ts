import * as v from 'valibot';

/**
 * One website address as an author types it, normalised to an origin (`https://janedoe.com`):
 * scheme, host and port only; a trailing path is dropped. `http://localhost:*` (any port on
 * this machine) is the one pattern allowed, for local development.
 */
export function normaliseOrigin(input: string): string | undefined {
  const text = input.trim();
  const wildcard = /^http:\/\/(localhost|127\.0\.0\.1):\*$/.exec(text);
  if (wildcard) return `http://${wildcard[1]}:*`;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  if (!URL.canParse(withScheme)) return undefined;
  const url = new URL(withScheme);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password) return undefined;
  if (url.hostname.includes('*')) return undefined;
  return url.origin;
}

/** A site's website addresses: each normalised, no duplicates, at most 20. */
export const Origins = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(300))),
  v.maxLength(20, 'At most 20 website addresses.'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const origins: string[] = [];
    for (const [index, input] of dataset.value.entries()) {
      const origin = normaliseOrigin(input);
      if (!origin) {
        addIssue({
          message: `"${input}" is not a website address such as https://janedoe.com.`,
          path: [{ type: 'array', origin: 'value', input: dataset.value, key: index, value: input }],
        });
        return NEVER;
      }
      if (!origins.includes(origin)) origins.push(origin);
    }
    return origins;
  }),
);
