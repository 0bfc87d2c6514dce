import { CITIES } from "../seed/data/practitioners"
import { LoadResult, measure } from "./load"

type Comparison = {
  title: string
  goal: string
  ours: string
  theirs: string
}

/**
 * Our endpoints against Medusa's own in the same run, on the same server and
 * data, at 1 and 10 concurrent connections; prints p50/p95 and the ratio.
 */
export async function runBenchmarks(options: { baseUrl: string; publishableKey: string; env?: NodeJS.ProcessEnv }) {
  const env = options.env ?? process.env
  const headers = { "x-publishable-api-key": options.publishableKey }
  const regions = await (await fetch(`${options.baseUrl}/store/regions`, { headers })).json()
  const region = regions.regions.find((r: { currency_code: string }) => r.currency_code === "zar") ?? regions.regions[0]
  const durban = CITIES.Durban

  const comparisons: Comparison[] = [
    {
      title: "Practitioner directory (kind + min_rating + near, 1,000+ practitioners)",
      goal: "ours p95 ≤ 0.5 × Medusa's",
      ours: `/store/practitioners?kind=healer&min_rating=3&near=${durban.latitude},${durban.longitude}&sort=distance&limit=20`,
      theirs: `/store/products?limit=20&region_id=${region.id}`,
    },
  ]
  const requests = Number(env.BENCH_REQUESTS || 300)
  const warmup = Number(env.BENCH_WARMUP || 30)

  for (const comparison of comparisons) {
    console.log(`\n${comparison.title} — goal: ${comparison.goal}`)
    console.log(`  ours:    GET ${comparison.ours}`)
    console.log(`  Medusa:  GET ${comparison.theirs}`)
    console.log(`  ${"".padEnd(8)} ${"conns".padStart(5)} ${"n".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"req/s".padStart(7)} ${"fail".padStart(5)}`)
    for (const connections of [1, 10]) {
      const load = { headers, connections, requests: connections === 1 ? requests : requests * 3, warmup }
      const ours = await measure(`${options.baseUrl}${comparison.ours}`, load)
      const theirs = await measure(`${options.baseUrl}${comparison.theirs}`, load)
      printRow("ours", ours)
      printRow("Medusa", theirs)
      console.log(`  ratio p95 ours/Medusa at ${connections} connection${connections > 1 ? "s" : ""}: ${(ours.p95 / theirs.p95).toFixed(2)}`)
    }
  }
}

function printRow(label: string, r: LoadResult) {
  console.log(
    `  ${label.padEnd(8)} ${String(r.connections).padStart(5)} ${String(r.requests).padStart(5)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.perSecond.toFixed(0).padStart(7)} ${String(r.failures).padStart(5)}`
  )
}
