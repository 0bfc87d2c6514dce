import axios from "axios"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { startLauncherOnFreePorts } from "../helpers/launcher-on-free-ports"
import { LauncherRun } from "../helpers/launcher-process"
import { isRedisAvailable, TEST_REDIS_URL } from "../helpers/redis-available"
import { shopperFor } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(900_000)

const REDIS_URL = TEST_REDIS_URL
const redisUp = isRedisAvailable(REDIS_URL)
if (!redisUp && process.env.CI) {
  throw new Error(`The worker-mode test must run in CI, but no Redis answered at ${REDIS_URL}`)
}
const describeWithRedis = redisUp ? describe : describe.skip

describeWithRedis("an HTTP server and a separate worker on Postgres + Redis", () => {
  const runs: LauncherRun[] = []
  const databaseUrl = `postgres://${process.env.DB_USERNAME}:${process.env.DB_PASSWORD}@${process.env.DB_HOST}:${process.env.DB_PORT}/avenrae_workers_${Date.now()}`
  let server: LauncherRun
  let worker: LauncherRun
  let serverUrl: string
  let workerUrl: string
  let publishableKey: string

  beforeAll(async () => {
    const shared = { DATABASE_URL: databaseUrl, REDIS_URL }
    server = await launch(/Press Ctrl-C to stop/, 600_000, (port) => {
      serverUrl = `http://localhost:${port}`
      return { ...shared, MEDUSA_BACKEND_URL: serverUrl, MEDUSA_WORKER_MODE: "server", PORT: String(port) }
    })
    publishableKey = server.output().match(/Publishable key: (pk_\w+)/)![1]
    worker = await launch(/Worker running/, 300_000, (port) => {
      workerUrl = `http://localhost:${port}`
      return { ...shared, MEDUSA_BACKEND_URL: serverUrl, MEDUSA_WORKER_MODE: "worker", PORT: String(port) }
    })
  })

  afterAll(async () => {
    for (const run of runs) {
      run.child.kill("SIGINT")
      await run.exited
    }
  })

  /** A launcher on a port it binds itself, started again on another if that one was taken meanwhile. */
  async function launch(readyLine: RegExp, timeoutMs: number, env: (port: number) => Record<string, string>) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "avenrae-w-"))
    const { run } = await startLauncherOnFreePorts({
      env: ({ port }) => ({ ...env(port), AVENRAE_DATA_DIR: dataDir }),
      readyLine,
      timeoutMs,
    })
    runs.push(run)
    return run
  }

  it("serves the API from the server only; the worker answers health checks alone", async () => {
    expect((await fetch(`${serverUrl}/store/products`, { headers: { "x-publishable-api-key": publishableKey } })).status).toBe(200)
    expect((await fetch(`${workerUrl}/health`)).status).toBe(200)
    expect((await fetch(`${workerUrl}/store/products`, { headers: { "x-publishable-api-key": publishableKey } })).status).toBe(404)
  })

  it("hands order.placed from the server to the worker, which sends the confirmation", async () => {
    const api = axios.create({ baseURL: serverUrl })
    const { data } = await api.get("/store/regions", { headers: { "x-publishable-api-key": publishableKey } })
    const regions = Object.fromEntries(data.regions.map((r: { name: string }) => [r.name, r]))
    const shopper = shopperFor(api, { publishableKey, regions })
    const selenite = await shopper.variantBySku("CRY-SEL-15")
    const cart = await shopper.post("/store/carts", { region_id: regions["South Africa"].id })
    await shopper.post(`/store/carts/${cart.data.cart.id}/line-items`, { variant_id: selenite.id, quantity: 1 })
    await shopper.prepareCheckout(cart.data.cart.id, "pp_system_default", "worker-check@example.com")
    const completed = await shopper.post(`/store/carts/${cart.data.cart.id}/complete`)
    expect(completed.data.type).toBe("order")
    const orderId = completed.data.order.id

    const db = new Client({ connectionString: databaseUrl })
    await db.connect()
    try {
      const rows = await waitFor(
        async () => (await db.query('SELECT "to" FROM notification WHERE resource_id = $1', [orderId])).rows,
        (found) => found.length > 0,
        60_000
      )
      expect(rows).toEqual([{ to: "worker-check@example.com" }])
    } finally {
      await db.end()
    }
    expect(worker.output()).toContain("worker-check@example.com")
    expect(server.output()).not.toContain("Attempting to send a notification")
  })
})
