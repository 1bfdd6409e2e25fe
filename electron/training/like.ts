// The API's search patterns: `%` stands for any run of characters (possibly none), like SQL LIKE.

export type Matcher = (value: string | null) => boolean;

/**
 * A matcher for `pattern`. Without `%` it is an exact comparison. A null value (no phone, no
 * email) never matches, as NULL LIKE anything is not true in SQL. Only `%` is special: `_` is
 * common in e-mail addresses and the API document names no other wildcard.
 */
export function likeMatcher(pattern: string, options: { ignoreCase: boolean }): Matcher {
  const normalise = (text: string): string => (options.ignoreCase ? text.toLowerCase() : text);
  const wanted = normalise(pattern);
  if (!wanted.includes('%')) return (value) => value !== null && normalise(value) === wanted;
  const body = wanted
    .split('%')
    .map((part) => part.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'))
    .join('.*');
  const regex = new RegExp(`^${body}$`, 's');
  return (value) => value !== null && regex.test(normalise(value));
}
