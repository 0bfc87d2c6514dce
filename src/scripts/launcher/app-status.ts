import { Client } from "pg"
import { SEED_METADATA_KEY, STOREFRONT_KEY_TITLE } from "../seed/seed-marker"

export type AppStatus = {
  migrated: boolean
  seedVersion?: string
  publishableKey?: string
}

/** Reads (never writes) what the database already holds. */
export async function readAppStatus(databaseUrl: string): Promise<AppStatus> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    const tables = await client.query("SELECT to_regclass('public.store') AS store, to_regclass('public.api_key') AS api_key")
    if (!tables.rows[0].store || !tables.rows[0].api_key) {
      return { migrated: false }
    }
    const store = await client.query("SELECT metadata ->> $1 AS version FROM store WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1", [
      SEED_METADATA_KEY,
    ])
    const key = await client.query(
      "SELECT token FROM api_key WHERE type = 'publishable' AND title = $1 AND revoked_at IS NULL AND deleted_at IS NULL LIMIT 1",
      [STOREFRONT_KEY_TITLE]
    )
    return {
      migrated: true,
      seedVersion: store.rows[0]?.version ?? undefined,
      publishableKey: key.rows[0]?.token,
    }
  } finally {
    await client.end().catch(() => undefined)
  }
}
