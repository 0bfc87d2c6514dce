import path from "node:path"
import { ensureDatabase } from "./database-server"
import { parseDatabaseUrl, DatabaseTarget } from "./database-url"
import { startEmbeddedPostgres } from "./embedded-postgres"
import { ProjectPaths } from "./paths"
import { step } from "./progress"
import { readState, writeState } from "./state-file"

const EMBEDDED_DATABASE = "avenrae"

export type PreparedDatabase = {
  target: DatabaseTarget
  stop: () => Promise<void>
}

/** DATABASE_URL when given; otherwise the embedded Postgres in .data/. */
export async function prepareDatabase(paths: ProjectPaths, databaseUrl: string | undefined): Promise<PreparedDatabase> {
  if (databaseUrl) {
    const target = parseDatabaseUrl(databaseUrl)
    await step(`Connecting to Postgres at ${target.host}:${target.port}`, () => ensureDatabase(target))
    return { target, stop: async () => undefined }
  }
  const state = readState(paths.stateFile)
  const where = path.relative(paths.root, paths.postgresDir) || paths.postgresDir
  const embedded = await step(`Starting embedded Postgres (data in ${where})`, () =>
    startEmbeddedPostgres({ dataDir: paths.postgresDir, preferredPort: state.embeddedPort })
  )
  writeState(paths.stateFile, { ...readState(paths.stateFile), embeddedPort: embedded.port })
  const target = parseDatabaseUrl(embedded.url(EMBEDDED_DATABASE))
  try {
    await ensureDatabase(target)
  } catch (error) {
    await embedded.stop()
    throw error
  }
  return { target, stop: embedded.stop }
}
