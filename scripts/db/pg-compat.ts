// Lets @prisma/adapter-pg return PostgreSQL's internal one-byte type "char" to the schema engine.
//
// Why: the wasm schema engine describes a database through the driver adapter, and its catalog
// queries select "char" columns (OID 18: pg_constraint.contype, pg_class.relkind ...), which the
// engine reads as its Character type. @prisma/adapter-pg 7.10.1 maps no column type for OID 18, so
// every describe (diff from migrations, the drift check) fails with "Column type 'char' could
// not be deserialized from the database". Two small shims fix it:
//  1. CharAsTextClient (give it to pg.Pool as `Client`) relabels such fields as text (OID 25), so
//     the adapter accepts them, and notes their positions on the rows array it passes through;
//  2. restoreCharColumns() wraps the adapter's queryRaw to report those columns as Character.
// pg has no parser for OID 18 and already returns the value as a one-character string.
import { ColumnTypeEnum, type SqlDriverAdapter, type SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumns = Symbol("charColumns");

type Tagged = unknown[] & { [charColumns]?: number[] };

/** Relabels "char" fields of one result, or of each result of a multi-statement query. */
function relabelCharFields(result: unknown): void {
  for (const one of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (one ?? {}) as { fields?: { dataTypeID: number }[]; rows?: Tagged };
    const positions: number[] = [];
    fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      positions.push(index);
    });
    if (positions.length > 0 && rows) Object.defineProperty(rows, charColumns, { value: positions });
  }
}

const originalQuery = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;

/** Covers the callback form (used by pg.Pool#query) and the promise form of pg.Client#query. */
function relabellingQuery(this: pg.Client, ...args: unknown[]): unknown {
  const last = args.length - 1;
  const callback = args[last];
  if (typeof callback === "function") {
    args[last] = (error: unknown, result: unknown) => {
      if (!error) relabelCharFields(result);
      (callback as (error: unknown, result: unknown) => void)(error, result);
    };
    return originalQuery.apply(this, args);
  }
  const returned = originalQuery.apply(this, args);
  if (returned instanceof Promise) {
    return returned.then((result: unknown) => {
      relabelCharFields(result);
      return result;
    });
  }
  return returned; // a Submittable (cursor, stream): not used by the adapter
}

export class CharAsTextClient extends pg.Client {}

// Assigned rather than declared as a method: one implementation serves all of query's overloads.
Object.defineProperty(CharAsTextClient.prototype, "query", {
  value: relabellingQuery,
  writable: true,
  configurable: true,
});

function restoreOn<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of (result.rows as Tagged)[charColumns] ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };
  return queryable;
}

/** Makes an adapter built on a CharAsTextClient pool report "char" columns as Character. */
export function restoreCharColumns<A extends SqlDriverAdapter>(adapter: A): A {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => restoreOn(await startTransaction(...args));
  return restoreOn(adapter);
}
