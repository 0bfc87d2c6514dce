import { execFileSync } from "node:child_process"

/**
 * Whether a Redis answers PING at `url`, decided synchronously (jest has to
 * know at collection time whether to run or skip a suite).
 */
export function isRedisAvailable(url: string): boolean {
  const probe = `
    const Redis = require("ioredis")
    const client = new Redis(process.argv[1], { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null })
    client.on("error", () => {})
    client.connect().then(() => client.flushdb()).then(() => process.exit(0), () => process.exit(1))
  `
  try {
    execFileSync(process.execPath, ["-e", probe, url], { timeout: 5000, stdio: "ignore" })
    return true
  } catch {
    return false
  }
}

/** The tests' own database on the Redis server; the availability probe empties it first. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || "redis://localhost:6379/9"

/**
 * Declares `suite` with REDIS_URL set to the tests' Redis for the app it
 * boots, and put back afterwards. Without a Redis the suite is skipped with
 * the reason, except in CI, where that fails the file.
 */
export function withTestRedis(what: string, suite: (redisUrl: string) => void) {
  const redisUp = isRedisAvailable(TEST_REDIS_URL)
  if (!redisUp && process.env.CI) {
    throw new Error(`${what} must run in CI, but no Redis answered at ${TEST_REDIS_URL}`)
  }
  if (!redisUp) {
    describe.skip(`${what} — skipped: no Redis answered at ${TEST_REDIS_URL} (set TEST_REDIS_URL)`, () => {
      it("needs a Redis", () => undefined)
    })
    return
  }
  const previous = process.env.REDIS_URL
  beforeAll(() => {
    process.env.REDIS_URL = TEST_REDIS_URL
  })
  afterAll(() => {
    if (previous === undefined) delete process.env.REDIS_URL
    else process.env.REDIS_URL = previous
  })
  suite(TEST_REDIS_URL)
}
