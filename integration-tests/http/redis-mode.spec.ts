import Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { withTestRedis } from "../helpers/redis-available"
import { shopperFor } from "../helpers/store-checkout"
import { nextWeekday, sessionVariant } from "../helpers/sessions"

jest.setTimeout(180_000)

// The tests' own database on the Redis server, emptied first, so queues and
// locks of a running dev server never mix with the test's.
withTestRedis("Redis mode", (redisUrl) => {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      let store: DemoStore

      beforeAll(async () => {
        store = await seedDemoStore(getContainer())
      })

      it("runs the event bus, workflow engine, cache and locking on Redis", async () => {
        const container = getContainer()
        const redis = new Redis(redisUrl)
        try {
          const locking = container.resolve(Modules.LOCKING)
          const keysWhileLocked = await locking.execute("avenrae-redis-mode-check", () => redis.keys("*avenrae-redis-mode-check*"))
          expect(keysWhileLocked.length).toBeGreaterThan(0)

          const cache = container.resolve(Modules.CACHE)
          await cache.set("avenrae-redis-mode-cache", { ok: true }, 60)
          expect(await redis.keys("*avenrae-redis-mode-cache*")).not.toHaveLength(0)

          const queues = await redis.keys("bull:*")
          expect(queues.length).toBeGreaterThan(0)
        } finally {
          redis.disconnect()
        }
      })

      it("gives one of 10 racing carts a session's slot with Redis locking", async () => {
        const shopper = shopperFor(api, store)
        const session = await sessionVariant(getContainer(), "eleanor-hartley", 60)
        const startsAt = nextWeekday("Europe/London", 4, new Date()).set({ hour: 10 }).toUTC().toISO()
        const carts = await Promise.all(
          Array.from(
            { length: 10 },
            async () => (await shopper.post("/store/carts", { region_id: store.regions["Europe"].id })).data.cart.id
          )
        )
        const answers = await Promise.all(
          carts.map((cartId) => shopper.post(`/store/carts/${cartId}/bookings`, { variant_id: session.variantId, starts_at: startsAt }))
        )
        expect(answers.filter((a) => a.status === 201)).toHaveLength(1)
        expect(answers.filter((a) => a.status === 409)).toHaveLength(9)
      })

      it("completes a checkout with Redis-backed modules", async () => {
        const shopper = shopperFor(api, store)
        const tigersEye = await shopper.variantBySku("CRY-TGE-5")
        const cart = await shopper.post("/store/carts", { region_id: store.regions["South Africa"].id })
        const cartId = cart.data.cart.id
        const added = await shopper.post(`/store/carts/${cartId}/line-items`, {
          variant_id: tigersEye.id,
          quantity: 3,
        })
        expect(added.status).toBe(200)
        await shopper.prepareCheckout(cartId, "pp_system_default")
        const completed = await shopper.post(`/store/carts/${cartId}/complete`)
        expect(completed.status).toBe(200)
        expect(completed.data.type).toBe("order")
        expect(completed.data.order.item_subtotal).toBe(3 * 169)
        const after = await shopper.variantBySku("CRY-TGE-5")
        expect(after.inventory_quantity).toBe(35 - 3)
      })
    },
  })
})
