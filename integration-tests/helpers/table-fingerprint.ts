import { readdirSync } from "fs"
import { join } from "path"

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }> }

/** Medusa's tables a refused request must not touch, beside all of ours. */
const MEDUSA_TABLES = ["cart", "cart_line_item", "cart_shipping_method", "order", "order_item", "order_line_item", "customer"]

/**
 * The project's tables (every table named after one of our modules, links
 * included) and Medusa's cart, line-item and order tables, as found in the
 * database.
 */
export async function watchedTables(pg: Knex): Promise<Array<{ table: string; columns: string[] }>> {
  const modules = readdirSync(join(__dirname, "..", "..", "src", "modules"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  const { rows } = await pg.raw(
    `select table_name, array_agg(column_name::text) as columns from information_schema.columns
     where table_schema = current_schema() and (table_name ~ ? or table_name = any(?))
     group by table_name order by table_name`,
    [modules.join("|"), MEDUSA_TABLES]
  )
  return rows.map((row) => ({ table: row.table_name as string, columns: row.columns as string[] }))
}

/**
 * One reading of every watched table: its row count and its latest update
 * and deletion. Equal readings before and after a request mean it wrote
 * nothing there.
 */
export async function tableFingerprint(pg: Knex, tables: Array<{ table: string; columns: string[] }>): Promise<Record<string, string>> {
  const parts = tables.map(({ table, columns }) => {
    const latest = ["updated_at", "deleted_at"].filter((c) => columns.includes(c)).map((c) => `max("${c}")::text`)
    return `select '${table}' as name, concat_ws('|', count(*)::text, ${latest.join(", ") || "''"}) as reading from "${table}"`
  })
  const { rows } = await pg.raw(parts.join(" union all "))
  return Object.fromEntries(rows.map((row) => [row.name as string, row.reading as string]))
}
