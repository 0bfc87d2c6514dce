/** How long a session stays held in a cart before checkout must finish (BOOKING_HOLD_MINUTES, default 15). */
export function holdMinutes(env: NodeJS.ProcessEnv = process.env) {
  const minutes = Number(env.BOOKING_HOLD_MINUTES || 15)
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 15
}
