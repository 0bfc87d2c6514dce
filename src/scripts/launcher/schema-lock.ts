import { Client } from "pg"

/** One advisory lock key for "migrating or seeding this database" (any bigint; this one spells AVENRAE1). */
export const SCHEMA_LOCK_KEY = "4708026663152207153"

/**
 * Runs `work` while holding a Postgres advisory lock on the database, so that
 * servers started together (compose `--scale`, a Kubernetes rollout) migrate
 * and seed one after another instead of racing: the next one waits, then
 * finds the work done. The lock belongs to a connection of its own, so a
 * launcher that dies mid-migration releases it with that connection.
 */
export async function withSchemaLock<T>(databaseUrl: string, work: () => Promise<T>, onWait?: () => void): Promise<T> {
  const holder = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 })
  await holder.connect()
  try {
    const { rows } = await holder.query("SELECT pg_try_advisory_lock($1::bigint) AS taken", [SCHEMA_LOCK_KEY])
    if (!rows[0].taken) {
      onWait?.()
      await holder.query("SELECT pg_advisory_lock($1::bigint)", [SCHEMA_LOCK_KEY])
    }
    return await work()
  } finally {
    // Ending the session releases the lock, also when unlocking would fail.
    await holder.end().catch(() => undefined)
  }
}
