import type {List, Table} from 'mdast';

/**
 * A list as a short readable shape: `ul×3` is three bullets, `ol×2` two
 * numbered items; a nested list follows the item it is in, `ul×3[2:ul×2]`.
 */
export function listShape(list: List): string {
  const nested = list.children.flatMap((item, i) =>
    item.children.filter((c): c is List => c.type === 'list').map((c) => `${i + 1}:${listShape(c)}`),
  );
  const base = `${list.ordered ? 'ol' : 'ul'}×${list.children.length}`;
  return nested.length ? `${base}[${nested.join(',')}]` : base;
}

/** A table as `rows×columns`, header row included, e.g. `3×2`. */
export function tableShape(table: Table): string {
  const columns = Math.max(0, ...table.children.map((row) => row.children.length));
  return `${table.children.length}×${columns}`;
}
