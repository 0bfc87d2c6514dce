import fs from "node:fs"
import path from "node:path"

/** Small JSON record of what the launcher already did (ports, fingerprints). */
export type LauncherState = {
  embeddedPort?: number
  migratedFingerprint?: Record<string, string>
}

export function readState(file: string): LauncherState {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return {}
  }
}

export function writeState(file: string, state: LauncherState) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(state, null, 2))
}
