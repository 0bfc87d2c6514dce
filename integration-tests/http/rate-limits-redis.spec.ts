import Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { withTestRedis } from "../helpers/redis-available"
import { clientAt, expectRefused, rateLimitChecks, TEST_LIMITS, uniqueEmail, useTestLimits } from "../helpers/rate-limit-checks"

jest.setTimeout(180_000)

withTestRedis("The Redis rate limit test", (redisUrl) => {
  useTestLimits()

  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      describe("rate limits, counted in Redis", () => {
        rateLimitChecks(() => api, getContainer)

        it("keeps the counters in Redis, where every server sees them, expiring with the window", async () => {
          const redis = new Redis(redisUrl)
          try {
            const before = await redis.keys("avenrae:rate:*")
            const client = clientAt(api, "192.0.2.77")
            const email = uniqueEmail("shared")
            const perAccount = Number(TEST_LIMITS.RATE_LIMIT_AUTH_PER_ACCOUNT)
            for (let i = 0; i < perAccount; i++) expect((await client.login(email, "wrong")).status).toBe(401)

            const added = (await redis.keys("avenrae:rate:*")).filter((key) => !before.includes(key))
            expect(added).toHaveLength(2) // this address and this account
            const counts = await Promise.all(added.map((key) => redis.get(key)))
            expect(counts).toEqual([String(perAccount), String(perAccount)])
            for (const key of added) {
              const ttl = await redis.pttl(key)
              expect(ttl).toBeGreaterThan(0)
              expect(ttl).toBeLessThanOrEqual(Number(TEST_LIMITS.RATE_LIMIT_AUTH_WINDOW_SECONDS) * 1000)
            }
            // No email or address is stored in clear.
            expect(added.join(" ")).not.toMatch(/shared|192\.0\.2\.77/)

            // The account's allowance is used up for any server reading the same Redis.
            expectRefused(await clientAt(api, "192.0.2.78").login(email, "wrong"), /for this account/, 900)
          } finally {
            redis.disconnect()
          }
        })
      })
    },
  })
})
