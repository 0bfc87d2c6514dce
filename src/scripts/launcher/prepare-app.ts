import { SEED_VERSION } from "../seed/seed-marker"
import { readAppStatus } from "./app-status"
import { buildApp, currentBuildFingerprint, isBuildStale, linkUploads } from "./build-app"
import { ProjectPaths } from "./paths"
import { say, step } from "./progress"
import { runCommand } from "./run-command"
import { withSchemaLock } from "./schema-lock"
import { readState, writeState } from "./state-file"

/**
 * Brings the compiled app and the database up to date: build when stale,
 * migrate when the code or the database changed, seed until the seed's marker
 * is written (an interrupted seed is simply run again: every step is
 * find-or-create). Servers sharing a database take turns (withSchemaLock).
 */
export async function prepareApp(options: { paths: ProjectPaths; env: NodeJS.ProcessEnv; needsAdmin: boolean; ownsSchema: boolean }) {
  const { paths, env } = options
  if (isBuildStale(paths, options.needsAdmin)) {
    await step("Building the backend and the admin (medusa build, about a minute)", () => buildApp(paths, env))
  } else {
    linkUploads(paths)
    say("Build is current (.medusa/server)")
  }
  if (!options.ownsSchema) {
    return readAppStatus(env.DATABASE_URL!)
  }
  const databaseUrl = env.DATABASE_URL!
  return withSchemaLock(
    databaseUrl,
    () => migrateAndSeed(paths, env, databaseUrl),
    () => say("Another server is migrating or seeding this database: waiting for it")
  )
}

async function migrateAndSeed(paths: ProjectPaths, env: NodeJS.ProcessEnv, databaseUrl: string) {
  const build = currentBuildFingerprint(paths)
  const state = readState(paths.stateFile)
  let status = await readAppStatus(databaseUrl)
  if (!status.migrated || state.migratedFingerprint?.[databaseUrl] !== build) {
    await step("Running database migrations", () => medusa(paths, env, ["db:migrate"], "migrations"))
    const latest = readState(paths.stateFile)
    writeState(paths.stateFile, {
      ...latest,
      migratedFingerprint: { ...latest.migratedFingerprint, [databaseUrl]: build },
    })
    status = await readAppStatus(databaseUrl)
  } else {
    say("Database schema is current")
  }
  if (status.seedVersion !== SEED_VERSION) {
    await step("Seeding the demo catalog", () => medusa(paths, env, ["exec", "./src/scripts/seed.js"], "the seed"))
    status = await readAppStatus(databaseUrl)
  } else {
    say("Demo data already seeded")
  }
  return status
}

function medusa(paths: ProjectPaths, env: NodeJS.ProcessEnv, args: string[], what: string) {
  return runCommand(paths.medusaBin, args, {
    cwd: paths.buildDir,
    env,
    what,
    fix: `run it alone to see the whole output (cd .medusa/server && npx medusa ${args.join(" ")})`,
  })
}
