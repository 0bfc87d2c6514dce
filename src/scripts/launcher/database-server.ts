import { Client } from "pg"
import { DatabaseTarget } from "./database-url"
import { LaunchError } from "./launch-error"

/** Connects once to the server (database `postgres`) to prove it answers. */
export async function ensureDatabase(target: DatabaseTarget) {
  const client = new Client({
    connectionString: target.maintenanceUrl,
    connectionTimeoutMillis: 5000,
  })
  try {
    await client.connect()
  } catch (error) {
    throw new LaunchError(
      `cannot reach Postgres at ${target.host}:${target.port} (${describe(error)})`,
      "start that Postgres or fix DATABASE_URL; unset DATABASE_URL to use the embedded one"
    )
  }
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [target.database])
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(target.database)}`)
      return { created: true }
    }
    return { created: false }
  } finally {
    await client.end().catch(() => undefined)
  }
}

function describe(error: unknown) {
  const e = error as NodeJS.ErrnoException & { message?: string }
  return e.code ? `${e.code}: ${e.message}` : String(e?.message ?? error)
}
