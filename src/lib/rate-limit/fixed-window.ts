/**
 * Fixed-window counting for rate limits: a key's window opens at its first
 * hit and lasts `windowMs`; every hit in it counts, and once the count passes
 * the limit the caller waits until the window closes. Pure: `now` comes in.
 */
export type WindowCount = { count: number; resetAt: number }

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** The window after one more hit: a new window when there was none or it has closed. */
export function countHit(previous: WindowCount | undefined, now: number, windowMs: number): WindowCount {
  if (!previous || previous.resetAt <= now) return { count: 1, resetAt: now + windowMs }
  return { count: previous.count + 1, resetAt: previous.resetAt }
}

/** The window after a hit is given back (a login that succeeded); unchanged once the window has closed. */
export function giveBackHit(previous: WindowCount | undefined, now: number): WindowCount | undefined {
  if (!previous || previous.resetAt <= now) return previous
  return { count: Math.max(0, previous.count - 1), resetAt: previous.resetAt }
}

/** A window as Redis reports it: the count and the key's remaining time to live. */
export function windowFromTtl(count: number, ttlMs: number, now: number, windowMs: number): WindowCount {
  // A key without an expiry (-1) or already gone (-2) is treated as a full window.
  return { count, resetAt: now + (ttlMs > 0 ? ttlMs : windowMs) }
}

/** Whether the hit that produced `window` may go on, and otherwise how many whole seconds to wait. */
export function verdictFor(window: WindowCount, limit: number, now: number): RateVerdict {
  if (window.count <= limit) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) }
}

/**
 * Of the verdicts for one request (per address, per account), the refusal to
 * answer with: the one with the longest wait, or undefined when all allow it.
 */
export function strictestRefusal<Scope>(
  verdicts: Array<{ scope: Scope; verdict: RateVerdict }>
): { scope: Scope; retryAfterSeconds: number } | undefined {
  let strictest: { scope: Scope; retryAfterSeconds: number } | undefined
  for (const { scope, verdict } of verdicts) {
    if (!verdict.allowed && (!strictest || verdict.retryAfterSeconds > strictest.retryAfterSeconds)) {
      strictest = { scope, retryAfterSeconds: verdict.retryAfterSeconds }
    }
  }
  return strictest
}
