/**
 * Medusa's infrastructure modules (event bus, workflow engine, cache, locking)
 * for the current environment: Redis-backed when REDIS_URL is set, Medusa's
 * in-memory defaults otherwise. Pure: reads only the arguments it is given.
 */
type ModuleEntry = { resolve: string; options?: Record<string, unknown> }

export function infrastructureModules(redisUrl?: string): ModuleEntry[] {
  if (!redisUrl) {
    return []
  }
  return [
    {
      resolve: "@medusajs/medusa/event-bus-redis",
      options: { redisUrl },
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
