import path from "node:path"
import { EmbeddedDatabase, startEmbeddedPostgres } from "../../src/scripts/launcher/embedded-postgres"

const ROOT = path.resolve(__dirname, "../..")
let embedded: EmbeddedDatabase | undefined

/** No fsync or full-page writes: a crash of the test cluster loses only test data. */
const THROWAWAY_CLUSTER = { fsync: "off", synchronous_commit: "off", full_page_writes: "off" }

/**
 * Postgres for the test run. DB_HOST (with DB_PORT/DB_USERNAME/DB_PASSWORD) or
 * DATABASE_URL point at an existing server; otherwise an embedded Postgres is
 * started in .data/test-postgres for the run. Medusa's test runner creates a
 * fresh database per test file on that server, and copies it before every
 * test: the embedded test cluster holds nothing worth a crash-safe write, so
 * it skips the flushes that make those copies slow.
 */
export async function startTestDatabase() {
  if (process.env.DB_HOST) {
    return
  }
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    setDbEnv(url.hostname, url.port || "5432", decodeURIComponent(url.username), decodeURIComponent(url.password))
    return
  }
  embedded = await startEmbeddedPostgres({
    dataDir: path.join(ROOT, ".data", "test-postgres"),
    preferredPort: 55432,
    settings: THROWAWAY_CLUSTER,
  })
  const url = new URL(embedded.url("postgres"))
  // Medusa's test runner turns SSL on for any host but "localhost".
  setDbEnv("localhost", url.port, url.username, url.password)
}

export async function stopTestDatabase() {
  await embedded?.stop()
}

function setDbEnv(host: string, port: string, user: string, password: string) {
  process.env.DB_HOST = host
  process.env.DB_PORT = port
  process.env.DB_USERNAME = user
  process.env.DB_PASSWORD = password
}
