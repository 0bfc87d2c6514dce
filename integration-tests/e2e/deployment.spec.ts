import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

const ROOT = path.resolve(__dirname, "../..")
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8")
const documented = new Set([...read(".env.template").matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]))

/** Variables code reads (process.env.X). */
const envReadsIn = (code: string) => [...code.matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1])

/** Variables a compose file interpolates (${X}, ${X:-default}, ${X:?message}). */
const interpolationsIn = (compose: string) => [...compose.matchAll(/\$\{([A-Z][A-Z0-9_]+)(?=[:}?-])/g)].map((m) => m[1])

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : sourceFiles(relative)
    return /\.(ts|tsx|js)$/.test(entry.name) ? [relative] : []
  })
}

/** Set by the runtime or by tools, not by someone configuring Avenrae. */
const PLATFORM = new Set(["NODE_ENV", "CI", "JEST_WORKER_ID"])

describe(".env.template", () => {
  it("documents every variable docker-compose.yml uses", () => {
    const missing = interpolationsIn(read("docker-compose.yml")).filter((v) => !documented.has(v))
    expect(missing).toEqual([])
  })

  it("documents every variable the code reads", () => {
    const files = [
      "medusa-config.ts",
      "scripts/install-storefront.cjs",
      "storefront/next.config.mjs",
      ...sourceFiles("src"),
      ...sourceFiles("storefront/src"),
      ...sourceFiles("integration-tests/helpers"),
    ]
    const used = new Set(files.flatMap((file) => envReadsIn(read(file))))
    const missing = [...used].filter((v) => !documented.has(v) && !PLATFORM.has(v))
    expect(missing).toEqual([])
  })
})

const hasCompose = spawnSync("docker-compose", ["version"]).status === 0
if (!hasCompose && process.env.CI) {
  throw new Error("docker-compose is needed to validate docker-compose.yml (apt-get install docker-compose)")
}
const describeCompose = hasCompose ? describe : describe.skip

describeCompose("docker-compose.yml (validated by docker-compose config, no engine needed)", () => {
  const secrets = { JWT_SECRET: "j", COOKIE_SECRET: "c", DEMO_ADMIN_PASSWORD: "d" }
  const config = (env: Record<string, string>) =>
    spawnSync("docker-compose", ["--project-directory", ROOT, "-f", path.join(ROOT, "docker-compose.yml"), "config"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, ...env },
      encoding: "utf8",
    })

  it("resolves with the required secrets into postgres, redis, a server and a worker", () => {
    const result = config(secrets)
    expect(result.stderr).not.toMatch(/error|invalid/i)
    expect(result.status).toBe(0)
    const text = result.stdout
    expect(text).toMatch(/image: postgres:1[6-9]/)
    expect(text).toMatch(/image: redis:7/)
    for (const service of ["postgres:", "redis:", "medusa-server:", "medusa-worker:"]) {
      expect(text).toContain(`  ${service}`)
    }
    expect(text).toMatch(/MEDUSA_WORKER_MODE: server/)
    expect(text).toMatch(/MEDUSA_WORKER_MODE: worker/)
    expect(text.match(/healthcheck:/g)?.length).toBeGreaterThanOrEqual(3)
    expect(text).toMatch(/condition: service_healthy/)
    for (const volume of ["postgres-data:", "redis-data:", "uploads:"]) {
      expect(text).toContain(volume)
    }
  })

  it("refuses to resolve without the secrets, naming what to set", () => {
    const result = config({})
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/set (JWT_SECRET|COOKIE_SECRET|DEMO_ADMIN_PASSWORD) in \.env/)
  })
})

describe("Dockerfile", () => {
  it("builds the app at image build time and starts through the launcher", () => {
    const dockerfile = read("Dockerfile")
    expect(dockerfile).toMatch(/^FROM node:2\d/m)
    expect(dockerfile).toMatch(/npm ci/)
    expect(dockerfile).toMatch(/medusa build/)
    expect(dockerfile).toMatch(/CMD \["npm", "start"\]/)
  })
})
