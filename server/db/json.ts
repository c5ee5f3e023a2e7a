// JSON columns (schema.ts: a venue, tags, cancelled dates, form fields, answers, origins, genres,
// placements, a book's links) are text on both databases. They are read here and nowhere else,
// column by column: a plugin that parsed every string looking like JSON would turn an event
// titled "[Draft]" into an array. Rows may have been written by hand or by older code, so a
// column that does not hold what it should reads as its empty value instead of failing a request.

/** A JSON column's value, or `fallback` when the text is not JSON or `accept` refuses it. */
export function readJson<T, F = T>(text: string | null, fallback: F, accept: (value: unknown) => value is T): T | F {
  if (text === null) return fallback;
  try {
    const value: unknown = JSON.parse(text);
    return accept(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON array column (a book's links, a group's fields); anything else reads as empty. */
export const jsonList = (text: string): unknown[] => readJson(text, [], isArray);

/** A JSON array of strings (tags, cancelled dates, origins, genres, placements); other items are left out. */
export const stringList = (text: string): string[] => jsonList(text).filter((item): item is string => typeof item === 'string');

/** A JSON object column (a venue, a signup's answers), or `null` for SQL NULL or anything not an object. */
export const jsonObject = (text: string | null): Record<string, unknown> | null => readJson(text, null, isObject);
