import { demoAdminLogin } from "../seed/seed-marker"
import { backendEnv, cleanupStack, loadDotEnv, projectRoot, reportFailure, startMedusa, waitForMedusa } from "./backend"
import { acquireDataDirLock } from "./data-dir-lock"
import { readLaunchSettings } from "./launch-settings"
import { RunningService, waitForHealth } from "./service-process"
import { buildStorefront, isStorefrontBuildStale, startStorefront, storefrontWanted } from "./storefront"
import { projectPaths } from "./paths"
import { assertPortFree } from "./ports"
import { prepareApp } from "./prepare-app"
import { prepareDatabase } from "./prepare-database"
import { say, step } from "./progress"
import { assertRedisReachable } from "./redis-check"
import { redact } from "./database-url"

type Command = "start" | "setup"

/**
 * `npm start`: database → build → migrations → seed → Medusa, one progress line
 * per step. `npm run setup` stops before starting Medusa. (`npm run bench`
 * has its own entry, src/scripts/bench/main.ts, built from the same steps.)
 */
async function main(command: Command) {
  const started = Date.now()
  const root = projectRoot(__dirname)
  loadDotEnv(root)
  const paths = projectPaths(root)
  const cleanups = cleanupStack()
  const cleanUp = cleanups.run
  let medusa: RunningService | undefined
  let storefront: RunningService | undefined
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    say("Stopping …")
    await storefront?.stop()
    await medusa?.stop()
    await cleanUp()
    say("Stopped")
    process.exit(code)
  }
  process.on("SIGINT", () => void stop(0))
  process.on("SIGTERM", () => void stop(0))

  try {
    const settings = readLaunchSettings(process.env)
    cleanups.push(acquireDataDirLock(paths.lockFile))
    if (settings.redisUrl) {
      await step("Checking Redis", () => assertRedisReachable(settings.redisUrl!))
    }
    const withStorefront = settings.workerMode !== "worker" && storefrontWanted(paths, process.env)
    if (command !== "setup" && settings.workerMode !== "worker") {
      await step(`Checking port ${settings.port}`, () => assertPortFree(settings.port, "Medusa server", "PORT"))
      if (withStorefront) {
        await step(`Checking port ${settings.storefrontPort}`, () =>
          assertPortFree(settings.storefrontPort, "storefront", "STOREFRONT_PORT")
        )
      }
    }
    const database = await prepareDatabase(paths, settings.databaseUrl)
    cleanups.push(database.stop)
    const env = backendEnv(settings, database.target.url, paths)
    const status = await prepareApp({
      paths,
      env,
      needsAdmin: settings.workerMode !== "worker",
      ownsSchema: settings.workerMode !== "worker",
    })
    if (withStorefront) {
      if (isStorefrontBuildStale(paths, process.env)) {
        await step("Building the storefront (next build, about a minute)", () => buildStorefront(paths, process.env))
      } else {
        say("Storefront build is current (storefront/.next)")
      }
    }
    if (command === "setup") {
      say(`Setup finished in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      await cleanUp()
      return
    }
    medusa = startMedusa(paths, env)
    await waitForMedusa(medusa, settings)
    if (withStorefront) {
      storefront = startStorefront(paths, {
        port: settings.storefrontPort,
        backendUrl: `http://localhost:${settings.port}`,
        publishableKey: status.publishableKey!,
        env: process.env,
      })
      await step("Starting the storefront", () => waitForHealth(`http://localhost:${settings.storefrontPort}/health`, storefront!))
    }
    medusa.showOutput(settings.workerMode === "worker")
    storefront?.showOutput(false)
    printReady(settings, database.target.url, status.publishableKey, started, withStorefront)
    const first = await Promise.race([medusa, storefront].filter(Boolean).map((s) => s!.exited.then((code) => ({ name: s!.name, code }))))
    if (!stopping) {
      say(`${first.name} exited with code ${first.code}`)
      await stop(first.code ?? 1)
    }
  } catch (error) {
    medusa?.showOutput(true)
    storefront?.showOutput(true)
    await storefront?.stop()
    await medusa?.stop()
    await cleanUp()
    reportFailure(error)
    process.exit(1)
  }
}

function printReady(
  settings: ReturnType<typeof readLaunchSettings>,
  databaseUrl: string,
  publishableKey: string | undefined,
  started: number,
  withStorefront: boolean
) {
  const login = demoAdminLogin()
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (settings.workerMode === "worker") {
    say(`Worker running (ready in ${seconds} s) on ${redact(databaseUrl)}`)
    return
  }
  say(`Ready in ${seconds} s (${settings.workerMode} mode${settings.redisUrl ? ", Redis" : ""})`)
  if (withStorefront) say(`  Storefront:      http://localhost:${settings.storefrontPort}`)
  say(`  Admin:           ${settings.backendUrl}/app`)
  say(`  Store API:       ${settings.backendUrl}/store`)
  say(`  Staff login:     ${login.email} / ${login.password}`)
  say(`  Publishable key: ${publishableKey ?? "(none yet)"}`)
  say(`  Database:        ${redact(databaseUrl)}`)
  say("Press Ctrl-C to stop.")
}

const COMMANDS: Command[] = ["start", "setup"]
main(COMMANDS.find((c) => c === process.argv[2]) ?? "start")
