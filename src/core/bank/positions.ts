import { isMap, isScalar, isSeq, LineCounter, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

export interface Position {
  line: number;
  col: number;
}

type Path = readonly (string | number)[];

/**
 * Finds where a value lives in the YAML source. For a path that does not exist (a missing
 * field) it answers with the deepest node that does, so the message points at the object
 * that lacks it. With `keyOf`, it points at that key of the map instead (an unknown field).
 */
export function positionOf(doc: Document, lines: LineCounter, path: Path, keyOf?: string): Position {
  let node: unknown = doc.contents;
  let best: Node | null = (doc.contents as Node | null) ?? null;
  for (const step of path) {
    const child = childOf(node, step);
    if (child === undefined) break;
    node = child.value;
    best = child.at ?? best;
  }
  if (keyOf !== undefined && isMap(node)) {
    const pair = pairOf(node, keyOf);
    if (pair && isScalar(pair.key) && pair.key.range) return toPosition(lines, pair.key.range[0]);
  }
  const offset = best?.range?.[0] ?? 0;
  return toPosition(lines, offset);
}

function childOf(node: unknown, step: string | number): { value: unknown; at: Node | null } | undefined {
  if (isMap(node)) {
    const pair = pairOf(node, step);
    if (!pair) return undefined;
    const value = pair.value as Node | null;
    return { value, at: value ?? (pair.key as Node) };
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step] as Node | undefined;
    if (item === undefined) return undefined;
    return { value: item, at: item };
  }
  return undefined;
}

/** Each map's pairs by key, built once: a map of many keys, each reported, is not searched again for each. */
const pairsByKey = new WeakMap<YAMLMap, Map<unknown, Pair>>();

function pairOf(map: YAMLMap, key: string | number): Pair | undefined {
  let index = pairsByKey.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) if (isScalar(item.key) && !index.has(item.key.value)) index.set(item.key.value, item);
    pairsByKey.set(map, index);
  }
  return index.get(key);
}

export function toPosition(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, col };
}
