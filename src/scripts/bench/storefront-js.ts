import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"

/** The storefront's home route as `next build` names it in its app manifest. */
const HOME_PAGE = "/page"

/**
 * The home page's first-load JavaScript, gzipped, in kB (1,000 bytes), as
 * `next build` counts it: every .js file the app manifest lists for the home
 * page (the shared runtime included), each gzipped at level 9. Undefined when
 * the storefront has not been built.
 */
export function homeFirstLoadKb(storefrontDir: string): { kB: number; files: number } | undefined {
  const dist = path.join(storefrontDir, ".next")
  let manifest: { pages?: Record<string, string[]> }
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(dist, "app-build-manifest.json"), "utf8"))
  } catch {
    return undefined
  }
  const files = [...new Set(manifest.pages?.[HOME_PAGE] ?? [])].filter((file) => file.endsWith(".js"))
  if (!files.length) return undefined
  const bytes = files.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length, 0)
  return { kB: bytes / 1000, files: files.length }
}
