import Redis from "ioredis"
import { LaunchError } from "./launch-error"

/** Proves REDIS_URL answers a PING before Medusa's Redis modules need it. */
export async function assertRedisReachable(redisUrl: string) {
  let parsed: URL
  try {
    parsed = new URL(redisUrl)
  } catch {
    throw new LaunchError(
      `REDIS_URL is not a valid URL (${redisUrl})`,
      "use the form redis://host:6379, or unset REDIS_URL to run on Medusa's in-memory modules"
    )
  }
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  client.on("error", () => undefined)
  try {
    await client.connect()
    await client.ping()
  } catch (error) {
    throw new LaunchError(
      `cannot reach Redis at ${parsed.host} (${(error as Error).message})`,
      "start Redis or fix REDIS_URL; unset REDIS_URL to run on Medusa's in-memory modules"
    )
  } finally {
    client.disconnect()
  }
}
