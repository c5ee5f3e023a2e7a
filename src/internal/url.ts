/** A URL from a backend if it is absolute `http:` or `https:`; `javascript:`, `data:` and junk give `undefined`. */
export function safeUrl(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) && URL.canParse(url) ? url : undefined;
}
