import fs from "node:fs"
import path from "node:path"
import { LaunchError } from "./launch-error"

/**
 * One `npm start` per data directory: a second one would fight the first over
 * the embedded Postgres. The lock names the owner's pid; a lock left by a
 * process that no longer runs is taken over.
 */
export function acquireDataDirLock(lockFile: string): () => void {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true })
  while (!createExclusively(lockFile)) {
    const owner = readOwner(lockFile)
    if (owner === process.pid) break
    if (owner && isRunning(owner)) {
      throw new LaunchError(
        `another Avenrae launcher (pid ${owner}) is already using ${path.dirname(lockFile)}`,
        `stop it (Ctrl-C in its terminal, or kill ${owner}) before running npm start again`
      )
    }
    fs.rmSync(lockFile, { force: true }) // left by a process that is gone
  }
  return () => {
    if (readOwner(lockFile) === process.pid) {
      fs.rmSync(lockFile, { force: true })
    }
  }
}

/** Creates the lock naming this process; false when a lock file already exists. */
function createExclusively(lockFile: string) {
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false
    throw error
  }
}

function readOwner(lockFile: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(lockFile, "utf8").trim())
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}
