/** Items grouped by a key in one pass, in the order of `keys`, keys without items left out. */
export function groupInOrder<T, K>(items: readonly T[], keys: readonly K[], keyOf: (item: T) => K): { key: K; items: T[] }[] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return [...groups].filter(([, list]) => list.length > 0).map(([key, list]) => ({ key, items: list }));
}
