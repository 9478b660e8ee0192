import { sql, type SQL } from 'drizzle-orm';

/**
 * `(SELECT value FROM json_each(?))`: a list bound as one JSON parameter, for `x IN …`. Any
 * number of values in one statement, where an IN list of placeholders stops at SQLite's
 * 32,766 bound variables (a month can hold more deals than that).
 */
export function jsonList(values: readonly (number | string)[]): SQL {
  return sql`(SELECT value FROM json_each(${JSON.stringify(values)}))`;
}
