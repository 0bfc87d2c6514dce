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
  const owner = readOwner(lockFile)
  if (owner && owner !== process.pid && isRunning(owner)) {
    throw new LaunchError(
      `another Avenrae launcher (pid ${owner}) is already using ${path.dirname(lockFile)}`,
      `stop it (Ctrl-C in its terminal, or kill ${owner}) before running npm start again`
    )
  }
  fs.writeFileSync(lockFile, String(process.pid))
  return () => {
    if (readOwner(lockFile) === process.pid) {
      fs.rmSync(lockFile, { force: true })
    }
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
