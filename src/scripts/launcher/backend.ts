import path from "node:path"
import dotenv from "dotenv"
import { LaunchError } from "./launch-error"
import { LaunchSettings } from "./launch-settings"
import { launcherSecrets } from "./launcher-secrets"
import { ProjectPaths } from "./paths"
import { step } from "./progress"
import { RunningService, startService, waitForHealth } from "./service-process"

/**
 * Steps the launcher's commands share (`npm start`, `npm run setup`, and the
 * benchmark's own entry in src/scripts/bench/main.ts), as functions.
 */

/** The project root, from a script under src/scripts/<folder>/. */
export function projectRoot(scriptDir: string) {
  return path.resolve(scriptDir, "../../..")
}

/** Reads .env at the root, if there is one, under what the shell already set. */
export function loadDotEnv(root: string) {
  dotenv.config({ path: path.join(root, ".env"), quiet: true } as dotenv.DotenvConfigOptions)
}

/** The environment Medusa runs with: the database chosen, the port, the worker mode and the signing secrets. */
export function backendEnv(settings: LaunchSettings, databaseUrl: string, paths: ProjectPaths): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...launcherSecrets(paths.secretsFile, process.env),
    DATABASE_URL: databaseUrl,
    PORT: String(settings.port),
    MEDUSA_BACKEND_URL: settings.backendUrl,
    MEDUSA_WORKER_MODE: settings.workerMode,
    MAIL_DIR: process.env.MAIL_DIR || path.join(paths.dataDir, "mail"),
  }
}

/** `medusa start` on the compiled app (see waitForMedusa). */
export function startMedusa(paths: ProjectPaths, env: NodeJS.ProcessEnv): RunningService {
  return startService({ name: "Medusa", command: paths.medusaBin, args: ["start"], cwd: paths.buildDir, env })
}

/** Resolves once the started Medusa answers /health, as one progress step. */
export function waitForMedusa(medusa: RunningService, settings: LaunchSettings) {
  return step(settings.workerMode === "worker" ? "Starting the worker" : "Starting Medusa", () =>
    waitForHealth(`http://localhost:${settings.port}/health`, medusa)
  )
}

/** Cleanups run last-in, first-out (the data-directory lock, the embedded Postgres). */
export function cleanupStack() {
  const cleanups: Array<() => Promise<void> | void> = []
  return {
    push: (cleanup: () => Promise<void> | void) => cleanups.push(cleanup),
    run: async () => {
      for (const cleanup of cleanups.splice(0).reverse()) {
        await cleanup()
      }
    },
  }
}

/** A failure in one line ("[avenrae] what — how to fix"); a stack only with DEBUG. */
export function reportFailure(error: unknown) {
  if (error instanceof LaunchError) {
    console.error(`[avenrae] ${error.message}`)
  } else {
    console.error(`[avenrae] unexpected failure: ${(error as Error)?.message ?? error}`)
    if (process.env.DEBUG) console.error(error)
  }
}
