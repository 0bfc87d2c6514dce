/**
 * Medusa's infrastructure modules (event bus, workflow engine, cache, locking)
 * for the current environment: Redis-backed when REDIS_URL is set, Medusa's
 * in-memory defaults otherwise. Pure: reads only the arguments it is given.
 */
type ModuleEntry = { resolve: string; options?: Record<string, unknown> }

export type InfrastructureOptions = {
  /**
   * How long a Redis event job's lock lasts, and how often workers look for
   * jobs whose worker died (BullMQ's lockDuration and stalledInterval). A job
   * caught in a crashed worker runs again on another worker within about twice
   * this. Unset keeps BullMQ's 30 s.
   */
  stalledJobSeconds?: number
}

export function infrastructureModules(redisUrl?: string, options: InfrastructureOptions = {}): ModuleEntry[] {
  if (!redisUrl) {
    return []
  }
  const stalledMs = options.stalledJobSeconds ? options.stalledJobSeconds * 1000 : undefined
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: stalledMs ? { redisUrl, workerOptions: { lockDuration: stalledMs, stalledInterval: stalledMs } } : { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      resolve: "@medusajs/medusa/cache-redis",
      options: { redisUrl },
    },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}
