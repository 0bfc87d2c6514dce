import { createHash } from "node:crypto"
import Redis from "ioredis"
import { countHit, giveBackHit, WindowCount, windowFromTtl } from "../../lib/rate-limit/fixed-window"

/** Counts hits per key in fixed windows; `giveBack` undoes one hit. */
export interface CounterStore {
  hit(key: string, windowMs: number, now: number): Promise<WindowCount>
  giveBack(key: string, now: number): Promise<void>
}

/** Keys name no email or address in clear, and have a bounded length whatever a request sends. */
function storedKey(key: string) {
  return `avenrae:rate:${createHash("sha256").update(key).digest("hex").slice(0, 40)}`
}

/**
 * One process's counters, for a single server without Redis. Bounded: past
 * MAX_KEYS keys it drops closed windows, then the least recently hit ones
 * down to nine tenths, so the sweep runs once per many new keys.
 */
export class MemoryCounterStore implements CounterStore {
  static readonly MAX_KEYS = 50_000
  private readonly windows = new Map<string, WindowCount>()

  async hit(key: string, windowMs: number, now: number) {
    const stored = storedKey(key)
    const next = countHit(this.windows.get(stored), now, windowMs)
    this.windows.delete(stored)
    this.windows.set(stored, next)
    if (this.windows.size > MemoryCounterStore.MAX_KEYS) this.evict(now)
    return next
  }

  async giveBack(key: string, now: number) {
    const stored = storedKey(key)
    const next = giveBackHit(this.windows.get(stored), now)
    if (next) this.windows.set(stored, next)
  }

  private evict(now: number) {
    for (const [key, window] of this.windows) {
      if (window.resetAt <= now) this.windows.delete(key)
    }
    for (const key of this.windows.keys()) {
      if (this.windows.size <= MemoryCounterStore.MAX_KEYS * 0.9) break
      this.windows.delete(key)
    }
  }
}

/** INCR and, on a key's first hit, PEXPIRE, in one atomic script; answers the count and the time left. */
const HIT_SCRIPT = `
local count = redis.call("INCR", KEYS[1])
if count == 1 then redis.call("PEXPIRE", KEYS[1], ARGV[1]) end
return { count, redis.call("PTTL", KEYS[1]) }
`

/** Takes one hit back, only while the window is still open. */
const GIVE_BACK_SCRIPT = `
if redis.call("PTTL", KEYS[1]) > 0 and tonumber(redis.call("GET", KEYS[1]) or "0") > 0 then
  return redis.call("DECR", KEYS[1])
end
return 0
`

/** Counters shared by every server on one Redis. */
export class RedisCounterStore implements CounterStore {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowMs: number, now: number) {
    const [count, ttlMs] = (await this.redis.eval(HIT_SCRIPT, 1, storedKey(key), String(windowMs))) as [number, number]
    return windowFromTtl(count, ttlMs, now, windowMs)
  }

  async giveBack(key: string) {
    await this.redis.eval(GIVE_BACK_SCRIPT, 1, storedKey(key))
  }
}

let shared: CounterStore | undefined

/** The process's one store: on Redis when a URL is given, in memory otherwise. */
export function counterStore(redisUrl: string | undefined): CounterStore {
  if (!shared) {
    shared = redisUrl ? new RedisCounterStore(redisClient(redisUrl)) : new MemoryCounterStore()
  }
  return shared
}

function redisClient(url: string) {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2000, connectionName: "avenrae-rate-limit" })
  // A failing command reports the outage to its caller; the client keeps reconnecting meanwhile.
  redis.on("error", () => undefined)
  return redis
}
