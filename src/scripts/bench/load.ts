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

export type LoadOptions = { headers?: Record<string, string>; connections: number; requests: number; warmup: number }

export async function measure(url: string, options: LoadOptions): Promise<LoadResult> {
  return (await measureInterleaved([url], options))[0]
}

/**
 * Several URLs in one run: each connection sends one request to every URL
 * in turn (starting with a different one each round), so all of them see
 * the same server, the same load and the same noise. `requests` and
 * `warmup` count per URL.
 */
export async function measureInterleaved(urls: string[], options: LoadOptions): Promise<LoadResult[]> {
  const hit = async (url: string) => {
    const started = performance.now()
    const response = await fetch(url, { headers: options.headers })
    await response.arrayBuffer()
    return { ms: performance.now() - started, ok: response.ok }
  }
  const round = async (index: number, record: boolean) => {
    for (let k = 0; k < urls.length; k++) {
      const which = (index + k) % urls.length
      const { ms, ok } = await hit(urls[which])
      if (!record) continue
      latencies[which].push(ms)
      if (!ok) failures[which]++
    }
  }
  const latencies = urls.map((): number[] => [])
  const failures = urls.map(() => 0)
  for (let i = 0; i < options.warmup; i++) await round(i, false)

  let sent = 0
  const started = performance.now()
  const client = async () => {
    while (sent < options.requests) await round(sent++, true)
  }
  await Promise.all(Array.from({ length: options.connections }, client))
  const elapsed = (performance.now() - started) / 1000
  return latencies.map((samples, i) => ({
    requests: samples.length,
    connections: options.connections,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: samples.reduce((sum, ms) => sum + ms, 0) / samples.length,
    perSecond: samples.length / elapsed,
    failures: failures[i],
  }))
}

/** Nearest-rank percentile of the samples (p in 0..100). */
export function percentile(samples: number[], p: number) {
  if (!samples.length) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]
}
