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
