import { spawnSync } from "node:child_process"
import { createRequire } from "node:module"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"

/** The built plugin's CommonJS output, loaded as another Medusa app would load it. */
const load = createRequire(__filename)

jest.setTimeout(600_000)

const ROOT = path.resolve(__dirname, "../..")

/**
 * `npm run build:plugin` (medusa plugin:build) in a copy of the project, so the
 * app build in .medusa/server is left alone; then the package's exports are
 * resolved against what it wrote, as another Medusa store would import them.
 */
describe("Avenrae as a Medusa plugin", () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "avenrae-plugin-"))
  let build: ReturnType<typeof spawnSync>

  beforeAll(() => {
    for (const entry of ["package.json", "tsconfig.json", "medusa-config.ts", "src", "admin-extensions"]) {
      fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true, verbatimSymlinks: true })
    }
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"))
    build = spawnSync("npm", ["run", "build:plugin"], { cwd: copy, encoding: "utf8", env: process.env })
  })

  afterAll(() => fs.rmSync(copy, { recursive: true, force: true }))

  it("builds", () => {
    expect(String(build.stderr) + String(build.stdout)).not.toMatch(/error TS|Failed to build/)
    expect(build.status).toBe(0)
  })

  it("exports modules, workflows and links through package.json", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(copy, "package.json"), "utf8"))
    const target = (pattern: string, name: string) => path.join(copy, pkg.exports[pattern].replace("*", name))
    const practitionerModule = load(target("./modules/*", "practitioner"))
    expect(practitionerModule.default.service.name).toBe("PractitionerModuleService")
    const workflows = load(target("./workflows/*", "practitioner/workflows/apply-as-practitioner"))
    expect(workflows.applyAsPractitionerWorkflowId).toBe("apply-as-practitioner")
    const link = load(target("./links/*", "practitioner-product"))
    expect(link.default).toEqual(expect.any(Object))
  })

  it("exports the providers, API routes and admin extensions through package.json", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(copy, "package.json"), "utf8"))
    const out = path.join(copy, ".medusa", "server", "src")
    expect(pkg.exports["./providers/*"]).toBe("./.medusa/server/src/providers/*/index.js")
    expect(fs.existsSync(path.join(out, "providers", "stripe", "index.js"))).toBe(true)
    expect(fs.existsSync(path.join(out, "api", "admin", "inventory", "low-stock", "route.js"))).toBe(true)
    expect(fs.existsSync(path.join(out, "api", "middlewares.js"))).toBe(true)

    const provider = load(path.join(out, "providers", "stripe", "index.js"))
    expect(provider.default.services[0].identifier).toBe("stripe")

    const admin = fs.readFileSync(path.join(copy, pkg.exports["./admin"].import), "utf8")
    expect(admin).toContain("product.list.before")
    expect(admin).toContain("/admin/inventory/low-stock")
  })
})
