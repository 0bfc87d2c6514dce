import { writeFileSync } from "node:fs"
import path from "node:path"
import { backendEnv, cleanupStack, loadDotEnv, projectRoot, reportFailure, startMedusa, waitForMedusa } from "../launcher/backend"
import { acquireDataDirLock } from "../launcher/data-dir-lock"
import { readLaunchSettings } from "../launcher/launch-settings"
import { projectPaths } from "../launcher/paths"
import { assertPortFree } from "../launcher/ports"
import { prepareApp } from "../launcher/prepare-app"
import { prepareDatabase } from "../launcher/prepare-database"
import { say, step } from "../launcher/progress"
import { assertRedisReachable } from "../launcher/redis-check"
import { runCommand } from "../launcher/run-command"
import { RunningService } from "../launcher/service-process"
import { buildStorefront, isStorefrontBuildStale, storefrontWanted } from "../launcher/storefront"
import { BENCH_EVENT_COUNT } from "./bench-events"
import { BENCH_PAYOUTS_MARK } from "./payout-figures"
import { BENCH_PRACTITIONER_COUNT } from "./bench-practitioners"
import { runBenchmarks } from "./run-benchmarks"

/**
 * `npm run bench`: the launcher's steps (database → build → migrations → seed
 * → Medusa) on the benchmark's own data (.data/bench, port 9100 unless
 * AVENRAE_DATA_DIR or PORT say otherwise), then the benchmark's practitioners,
 * the measurements, and a clean stop. The storefront is built (when its
 * sources changed) to weigh its JavaScript, but not started.
 *
 * The benchmark data is added by running this folder's TypeScript with
 * `medusa exec` from the project root, not from the compiled app, so the bench
 * stays out of the build (see BUILD_EXCLUDED in launcher/build-app.ts).
 */
async function main() {
  const root = projectRoot(__dirname)
  loadDotEnv(root)
  process.env.AVENRAE_DATA_DIR ||= path.join(root, ".data", "bench")
  process.env.PORT ||= "9100"
  const paths = projectPaths(root)
  const cleanups = cleanupStack()
  let medusa: RunningService | undefined
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    say("Stopping …")
    await medusa?.stop()
    await cleanups.run()
    say("Stopped")
    process.exit(code)
  }
  process.on("SIGINT", () => void stop(130))
  process.on("SIGTERM", () => void stop(143))

  try {
    const settings = { ...readLaunchSettings(process.env), workerMode: "shared" as const }
    cleanups.push(acquireDataDirLock(paths.lockFile))
    if (settings.redisUrl) {
      await step("Checking Redis", () => assertRedisReachable(settings.redisUrl!))
    }
    await step(`Checking port ${settings.port}`, () => assertPortFree(settings.port, "Medusa server", "PORT"))
    const database = await prepareDatabase(paths, settings.databaseUrl)
    cleanups.push(database.stop)
    const env = backendEnv(settings, database.target.url, paths)
    const status = await prepareApp({ paths, env, needsAdmin: true, ownsSchema: true })
    await step(
      `Adding ${BENCH_PRACTITIONER_COUNT.toLocaleString("en")} practitioners and ${BENCH_EVENT_COUNT} events for the benchmark`,
      () =>
        runCommand(paths.medusaBin, ["exec", "./src/scripts/bench/seed-bench-practitioners.ts"], {
          cwd: paths.root,
          env,
          what: "the benchmark data",
          fix: "run npm run bench again; it adds only what is missing",
        })
    )
    if (storefrontWanted(paths, process.env) && isStorefrontBuildStale(paths, process.env)) {
      await step("Building the storefront to weigh its JavaScript (next build)", () => buildStorefront(paths, process.env))
    }
    medusa = startMedusa(paths, env)
    await waitForMedusa(medusa, settings)
    await runBenchmarks({
      baseUrl: `http://localhost:${settings.port}`,
      publishableKey: status.publishableKey!,
      storefrontDir: paths.storefrontDir,
      measurePayouts: async (mixed) => {
        const file = path.join(process.env.AVENRAE_DATA_DIR!, "bench-checkouts.json")
        writeFileSync(file, JSON.stringify(mixed))
        const output = await step("Running the payout benchmark inside the app (medusa exec)", () =>
          runCommand(paths.medusaBin, ["exec", "./src/scripts/bench/bench-payouts.ts"], {
            cwd: paths.root,
            env: { ...env, BENCH_CHECKOUTS_FILE: file },
            what: "the payout benchmark",
            fix: "run npm run bench again",
          })
        )
        const line = output.split("\n").find((l) => l.includes(BENCH_PAYOUTS_MARK))
        if (!line) throw new Error("the payout benchmark printed no figures")
        return JSON.parse(line.slice(line.indexOf(BENCH_PAYOUTS_MARK) + BENCH_PAYOUTS_MARK.length))
      },
    })
    await stop(0)
  } catch (error) {
    if (stopping) return
    medusa?.showOutput(true)
    await medusa?.stop()
    await cleanups.run()
    reportFailure(error)
    process.exit(1)
  }
}

main()
