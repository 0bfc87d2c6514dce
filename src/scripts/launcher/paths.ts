import path from "node:path"

/**
 * Every path the launcher touches, derived from the project root.
 * AVENRAE_DATA_DIR moves the embedded database and launcher state elsewhere.
 */
export function projectPaths(root: string, env: NodeJS.ProcessEnv = process.env) {
  const dataDir = env.AVENRAE_DATA_DIR ? path.resolve(env.AVENRAE_DATA_DIR) : path.join(root, ".data")
  return {
    root,
    dataDir,
    postgresDir: path.join(dataDir, "postgres"),
    lockFile: path.join(dataDir, "launcher.lock"),
    stateFile: path.join(dataDir, "launcher-state.json"),
    secretsFile: path.join(dataDir, "secrets.json"),
    uploadsDir: path.join(root, "static"),
    buildDir: path.join(root, ".medusa", "server"),
    buildStamp: path.join(root, ".medusa", "server", ".avenrae-build-stamp"),
    medusaBin: path.join(root, "node_modules", ".bin", "medusa"),
    storefrontDir: path.join(root, "storefront"),
    storefrontStamp: path.join(root, "storefront", ".next", ".avenrae-build-stamp"),
    nextBin: path.join(root, "storefront", "node_modules", ".bin", "next"),
  }
}

export type ProjectPaths = ReturnType<typeof projectPaths>
