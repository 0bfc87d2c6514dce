import fs from "node:fs"
import { LauncherRun } from "./launcher-process"

/** The `medusa start` process a running launcher started (its only child), from /proc. */
export function medusaPidOf(run: LauncherRun): number {
  const launcherPid = run.child.pid!
  const children = fs.readFileSync(`/proc/${launcherPid}/task/${launcherPid}/children`, "utf8").trim().split(/\s+/).filter(Boolean)
  if (children.length !== 1)
    throw new Error(`Expected the launcher (pid ${launcherPid}) to run one Medusa process, found ${children.length}`)
  return Number(children[0])
}

/**
 * kill -9 of the Medusa process itself: no shutdown hooks, no draining, open
 * connections simply cut. Resolves once the launcher, seeing Medusa gone, has
 * exited too.
 */
export async function killMedusaHard(run: LauncherRun) {
  const pid = medusaPidOf(run)
  process.kill(pid, "SIGKILL")
  await run.exited
  return pid
}
