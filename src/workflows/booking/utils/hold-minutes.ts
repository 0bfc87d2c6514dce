/** How long a session stays held in a cart before checkout must finish (BOOKING_HOLD_MINUTES, default 15). */
export function holdMinutes(env: NodeJS.ProcessEnv = process.env) {
  const minutes = Number(env.BOOKING_HOLD_MINUTES || 15)
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 15
}

/** How often the job settles stale holds (BOOKING_HOLD_SWEEP_SECONDS, default 60, at least 1). */
export function holdSweepSeconds(env: NodeJS.ProcessEnv = process.env) {
  const seconds = Number(env.BOOKING_HOLD_SWEEP_SECONDS || 60)
  return Number.isFinite(seconds) && seconds >= 1 ? seconds : 60
}
