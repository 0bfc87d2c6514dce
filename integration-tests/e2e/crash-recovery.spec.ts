import axios from "axios"
import { Queue } from "bullmq"
import Redis from "ioredis"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { startLauncherOnFreePorts } from "../helpers/launcher-on-free-ports"
import { LauncherRun } from "../helpers/launcher-process"
import { killMedusaHard, medusaPidOf } from "../helpers/medusa-process"
import { isRedisAvailable, TEST_REDIS_URL } from "../helpers/redis-available"
import type { DemoStore } from "../helpers/demo-store"
import { Shopper, shopperFor } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(900_000)

/**
 * kill -9 of real Medusa processes (started by the launcher, as `npm start`
 * does) at the points where a crash could lose or double a session, then a
 * restart on the same database. Holds last 90 s and the hold sweep runs
 * every 2 s, so expiry and recovery are seen in seconds; with Redis, the
 * event bus looks for jobs of dead workers every 5 s.
 */
const HOLD_SECONDS = 90
const TIMINGS = {
  BOOKING_HOLD_MINUTES: String(HOLD_SECONDS / 60),
  BOOKING_HOLD_SWEEP_SECONDS: "2",
  EVENT_BUS_STALLED_SECONDS: "5",
}
const PRACTITIONER = "nomvula-dlamini"
const CRYSTAL_SKU = "CRY-ROS-1"

/** Database 11 of the test Redis: this file's own, flushed before it runs. */
const REDIS_URL = TEST_REDIS_URL.replace(/\/\d+$/, "") + "/11"
const redisUp = isRedisAvailable(REDIS_URL)
if (!redisUp && process.env.CI) {
  throw new Error(`The crash test's Redis cases must run in CI, but no Redis answered at ${REDIS_URL}`)
}
const itWithRedis = redisUp ? it : it.skip

type Mode = "shared" | "server" | "worker"
type Medusa = { run: LauncherRun; url: string; shopper: Shopper }

describe("kill -9 of Medusa and a restart on the same database", () => {
  const databaseUrl = `postgres://${process.env.DB_USERNAME}:${process.env.DB_PASSWORD}@${process.env.DB_HOST}:${process.env.DB_PORT}/avenrae_crash_${Date.now()}`
  /** Servers start one after another from one data folder (migrated once); workers each get their own. */
  const serverDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "avenrae-crash-"))
  const running = new Set<LauncherRun>()
  /** Every Medusa process the launchers started, killed for certain at the end. */
  const medusaPids = new Set<number>()
  const db = new Client({ connectionString: databaseUrl })
  let publishableKey: string
  let regions: DemoStore["regions"] | undefined
  let sessionVariantId: string
  /** Free session times on four different days, one per crash case. */
  let slots: string[]
  let server: Medusa
  /** The worker the queued-event case started, killed mid-job by the next case. */
  let workerInFlight: Medusa | undefined

  async function start(mode: Mode, redis = false): Promise<Medusa> {
    const { run, ports } = await startLauncherOnFreePorts({
      env: ({ port }) => ({
        ...TIMINGS,
        DATABASE_URL: databaseUrl,
        AVENRAE_DATA_DIR: mode === "worker" ? fs.mkdtempSync(path.join(os.tmpdir(), "avenrae-crash-w-")) : serverDataDir,
        PORT: String(port),
        MEDUSA_BACKEND_URL: `http://localhost:${port}`,
        MEDUSA_WORKER_MODE: mode,
        ...(redis ? { REDIS_URL } : {}),
      }),
      readyLine: mode === "worker" ? /Worker running/ : /Press Ctrl-C to stop/,
      timeoutMs: 600_000,
    })
    running.add(run)
    medusaPids.add(medusaPidOf(run))
    run.exited.then(() => running.delete(run))
    publishableKey ??= run.output().match(/Publishable key: (pk_\w+)/)?.[1] ?? ""
    const url = `http://localhost:${ports.port}`
    const api = axios.create({ baseURL: url })
    if (mode !== "worker" && !regions) {
      const { data } = await api.get("/store/regions", { headers: { "x-publishable-api-key": publishableKey } })
      regions = Object.fromEntries(data.regions.map((r: { name: string; id: string; currency_code: string }) => [r.name, r]))
    }
    return { run, url, shopper: shopperFor(api, { publishableKey, regions: regions ?? {} }) }
  }

  beforeAll(async () => {
    server = await start("shared")
    await db.connect()
    const profile = await server.shopper.get(`/store/practitioners/${PRACTITIONER}`)
    sessionVariantId = profile.data.practitioner.offerings[0].variants[0].id
    const free = await server.shopper.get(`/store/practitioners/${PRACTITIONER}/slots?variant_id=${sessionVariantId}`)
    const byDay = new Map<string, string>()
    for (const slot of free.data.slots as Array<{ starts_at: string }>) {
      if (!byDay.has(slot.starts_at.slice(0, 10))) byDay.set(slot.starts_at.slice(0, 10), slot.starts_at)
    }
    slots = [...byDay.values()].slice(0, 4)
    expect(slots).toHaveLength(4)
  })

  afterAll(async () => {
    for (const run of running) {
      run.child.kill("SIGINT")
      await run.exited
    }
    // No Medusa outlives the file: one left behind would spin against the test database once it is gone.
    for (const pid of medusaPids) {
      try {
        // Only if the pid is still a Medusa process (a pid can be reused once its process is gone).
        if (fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("medusa")) process.kill(pid, "SIGKILL")
      } catch {
        // already gone, as it should be
      }
    }
    await db.end()
  })

  /** A cart with a crystal and a held session at `startsAt`, ready to pay. */
  async function cartWithSession(shopper: Shopper, startsAt: string, email: string) {
    const cart = await shopper.post("/store/carts", { region_id: regions!["South Africa"].id })
    const cartId = cart.data.cart.id as string
    const crystal = await shopper.variantBySku(CRYSTAL_SKU)
    expect((await shopper.post(`/store/carts/${cartId}/line-items`, { variant_id: crystal.id, quantity: 1 })).status).toBe(200)
    const held = await shopper.post(`/store/carts/${cartId}/bookings`, { variant_id: sessionVariantId, starts_at: startsAt })
    expect(held.status).toBe(201)
    await shopper.prepareCheckout(cartId, "pp_system_default", email)
    return { cartId, bookingId: held.data.booking.id as string }
  }

  async function complete(shopper: Shopper, cartId: string) {
    const completed = await shopper.post(`/store/carts/${cartId}/complete`)
    expect(completed.status).toBe(200)
    expect(completed.data.type).toBe("order")
    return completed.data.order.id as string
  }

  /** Medusa's Redis event bus queue (its name and prefix), read the way BullMQ reads it. */
  const eventQueue = () =>
    new Queue("events-queue", { prefix: "RedisEventBusService", connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }) })

  const booking = async (id: string) =>
    (await db.query("SELECT status, order_id, line_item_id, hold_expires_at FROM booking WHERE id = $1", [id])).rows[0]
  const notificationKeys = async (resourceId: string) =>
    (await db.query("SELECT idempotency_key FROM notification WHERE resource_id = $1 ORDER BY idempotency_key", [resourceId])).rows.map(
      (r) => r.idempotency_key as string
    )
  const bookingNotices = (id: string) => [`booking-confirmed-customer-${id}`, `booking-confirmed-practitioner-${id}`]

  /** The booking once its confirmation emails are out (the last step of confirming it). */
  async function confirmedWithNotices(id: string, timeoutMs: number) {
    await waitFor(
      () => notificationKeys(id),
      (keys) => keys.length >= 2,
      timeoutMs
    )
    expect(await notificationKeys(id)).toEqual(bookingNotices(id))
    return booking(id)
  }

  async function counts() {
    const { rows } = await db.query(`SELECT
      (SELECT count(*) FROM booking WHERE deleted_at IS NULL)::int AS bookings,
      (SELECT count(*) FROM "order" WHERE deleted_at IS NULL)::int AS orders,
      (SELECT count(*) FROM order_line_item WHERE deleted_at IS NULL)::int AS order_lines,
      (SELECT count(*) FROM cart_line_item WHERE deleted_at IS NULL)::int AS cart_lines`)
    return rows[0] as { bookings: number; orders: number; order_lines: number; cart_lines: number }
  }

  /**
   * Locks a booking's row from a connection of the test's own, so that the
   * order.placed subscriber's update of that booking waits: the subscriber
   * is then provably in flight when the process is killed.
   */
  async function lockBookingRow(bookingId: string) {
    const locker = new Client({ connectionString: databaseUrl })
    await locker.connect()
    await locker.query("BEGIN")
    await locker.query("SELECT id FROM booking WHERE id = $1 FOR UPDATE", [bookingId])
    const lockerPid = (await locker.query("SELECT pg_backend_pid() AS pid")).rows[0].pid as number
    return {
      /** The Medusa connection whose booking update waits for the lock. */
      waitingConfirmation: async () => {
        const rows = await waitFor(
          async () =>
            (
              await db.query(
                `SELECT pid, query FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid)) AND query ILIKE 'update "booking"%'`,
                [lockerPid]
              )
            ).rows,
          (found) => found.length > 0,
          30_000
        )
        expect(rows).toHaveLength(1)
        return rows[0].pid as number
      },
      release: async () => {
        await locker.query("ROLLBACK")
        await locker.end()
      },
    }
  }

  /** Once the killed process's waiting connection has given up, its half-done update is rolled back. */
  async function connectionGone(pid: number) {
    const left = await waitFor(
      async () => (await db.query("SELECT pid FROM pg_stat_activity WHERE pid = $1", [pid])).rows,
      (rows) => rows.length === 0,
      30_000
    )
    expect(left).toEqual([])
  }

  /**
   * Completes the cart while its booking's row is locked, so the order.placed
   * subscriber is caught in flight updating it; once the other subscriber (the
   * order confirmation) is done, kills `victim` with kill -9. Answers the order
   * id when the killed connection is gone, the booking untouched.
   */
  async function completeThenKillInFlight(shopper: Shopper, placed: { cartId: string; bookingId: string }, victim: LauncherRun) {
    const lock = await lockBookingRow(placed.bookingId)
    const orderId = await complete(shopper, placed.cartId)
    const waiting = await lock.waitingConfirmation()
    await waitFor(
      () => notificationKeys(orderId),
      (keys) => keys.length === 1
    )
    await killMedusaHard(victim)
    await lock.release()
    await connectionGone(waiting)
    expect(await booking(placed.bookingId)).toMatchObject({ status: "held", order_id: null })
    return orderId
  }

  it("in-memory mode: a hold cut off before completion expires on time, and an order whose order.placed died with the process is confirmed once", async () => {
    const before = await counts()

    // (b) A completed cart whose order.placed subscriber is caught updating its booking.
    const placed = await cartWithSession(server.shopper, slots[1], "crash-placed@example.com")
    // (a) A hold, then the crash before its cart is completed.
    const abandoned = await cartWithSession(server.shopper, slots[0], "crash-abandoned@example.com")
    const orderId = await completeThenKillInFlight(server.shopper, placed, server.run)
    // The in-memory event bus lost order.placed with the process; nothing was half-confirmed.
    expect(await notificationKeys(placed.bookingId)).toEqual([])
    expect(await booking(abandoned.bookingId)).toMatchObject({ status: "held" })

    server = await start("shared")
    const restarted = Date.now()
    const abandonedHold = await waitFor(
      () => booking(abandoned.bookingId),
      (b) => b.status !== "held",
      HOLD_SECONDS * 1000 + 60_000
    )
    // No hold outlives its time by more than a few sweeps, wherever the restart fell.
    const expiredBy = Math.max(new Date(abandonedHold.hold_expires_at).getTime(), restarted)
    expect(abandonedHold.status).toBe("expired")
    expect(Date.now() - expiredBy).toBeLessThan(20_000)
    const recovered = await confirmedWithNotices(placed.bookingId, 150_000)
    expect(recovered).toMatchObject({ status: "confirmed", order_id: orderId, hold_expires_at: null })
    expect(recovered.line_item_id).toMatch(/^ordli_/)

    // The slot is free again: listed, and another cart can hold it; the old cart cannot be completed.
    const day = slots[0].slice(0, 10)
    const free = await server.shopper.get(
      `/store/practitioners/${PRACTITIONER}/slots?variant_id=${sessionVariantId}&from=${day}&to=${new Date(new Date(day).getTime() + 86_400_000).toISOString().slice(0, 10)}`
    )
    expect(free.data.slots.map((s: { starts_at: string }) => s.starts_at)).toContain(slots[0])
    const late = await server.shopper.post(`/store/carts/${abandoned.cartId}/complete`)
    expect(late.status).toBe(400)
    expect(late.data.message).toMatch(/no longer held for this cart/)
    const again = await server.shopper.post("/store/carts", { region_id: regions!["South Africa"].id })
    const rehold = await server.shopper.post(`/store/carts/${again.data.cart.id}/bookings`, {
      variant_id: sessionVariantId,
      starts_at: slots[0],
    })
    expect(rehold.status).toBe(201)

    // (c) Nothing lost or doubled: one order of two lines, three bookings, five cart lines.
    expect(await counts()).toEqual({
      bookings: before.bookings + 3,
      orders: before.orders + 1,
      order_lines: before.order_lines + 2,
      cart_lines: before.cart_lines + 5,
    })
    expect((await db.query("SELECT count(*)::int AS n FROM booking WHERE order_id = $1", [orderId])).rows[0].n).toBe(1)
    expect(await notificationKeys(orderId)).toEqual([`order-confirmation:${orderId}`])
  })

  itWithRedis(
    "Redis mode: order.placed waits in Redis through a server's kill -9 and is handled once by a worker started later",
    async () => {
      const queue = eventQueue()
      try {
        server.run.child.kill("SIGINT")
        await server.run.exited
        server = await start("server", true)
        const before = await counts()
        const placed = await cartWithSession(server.shopper, slots[2], "crash-queued@example.com")
        const orderId = await complete(server.shopper, placed.cartId)
        await killMedusaHard(server.run)
        const queued = await queue.getJobs(["prioritized", "wait"])
        expect(queued.map((job) => [job.name, job.data.data])).toContainEqual(["order.placed", { id: orderId }])
        expect(await booking(placed.bookingId)).toMatchObject({ status: "held" })

        const [worker, nextServer] = await Promise.all([start("worker", true), start("server", true)])
        server = nextServer
        const confirmed = await confirmedWithNotices(placed.bookingId, 60_000)
        expect(confirmed).toMatchObject({ status: "confirmed", order_id: orderId })
        expect(await notificationKeys(orderId)).toEqual([`order-confirmation:${orderId}`])
        expect(worker.run.output()).toMatch(/Processing order\.placed/)
        expect(await counts()).toEqual({
          bookings: before.bookings + 1,
          orders: before.orders + 1,
          order_lines: before.order_lines + 2,
          cart_lines: before.cart_lines + 2,
        })
        workerInFlight = worker
      } finally {
        await queue.close()
      }
    }
  )

  itWithRedis(
    "Redis mode: a worker killed while it handles order.placed leaves the job to the next worker, which runs it once",
    async () => {
      const worker = workerInFlight!
      const queue = eventQueue()
      try {
        const before = await counts()
        const placed = await cartWithSession(server.shopper, slots[3], "crash-worker@example.com")
        const orderId = await completeThenKillInFlight(server.shopper, placed, worker.run)
        const active = await queue.getJobs(["active"])
        expect(active.map((job) => [job.name, job.data.data])).toEqual([["order.placed", { id: orderId }]])

        const next = await start("worker", true)
        const confirmed = await confirmedWithNotices(placed.bookingId, 90_000)
        expect(confirmed).toMatchObject({ status: "confirmed", order_id: orderId })
        // The job ran again once, on the new worker; the repeated order confirmation sent nothing new.
        expect(next.run.output().match(/Processing order\.placed/g)).toHaveLength(1)
        expect(await notificationKeys(orderId)).toEqual([`order-confirmation:${orderId}`])
        // The rerun job finishes its other subscribers (sales, capture) after the booking is confirmed: wait for the queue to settle.
        const settled = await waitFor(
          () => queue.getJobCounts("active", "failed", "wait", "prioritized"),
          (jobs) => jobs.active === 0 && jobs.wait === 0,
          30_000
        )
        expect(settled).toEqual({
          active: 0,
          failed: 0,
          wait: 0,
          prioritized: 0,
        })
        expect(await counts()).toEqual({
          bookings: before.bookings + 1,
          orders: before.orders + 1,
          order_lines: before.order_lines + 2,
          cart_lines: before.cart_lines + 2,
        })
      } finally {
        await queue.close()
      }
    }
  )
})
