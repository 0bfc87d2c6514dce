import fs from "node:fs"
import path from "node:path"
import { fingerprint } from "./fingerprint"
import { ProjectPaths } from "./paths"
import { runCommand } from "./run-command"

/** What the compiled app in .medusa/server is built from. */
const BUILD_INPUTS = ["src", "admin-extensions", "medusa-config.ts", "package-lock.json", "tsconfig.json"]

/**
 * Under src/ but not what the running app is made of: the launcher and the
 * benchmark run from their TypeScript (ts-node, `medusa exec` at the root),
 * so changing them needs no `medusa build`.
 */
export const BUILD_EXCLUDED = ["src/scripts/launcher", "src/scripts/bench"]

export function currentBuildFingerprint(paths: ProjectPaths) {
  return fingerprint(paths.root, BUILD_INPUTS, BUILD_EXCLUDED)
}

/** True when .medusa/server is missing, older than the sources, or lacks the admin. */
export function isBuildStale(paths: ProjectPaths, needsAdmin: boolean) {
  const stamp = readStamp(paths.buildStamp)
  const adminIndex = path.join(paths.buildDir, "public", "admin", "index.html")
  return stamp !== currentBuildFingerprint(paths) || (needsAdmin && !fs.existsSync(adminIndex))
}

/**
 * `medusa build`, then the uploads folder linked in so files survive rebuilds.
 * Without Medusa's lint step: `npm run lint` (and CI) lint the sources, and a
 * start should not wait for it.
 */
export async function buildApp(paths: ProjectPaths, env: NodeJS.ProcessEnv) {
  await runCommand(paths.medusaBin, ["build", "--lint", "false"], {
    cwd: paths.root,
    env: { ...env, DISABLE_MEDUSA_ADMIN: "false" },
    what: "medusa build",
    fix: "fix the error above (npm run build shows the whole output), then npm start again",
  })
  stampBuild(paths)
}

/** Records that .medusa/server matches the sources (also used by the Dockerfile). */
export function stampBuild(paths: ProjectPaths) {
  linkUploads(paths)
  fs.writeFileSync(paths.buildStamp, currentBuildFingerprint(paths))
}

export function linkUploads(paths: ProjectPaths) {
  fs.mkdirSync(paths.uploadsDir, { recursive: true })
  const link = path.join(paths.buildDir, "static")
  fs.rmSync(link, { recursive: true, force: true })
  try {
    fs.symlinkSync(paths.uploadsDir, link)
  } catch (error) {
    // Two launchers on one checkout (the scale-out test) may link at the same moment: the link the other made is the same.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST" || fs.realpathSync(link) !== fs.realpathSync(paths.uploadsDir)) throw error
  }
}

function readStamp(file: string) {
  try {
    return fs.readFileSync(file, "utf8").trim()
  } catch {
    return undefined
  }
}
