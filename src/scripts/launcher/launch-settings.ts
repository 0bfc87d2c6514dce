import { LaunchError } from "./launch-error"

const WORKER_MODES = ["shared", "server", "worker"] as const
export type WorkerMode = (typeof WORKER_MODES)[number]

export type LaunchSettings = {
  workerMode: WorkerMode
  port: number
  storefrontPort: number
  backendUrl: string
  databaseUrl?: string
  redisUrl?: string
}

/** Reads and checks the environment the launcher acts on. */
export function readLaunchSettings(env: NodeJS.ProcessEnv): LaunchSettings {
  const workerMode = (env.MEDUSA_WORKER_MODE || "shared") as WorkerMode
  if (!WORKER_MODES.includes(workerMode)) {
    throw new LaunchError(
      `MEDUSA_WORKER_MODE is "${env.MEDUSA_WORKER_MODE}"`,
      `set it to one of ${WORKER_MODES.join(", ")} (or unset it for shared)`
    )
  }
  const port = readPort(env, "PORT", 9000)
  const storefrontPort = readPort(env, "STOREFRONT_PORT", 8000)
  if (storefrontPort === port) {
    throw new LaunchError(`PORT and STOREFRONT_PORT are both ${port}`, "give the storefront another port")
  }
  return {
    workerMode,
    port,
    storefrontPort,
    backendUrl: env.MEDUSA_BACKEND_URL || `http://localhost:${port}`,
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
  }
}

function readPort(env: NodeJS.ProcessEnv, key: string, fallback: number) {
  const raw = env[key] || String(fallback)
  const port = Number(raw)
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new LaunchError(`${key} is "${env[key]}"`, `set ${key} to a whole number from 1 to 65535`)
  }
  return port
}
