import { randomBytes } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { DEMO_PRACTITIONER_PASSWORD } from "../../src/scripts/seed/data/practitioners"
import { blockEventLoop } from "../helpers/block-event-loop"
import { startLauncherOnFreePorts } from "../helpers/launcher-on-free-ports"
import { LauncherRun } from "../helpers/launcher-process"
import { isRedisAvailable, TEST_REDIS_URL } from "../helpers/redis-available"
import { startRoundRobinProxy, RoundRobinProxy } from "../helpers/round-robin-proxy"
import { LocalS3, startLocalS3 } from "../helpers/s3-store"
import { DURBAN_ADDRESS } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(1_500_000)

/** Redis database 13 of the test Redis, flushed first: no other test's workers take these jobs. */
const redisUrl = (() => {
  const url = new URL(TEST_REDIS_URL)
  url.pathname = "/13"
  return url.toString()
})()
const redisUp = isRedisAvailable(redisUrl)
if (!redisUp && process.env.CI) {
  throw new Error(`The scale-out test must run in CI, but no Redis answered at ${redisUrl}`)
}
const describeWithRedis = redisUp ? describe : describe.skip

const PNG = fs.readFileSync(path.join(__dirname, "../../src/scripts/seed/images/rose-quartz.png"))

describeWithRedis("two HTTP servers and a worker on one Postgres + Redis, behind a load balancer, files in S3", () => {
  const databaseUrl = `postgres://${process.env.DB_USERNAME}:${process.env.DB_PASSWORD}@${process.env.DB_HOST}:${process.env.DB_PORT}/avenrae_scale_${Date.now()}`
  const runs: LauncherRun[] = []
  let balancer: RoundRobinProxy
  let s3: LocalS3
  let servers: Array<{ url: string; run: LauncherRun }>
  let worker: LauncherRun
  let publishableKey: string
  let regionId: string
  let db: Client

  beforeAll(async () => {
    balancer = await startRoundRobinProxy()
    s3 = await startLocalS3()
    // Every process signs and reads tokens with the same secrets, as a deployment's do
    // (left unset, each launcher would generate its own into its own data folder).
    const secrets = { JWT_SECRET: randomBytes(32).toString("hex"), COOKIE_SECRET: randomBytes(32).toString("hex") }
    const shared = { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, MEDUSA_BACKEND_URL: balancer.url, ...secrets, ...s3.env }
    // The first server migrates and seeds (and builds, if the build is stale); the others then start together.
    const first = await launch(/Press Ctrl-C to stop/, 600_000, (port) => ({ ...shared, MEDUSA_WORKER_MODE: "server", PORT: String(port) }))
    publishableKey = first.run.output().match(/Publishable key: (pk_\w+)/)![1]
    const [second, background] = await Promise.all([
      // Its inspector opens on a free port when it gets SIGUSR1 (the liveness test makes it busy that way).
      // It starts from the first server's launcher state, which records that this database is migrated.
      launch(/Press Ctrl-C to stop/, 600_000, (port) => ({
        ...shared,
        MEDUSA_WORKER_MODE: "server",
        PORT: String(port),
        NODE_OPTIONS: "--inspect-port=127.0.0.1:0",
        LIVENESS_MAX_LAG_MS: "500",
        LIVENESS_WINDOW_MS: "3000",
      })),
      launch(/Worker running/, 600_000, (port) => ({ ...shared, MEDUSA_WORKER_MODE: "worker", PORT: String(port) })),
    ])
    servers = [first, second]
    worker = background.run
    balancer.route(servers.map((s) => s.url))
    db = new Client({ connectionString: databaseUrl })
    await db.connect()
    const { regions } = await store("GET", "/store/regions")
    regionId = regions.find((r: { name: string }) => r.name === "South Africa").id
  })

  afterAll(async () => {
    await db?.end()
    for (const run of runs) {
      run.child.kill("SIGINT")
      await run.exited
    }
    await balancer?.close()
    await s3?.close()
    for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true })
  })

  const dataDirs: string[] = []
  async function launch(readyLine: RegExp, timeoutMs: number, env: (port: number) => Record<string, string>) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "avenrae-scale-"))
    if (dataDirs.length > 0) fs.copyFileSync(path.join(dataDirs[0], "launcher-state.json"), path.join(dataDir, "launcher-state.json"))
    dataDirs.push(dataDir)
    const { run, ports } = await startLauncherOnFreePorts({
      env: ({ port }) => ({ ...env(port), AVENRAE_DATA_DIR: dataDir }),
      readyLine,
      timeoutMs,
    })
    runs.push(run)
    return { run, url: `http://127.0.0.1:${ports.port}` }
  }

  /** A store API call through `base` (the load balancer unless a server is named); the answer's body, or its status for a refusal. */
  async function send(base: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { "x-publishable-api-key": publishableKey, ...(body ? { "content-type": "application/json" } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    })
    return { status: response.status, data: await response.json() }
  }
  async function store(method: string, url: string, body?: unknown, base = balancer.url) {
    const answer = await send(base, method, url, body)
    if (answer.status >= 300) throw new Error(`${method} ${url} answered ${answer.status}: ${JSON.stringify(answer.data)}`)
    return answer.data
  }

  /** The practitioner's 60-minute session variant and its free slots over the next two weeks. */
  async function sessionSlots(handle: string) {
    const { practitioner } = await store("GET", `/store/practitioners/${handle}`)
    const variant = practitioner.offerings
      .flatMap((offering: { variants: Array<{ id: string; metadata: { duration_minutes?: number } }> }) => offering.variants)
      .find((v: { metadata: { duration_minutes?: number } }) => v.metadata?.duration_minutes === 60)
    const { slots } = await store("GET", `/store/practitioners/${handle}/slots?variant_id=${variant.id}`)
    return { variantId: variant.id as string, practitionerId: practitioner.id as string, slots: slots as Array<{ starts_at: string }> }
  }

  const newCart = async (base = balancer.url) => (await store("POST", "/store/carts", { region_id: regionId }, base)).cart.id as string

  it("gives one of 40 carts racing across both servers the slot, and tells the other 39 it was taken", async () => {
    const thabo = await sessionSlots("thabo-mokoena")
    const startsAt = thabo.slots[0].starts_at
    const carts = await Promise.all(Array.from({ length: 40 }, () => newCart()))
    const before = balancer.served()
    const answers = await Promise.all(
      carts.map((cartId) =>
        send(balancer.url, "POST", `/store/carts/${cartId}/bookings`, { variant_id: thabo.variantId, starts_at: startsAt })
      )
    )
    const after = balancer.served()
    // Both servers took their half of the holds.
    for (const { url } of servers) expect((after[url] ?? 0) - (before[url] ?? 0)).toBe(20)
    const statuses = answers.map((a) => a.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(39)
    const { rows } = await db.query(
      `select count(*)::int as live from booking where practitioner_id = $1 and status in ('held', 'confirmed') and starts_at = $2`,
      [thabo.practitionerId, startsAt]
    )
    expect(rows[0].live).toBe(1)
  })

  it("confirms on the worker a booking placed through server 1", async () => {
    const server1 = servers[0].url
    const nomvula = await sessionSlots("nomvula-dlamini")
    const cartId = await newCart(server1)
    const held = await store(
      "POST",
      `/store/carts/${cartId}/bookings`,
      { variant_id: nomvula.variantId, starts_at: nomvula.slots[0].starts_at },
      server1
    )
    await store("POST", `/store/carts/${cartId}`, { email: "scale-out@example.com", billing_address: DURBAN_ADDRESS }, server1)
    const { payment_collection } = await store("POST", "/store/payment-collections", { cart_id: cartId }, server1)
    await store(
      "POST",
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      server1
    )
    const completed = await store("POST", `/store/carts/${cartId}/complete`, undefined, server1)
    expect(completed.type).toBe("order")

    const booking = await waitFor(
      async () => (await db.query("select status, order_id from booking where id = $1", [held.booking.id])).rows[0],
      (row) => row.status === "confirmed",
      60_000
    )
    expect(booking).toEqual({ status: "confirmed", order_id: completed.order.id })
    // Servers run no subscribers: the confirmation's emails went out from the worker.
    expect(worker.output()).toContain("scale-out@example.com")
    for (const { run } of servers) expect(run.output()).not.toContain("scale-out@example.com")
  })

  it("stores an avatar sent to either server in S3, readable at the URL it answers", async () => {
    const login = await send(balancer.url, "POST", "/auth/practitioner/emailpass", {
      email: "ayesha@avenrae.test",
      password: DEMO_PRACTITIONER_PASSWORD,
    })
    const token = login.data.token as string
    const urls: string[] = []
    for (const { url } of servers) {
      const form = new FormData()
      form.append("avatar", new Blob([new Uint8Array(PNG)]), "me.png")
      const response = await fetch(`${url}/vendor/me/avatar`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form })
      expect(response.status).toBe(200)
      const avatarUrl = (await response.json()).practitioner.avatar_url as string
      expect(avatarUrl.startsWith(`${s3.endpoint}/${s3.bucket}/`)).toBe(true)
      const served = await fetch(avatarUrl)
      expect(served.status).toBe(200)
      expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true)
      urls.push(avatarUrl)
    }
    // The second upload replaced the first, and the file module deleted the old file from the store.
    expect(urls[0]).not.toBe(urls[1])
    expect((await fetch(urls[0])).status).toBe(404)
  })

  it("answers /health with 503 while server 2's event loop is held, and 200 again once it runs freely", async () => {
    const server2 = servers[1]
    const health = () => fetch(`${server2.url}/health`, { signal: AbortSignal.timeout(1_000) })
    expect((await health()).status).toBe(200)
    const medusaPid = childPid(server2.run.child.pid!)
    const { done } = await blockEventLoop(medusaPid, 2_500, server2.run.output)
    // While the loop is held nothing answers: a liveness probe's timeout catches it.
    await expect(health()).rejects.toThrow()
    await done
    const lagging = await health()
    expect(lagging.status).toBe(503)
    expect(await lagging.text()).toMatch(/^Unhealthy: event loop lag \d+ ms in the last 3 s is over the 500 ms limit$/)
    const recovered = await waitFor(
      async () => (await health()).status,
      (status) => status === 200,
      15_000
    )
    expect(recovered).toBe(200)
    // The other server never lagged.
    expect((await fetch(`${servers[0].url}/health`)).status).toBe(200)
  })
})

/** The one process the launcher `pid` runs (`medusa start`). */
function childPid(pid: number) {
  const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)
  if (children.length !== 1) throw new Error(`Expected the launcher ${pid} to run one process, found ${children.join(", ") || "none"}`)
  return children[0]
}
