import { CSV_COLUMNS } from '../export/csv-columns';

/** Every column once: the chosen ones in their order, then the others in the default order. */
export function allColumnsInOrder(chosen: readonly string[]): string[] {
  return [...chosen, ...CSV_COLUMNS.map((c) => c.header).filter((h) => !chosen.includes(h))];
}

/** `list` with the item at `index` swapped with its neighbour (`by` = -1 up, +1 down). */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
