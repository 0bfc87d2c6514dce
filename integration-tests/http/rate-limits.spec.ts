import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { rateLimitChecks, useTestLimits } from "../helpers/rate-limit-checks"

jest.setTimeout(180_000)

// Without REDIS_URL the counters live in the server's memory.
const previousRedis = process.env.REDIS_URL
beforeAll(() => {
  delete process.env.REDIS_URL
})
afterAll(() => {
  if (previousRedis !== undefined) process.env.REDIS_URL = previousRedis
})
useTestLimits()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("rate limits, counted in memory", () => {
      rateLimitChecks(() => api, getContainer)
    })
  },
})
