import path from "node:path"

/** Every path the launcher touches, derived from the project root. */
export function projectPaths(root: string) {
  const dataDir = path.join(root, ".data")
  return {
    root,
    dataDir,
    postgresDir: path.join(dataDir, "postgres"),
    lockFile: path.join(dataDir, "launcher.lock"),
    stateFile: path.join(dataDir, "launcher-state.json"),
    uploadsDir: path.join(root, "static"),
    buildDir: path.join(root, ".medusa", "server"),
    buildStamp: path.join(root, ".medusa", "server", ".avenrae-build-stamp"),
    medusaBin: path.join(root, "node_modules", ".bin", "medusa"),
  }
}

export type ProjectPaths = ReturnType<typeof projectPaths>
