/**
 * `npm install` at the root also installs the storefront's own packages
 * (storefront/ has its own package.json and lockfile: Next.js and React 19
 * must not share node_modules with the Medusa admin's React 18). Does
 * nothing where there is no storefront, e.g. when Avenrae is installed as a
 * plugin, or when AVENRAE_SKIP_STOREFRONT_INSTALL=true.
 */
const { existsSync } = require("node:fs")
const { join } = require("node:path")
const { spawnSync } = require("node:child_process")

const storefront = join(__dirname, "..", "storefront")
if (process.env.AVENRAE_SKIP_STOREFRONT_INSTALL === "true" || !existsSync(join(storefront, "package.json"))) {
  process.exit(0)
}
const npm = process.platform === "win32" ? "npm.cmd" : "npm"
const result = spawnSync(npm, ["install", "--no-audit", "--no-fund"], { cwd: storefront, stdio: "inherit" })
process.exit(result.status ?? 1)
