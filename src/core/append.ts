/**
 * Adds the items at the end of the list. Unlike `list.push(...items)`, which passes every item
 * as an argument, it takes any number: a file with a few hundred thousand problems, images or
 * names overflowed the call stack that way.
 */
export function append<T>(list: T[], items: Iterable<T>): void {
  for (const item of items) list.push(item);
}
