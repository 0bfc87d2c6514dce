import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { performance } from "node:perf_hooks"
import { createLagWindow, livenessVerdict, LivenessVerdict } from "../../lib/liveness/lag-window"

/** How often the sampler's timer should fire; its lateness is the loop's lag. */
const TICK_MS = 100

const LivenessSettings = z.object({
  LIVENESS_MAX_LAG_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  LIVENESS_WINDOW_MS: z.coerce.number().int().min(1000).max(600_000).default(10_000),
})

export type EventLoopMonitor = { verdict: () => LivenessVerdict; stop: () => void }

/**
 * Reads LIVENESS_MAX_LAG_MS and LIVENESS_WINDOW_MS, refusing to start with a
 * message naming the variable when one is not a whole number in range.
 */
export function livenessSettings(env: NodeJS.ProcessEnv) {
  const parsed = LivenessSettings.safeParse({
    LIVENESS_MAX_LAG_MS: env.LIVENESS_MAX_LAG_MS || undefined,
    LIVENESS_WINDOW_MS: env.LIVENESS_WINDOW_MS || undefined,
  })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${issue.path.join(".")}: ${issue.message} (milliseconds, see .env.template)`)
  }
  return { maxLagMs: parsed.data.LIVENESS_MAX_LAG_MS, windowMs: parsed.data.LIVENESS_WINDOW_MS }
}

/**
 * Measures this process's event-loop lag with a timer that should fire every
 * 100 ms: how late it fires is how long the loop was held. The timer is
 * unref'd, so it never keeps the process alive.
 */
export function startEventLoopMonitor(settings: { maxLagMs: number; windowMs: number }): EventLoopMonitor {
  const window = createLagWindow({ startMs: performance.now(), intervalMs: TICK_MS, windowMs: settings.windowMs })
  const timer = setInterval(() => window.tick(performance.now()), TICK_MS)
  timer.unref()
  return {
    verdict: () => livenessVerdict({ worstLagMs: window.worstLag(performance.now()), ...settings }),
    stop: () => clearInterval(timer),
  }
}
