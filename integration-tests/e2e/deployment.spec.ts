import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { parse as parseYaml } from "yaml"

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
const PLATFORM = new Set(["NODE_ENV", "CI", "JEST_WORKER_ID", "PATH", "HOME"])

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
  const secrets = { JWT_SECRET: "j", COOKIE_SECRET: "c", DEMO_ADMIN_PASSWORD: "d", S3_SECRET_ACCESS_KEY: "s" }
  const config = (env: Record<string, string>, args: string[] = []) =>
    spawnSync("docker-compose", ["--project-directory", ROOT, "-f", path.join(ROOT, "docker-compose.yml"), "config", ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, ...env },
      encoding: "utf8",
    })
  /** The resolved file as data (docker-compose config prints YAML), read once. */
  let file: { services: Record<string, any>; volumes: Record<string, unknown> } | undefined
  const resolved = () => {
    if (!file) {
      const result = config(secrets)
      expect(result.stderr).not.toMatch(/error|invalid/i)
      expect(result.status).toBe(0)
      file = parseYaml(result.stdout) as { services: Record<string, any>; volumes: Record<string, unknown> }
    }
    return file
  }

  it("resolves with the required secrets into postgres, redis, servers behind a load balancer, a worker, the storefront and a file store", () => {
    const { services, volumes } = resolved()
    expect(Object.keys(services).sort()).toEqual(
      ["autoheal", "load-balancer", "medusa-server", "medusa-worker", "minio", "minio-bucket", "postgres", "redis", "storefront"].sort()
    )
    expect(services.postgres.image).toMatch(/^postgres:1[6-9]/)
    expect(services.redis.image).toMatch(/^redis:7/)
    expect(services["medusa-server"].environment.MEDUSA_WORKER_MODE).toBe("server")
    expect(services["medusa-worker"].environment.MEDUSA_WORKER_MODE).toBe("worker")
    expect(services["medusa-server"].depends_on.postgres.condition).toBe("service_healthy")
    expect(Object.keys(volumes).sort()).toEqual(["minio-data", "postgres-data", "redis-data"])
  })

  it("publishes no port on the servers, so --scale medusa-server=N works behind the load balancer", () => {
    const { services } = resolved()
    expect(services["medusa-server"].ports).toBeUndefined()
    const [published] = services["load-balancer"].ports
    expect([String(published.published), String(published.target)]).toEqual(["9000", "9000"])
    const caddyfile = read("deploy/compose/Caddyfile")
    expect(caddyfile).toMatch(/dynamic a medusa-server 9000/)
    expect(caddyfile).toMatch(/lb_policy round_robin/)
    expect(services.storefront.environment.MEDUSA_BACKEND_URL).toBe("http://load-balancer:9000")
  })

  it("sends uploads from every backend process to the S3-compatible store", () => {
    const { services } = resolved()
    for (const name of ["medusa-server", "medusa-worker"]) {
      expect(services[name].environment).toMatchObject({
        S3_BUCKET: "avenrae",
        S3_ENDPOINT: "http://minio:9000",
        S3_FORCE_PATH_STYLE: "true",
        S3_SECRET_ACCESS_KEY: "s",
      })
    }
    // The worker starts after a server, which starts once the bucket exists.
    expect(services["medusa-server"].depends_on["minio-bucket"].condition).toBe("service_completed_successfully")
    expect(services.minio.environment.MINIO_ROOT_PASSWORD).toBe("s")
  })

  it("checks liveness with a timeout, and restarts an unhealthy backend or storefront", () => {
    const { services } = resolved()
    for (const name of ["medusa-server", "medusa-worker", "storefront"]) {
      const check = services[name].healthcheck
      expect(check.test.join(" ")).toMatch(/\/health/)
      expect(check.timeout).toBe("5s")
      expect(check.retries).toBeLessThanOrEqual(3)
      expect(services[name].labels).toEqual({ autoheal: "true" })
    }
    expect(services.autoheal.environment.AUTOHEAL_CONTAINER_LABEL).toBe("autoheal")
    expect(JSON.stringify(services.autoheal.volumes)).toContain("/var/run/docker.sock")
  })

  it("refuses to resolve without the secrets, naming what to set", () => {
    const result = config({})
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/set (JWT_SECRET|COOKIE_SECRET|DEMO_ADMIN_PASSWORD|S3_SECRET_ACCESS_KEY) in \.env/)
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

  it("builds the storefront in its own image, served by next start", () => {
    const dockerfile = read("storefront/Dockerfile")
    expect(dockerfile).toMatch(/^FROM node:2\d/m)
    expect(dockerfile).toMatch(/next build/)
    expect(dockerfile).toMatch(/CMD \["npx", "next", "start", "-p", "8000"\]/)
  })
})
