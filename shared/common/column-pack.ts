// Rows of plain objects stored column by column: each field's values in one list, and a field whose
// values repeat (a currency, a status, a date, a customer's id) as its distinct values once and a
// small number per row. A structured clone of row objects spells every field name and every
// repeated string out again in each row; for invoices that was more than half the bytes, which
// IndexedDB then writes, reads and hands to the reader.
//
// Exact for what rows hold: each row gets back its own fields in its own order (a backup of the
// rows is then the same text), a field a row lacks stays lacking, `null` and `undefined` stay
// themselves, and values that are not strings, numbers, booleans or null (an object, a list) are
// kept as they are.

type Primitive = string | number | boolean | null | undefined;

/** A field's values, one per row (undefined where a row lacks it): as they are, or as distinct values and codes. */
export type PackedColumn =
  { field: string; values: unknown[] } | { field: string; distinct: Primitive[]; codes: Uint16Array | Uint32Array };

export interface PackedRows {
  count: number;
  columns: PackedColumn[];
  /** Each distinct list of a row's fields, in its order, as column numbers. */
  shapes: number[][];
  /** Each row's shape. */
  shapeOf: Uint16Array | Uint32Array;
}

/** A value a list of distinct values keeps exactly (a Map takes -0 for 0). */
const isPrimitive = (value: unknown): value is Primitive => (value === null || typeof value !== 'object') && !Object.is(value, -0);

const codesFor = (count: number, distinct: number) => (distinct <= 0x10000 ? new Uint16Array(count) : new Uint32Array(count));

/** A column's values as stored: its distinct values and codes when they repeat enough to be worth it. */
function packColumn(field: string, values: unknown[]): PackedColumn {
  if (!values.every(isPrimitive)) return { field, values };
  const codeOf = new Map<Primitive, number>();
  for (const value of values as Primitive[]) if (!codeOf.has(value)) codeOf.set(value, codeOf.size);
  // Mostly distinct (ids, invoice numbers): the values themselves are smaller than values and codes.
  if (codeOf.size * 2 > values.length) return { field, values };
  const codes = codesFor(values.length, codeOf.size);
  for (let i = 0; i < values.length; i++) codes[i] = codeOf.get(values[i] as Primitive)!;
  return { field, distinct: [...codeOf.keys()], codes };
}

export function packRows(rows: readonly object[]): PackedRows {
  // Filled with push, undefined where a row lacks the field: a list with holes is cloned slowly.
  const columnOf = new Map<string, number>();
  const columns: { field: string; values: unknown[] }[] = [];
  const shapeIndex = new Map<string, number>();
  const shapes: number[][] = [];
  const shapeNumbers: number[] = [];
  rows.forEach((row, index) => {
    const fields = Object.keys(row);
    const shapeKey = fields.join('\u0000');
    let shape = shapeIndex.get(shapeKey);
    if (shape === undefined) {
      shape = shapes.length;
      shapeIndex.set(shapeKey, shape);
      shapes.push(
        fields.map((field) => {
          let column = columnOf.get(field);
          if (column === undefined) {
            column = columns.length;
            columnOf.set(field, column);
            // Met first in this row: the rows before it lack it.
            const values: unknown[] = [];
            for (let before = 0; before < index; before++) values.push(undefined);
            columns.push({ field, values });
          }
          return column;
        }),
      );
    }
    shapeNumbers.push(shape);
    const values = row as Record<string, unknown>;
    for (const column of columns) column.values.push(values[column.field]);
  });
  const shapeOf = codesFor(rows.length, shapes.length);
  shapeNumbers.forEach((shape, i) => (shapeOf[i] = shape));
  return { count: rows.length, columns: columns.map(({ field, values }) => packColumn(field, values)), shapes, shapeOf };
}

export function unpackRows<T>(packed: PackedRows): T[] {
  const { columns, shapes, shapeOf } = packed;
  const valueAt = columns.map((column) => {
    if ('codes' in column) {
      const { distinct, codes } = column;
      return (row: number) => distinct[codes[row]!];
    }
    const { values } = column;
    return (row: number) => values[row];
  });
  const rows: T[] = [];
  for (let i = 0; i < packed.count; i++) {
    const row: Record<string, unknown> = {};
    for (const column of shapes[shapeOf[i]!]!) row[columns[column]!.field] = valueAt[column]!(i);
    rows.push(row as T);
  }
  return rows;
}
