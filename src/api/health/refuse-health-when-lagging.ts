import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { livenessSettings, startEventLoopMonitor } from "./event-loop-monitor"

const monitor = startEventLoopMonitor(livenessSettings(process.env))

/**
 * Runs before Medusa's own GET /health (`medusa start` registers that one after
 * the project's routes and middlewares): answers 503 with the reason while the
 * event loop has lagged over the limit, and otherwise leaves the request to
 * Medusa's handler, which answers 200 "OK".
 */
export function refuseHealthWhenLagging(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const verdict = monitor.verdict()
  if (verdict.live) return next()
  res.status(503).type("text/plain").send(`Unhealthy: ${verdict.reason}`)
}
