/**
 * Event-loop lag over a sliding window, from the drift of a timer that should
 * fire every `intervalMs`: a tick that comes 1,500 ms late means the loop was
 * held for about that long. Pure: the caller reads the clock and passes times
 * in (milliseconds on one monotonic clock).
 */
export type LagWindow = {
  /** A timer tick at `atMs`; the previous tick (or the start) was at the last recorded time. */
  tick: (atMs: number) => void
  /** The worst lag seen in the window ending at `nowMs`, including a tick that is late right now. */
  worstLag: (nowMs: number) => number
}

export function createLagWindow(options: { startMs: number; intervalMs: number; windowMs: number }): LagWindow {
  const { intervalMs, windowMs } = options
  let lastTickMs = options.startMs
  // Only lags above zero are kept, oldest first; a sample leaves once older than the window.
  const samples: Array<{ atMs: number; lagMs: number }> = []

  const forget = (nowMs: number) => {
    while (samples.length > 0 && samples[0].atMs <= nowMs - windowMs) samples.shift()
  }
  const lateBy = (nowMs: number) => Math.max(0, nowMs - lastTickMs - intervalMs)

  return {
    tick(atMs) {
      const lagMs = lateBy(atMs)
      lastTickMs = atMs
      if (lagMs > 0) samples.push({ atMs, lagMs })
      forget(atMs)
    },
    worstLag(nowMs) {
      forget(nowMs)
      return samples.reduce((worst, sample) => Math.max(worst, sample.lagMs), lateBy(nowMs))
    },
  }
}

export type LivenessVerdict = { live: true } | { live: false; reason: string }

/** Live while the worst recent lag stays at or under the limit; otherwise a one-line reason. */
export function livenessVerdict(input: { worstLagMs: number; maxLagMs: number; windowMs: number }): LivenessVerdict {
  if (input.worstLagMs <= input.maxLagMs) return { live: true }
  const worst = Math.round(input.worstLagMs)
  const window = Math.round(input.windowMs / 1000)
  return {
    live: false,
    reason: `event loop lag ${worst} ms in the last ${window} s is over the ${input.maxLagMs} ms limit`,
  }
}
