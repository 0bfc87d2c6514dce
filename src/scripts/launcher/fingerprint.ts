import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

/**
 * A hash of the given files and folders (names and contents), used to tell
 * whether a build or a migration run is still current. `exclude` names
 * folders or files (relative to `root`) left out of it.
 */
export function fingerprint(root: string, entries: string[], exclude: string[] = []): string {
  const hash = crypto.createHash("sha256")
  const excluded = new Set(exclude.map((entry) => path.join(root, entry)))
  for (const entry of entries) {
    for (const file of listFiles(path.join(root, entry), excluded)) {
      const content = fs.readFileSync(file)
      hash.update(`${path.relative(root, file)}\0${content.length}\0`)
      hash.update(content)
    }
  }
  return hash.digest("hex").slice(0, 16)
}

function listFiles(target: string, excluded: Set<string>): string[] {
  if (excluded.has(target) || !fs.existsSync(target)) {
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
    .flatMap((name) => listFiles(path.join(target, name), excluded))
}
