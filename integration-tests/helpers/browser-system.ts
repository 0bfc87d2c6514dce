import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { chromiumAvailable, CHROMIUM_PATH } from "./browser"
import { startLauncherOnFreePorts } from "./launcher-on-free-ports"
import { LauncherRun, launcherLines } from "./launcher-process"

const ROOT = path.resolve(__dirname, "../..")
/** Where the global setup leaves the running system's addresses for the test files. */
const SYSTEM_FILE = path.join(ROOT, ".data", "browser-system.json")

export type BrowserSystem = { shop: string; backend: string; publishableKey: string }
/** What the setup leaves: the system, or why it could not start it (each journey then fails with that). */
type SystemFile = BrowserSystem | { error: string }

let running: { run: LauncherRun; dataDir: string } | undefined

/**
 * The browser journeys' global setup: starts the whole system once with the
 * launcher (as `npm start` does, on its own data directory and ports) and
 * writes its addresses for the test files. Without Chromium a developer's run
 * starts nothing (the journeys skip); CI installs Chromium, so there it runs.
 */
export async function startBrowserSystem() {
  fs.rmSync(SYSTEM_FILE, { force: true })
  if (!chromiumAvailable() && !process.env.CI) {
    console.warn(`\nStorefront browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`)
    return
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "avenrae-shop-"))
  try {
    await startLauncher(dataDir)
  } catch (error) {
    // Thrown here, jest would stop the whole run before its summary line.
    fs.rmSync(dataDir, { recursive: true, force: true })
    writeSystemFile({ error: (error as Error).message })
  }
}

async function startLauncher(dataDir: string) {
  const { run, ports } = await startLauncherOnFreePorts({
    env: ({ port, storefrontPort }) => ({
      AVENRAE_DATA_DIR: dataDir,
      PORT: String(port),
      STOREFRONT_PORT: String(storefrontPort),
      MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    }),
    readyLine: /Press Ctrl-C to stop/,
    timeoutMs: 840_000,
  })
  running = { run, dataDir }
  const lines = launcherLines(run.output())
  const seconds = lines.find((line) => /Ready in/.test(line))?.match(/Ready in ([\d.]+) s/)?.[1]
  console.log(`\nnpm start: the storefront answered after ${seconds} s`)
  const system: BrowserSystem = {
    shop: `http://localhost:${ports.storefrontPort}`,
    backend: `http://localhost:${ports.port}`,
    publishableKey: lines
      .find((line) => line.includes("Publishable key"))!
      .split(" ")
      .pop()!,
  }
  writeSystemFile(system)
}

function writeSystemFile(content: SystemFile) {
  fs.mkdirSync(path.dirname(SYSTEM_FILE), { recursive: true })
  fs.writeFileSync(SYSTEM_FILE, JSON.stringify(content, null, 2))
}

/** The global teardown: stops the launcher (storefront, Medusa, Postgres) and removes its data. */
export async function stopBrowserSystem() {
  fs.rmSync(SYSTEM_FILE, { force: true })
  if (!running) return
  const { run, dataDir } = running
  running = undefined
  if (run.child.exitCode === null && run.child.signalCode === null) {
    run.child.kill("SIGINT")
    await run.exited
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
}

/**
 * The running system, for a test file: undefined when the setup started none
 * (no Chromium); throws with the launcher's failure when it could not start.
 */
export function browserSystem(): BrowserSystem | undefined {
  let content: SystemFile
  try {
    content = JSON.parse(fs.readFileSync(SYSTEM_FILE, "utf8"))
  } catch {
    return undefined
  }
  if ("error" in content) throw new Error(`The browser journeys' system did not start: ${content.error}`)
  return content
}
