import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

/**
 * A hash of the given files and folders (names and contents), used to tell
 * whether a build or a migration run is still current.
 */
export function fingerprint(root: string, entries: string[]): string {
  const hash = crypto.createHash("sha256")
  for (const entry of entries) {
    for (const file of listFiles(path.join(root, entry))) {
      const content = fs.readFileSync(file)
      hash.update(`${path.relative(root, file)}\0${content.length}\0`)
      hash.update(content)
    }
  }
  return hash.digest("hex").slice(0, 16)
}

function listFiles(target: string): string[] {
  if (!fs.existsSync(target)) {
    return []
  }
  const stat = fs.statSync(target)
  if (stat.isFile()) {
    return [target]
  }
  return fs
    .readdirSync(target)
    .sort()
    .filter((name) => name !== "node_modules" && !name.startsWith("."))
    .flatMap((name) => listFiles(path.join(target, name)))
}
