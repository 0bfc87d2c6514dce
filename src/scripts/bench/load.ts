/**
 * A small HTTP load driver: `connections` keep-alive clients each send
 * requests back to back until `requests` have been answered; every latency is
 * kept so percentiles are exact.
 */
export type LoadResult = {
  requests: number
  connections: number
  p50: number
  p95: number
  mean: number
  perSecond: number
  failures: number
}

export async function measure(
  url: string,
  options: { headers?: Record<string, string>; connections: number; requests: number; warmup: number }
): Promise<LoadResult> {
  const hit = async () => {
    const started = performance.now()
    const response = await fetch(url, { headers: options.headers })
    await response.arrayBuffer()
    return { ms: performance.now() - started, ok: response.ok }
  }
  for (let i = 0; i < options.warmup; i++) await hit()

  const latencies: number[] = []
  let failures = 0
  let sent = 0
  const started = performance.now()
  const client = async () => {
    while (sent < options.requests) {
      sent++
      const { ms, ok } = await hit()
      latencies.push(ms)
      if (!ok) failures++
    }
  }
  await Promise.all(Array.from({ length: options.connections }, client))
  const elapsed = (performance.now() - started) / 1000
  return {
    requests: latencies.length,
    connections: options.connections,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    mean: latencies.reduce((sum, ms) => sum + ms, 0) / latencies.length,
    perSecond: latencies.length / elapsed,
    failures,
  }
}

/** Nearest-rank percentile of the samples (p in 0..100). */
export function percentile(samples: number[], p: number) {
  if (!samples.length) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]
}
