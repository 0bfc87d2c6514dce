import { demoAdminLogin } from "../seed/seed-marker"
import { BENCH_AUDITED_PRODUCT, BENCH_AUDIT_ENTRIES } from "./bench-audit"
import { judge, ratio, Verdict } from "./goals"
import { LoadResult, measureInterleaved, percentile } from "./load"

type Report = (verdict: Verdict) => void

/** The audit's own time in one answer, from the Server-Timing header its middleware sets. */
const auditMs = (response: Response) => Number(/audit;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? NaN)

/**
 * A mutating admin route (Medusa's product update) with its audit entry:
 * each request's time as answered, and the same time less what the audit
 * spent in it (reading the record before and after, and the insert), so both
 * figures come from the same requests under the same noise.
 */
async function timeAuditedWrites(
  baseUrl: string,
  headers: Record<string, string>,
  productId: string,
  connections: number,
  requests: number
) {
  const withAudit: number[] = []
  const withoutAudit: number[] = []
  let sent = 0
  const client = async () => {
    while (sent < requests) {
      const n = sent++
      const started = performance.now()
      const response = await fetch(`${baseUrl}/admin/products/${productId}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ subtitle: `Benchmark write ${n}` }),
      })
      await response.arrayBuffer()
      const ms = performance.now() - started
      const audit = auditMs(response)
      if (!response.ok || !Number.isFinite(audit))
        throw new Error(`POST /admin/products/:id answered ${response.status} without its audit timing`)
      withAudit.push(ms)
      withoutAudit.push(ms - audit)
    }
  }
  await Promise.all(Array.from({ length: connections }, client))
  return {
    with: percentile(withAudit, 95),
    without: percentile(withoutAudit, 95),
    auditP95: percentile(
      withAudit.map((ms, i) => ms - withoutAudit[i]),
      95
    ),
  }
}

const row = (label: string, r: LoadResult) =>
  `  ${label.padEnd(10)} ${String(r.connections).padStart(5)} ${String(r.requests).padStart(5)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)}`

/**
 * The audit log's two goals: its cost on a mutating route (p95 with the
 * audit at most 1.1 × without) and the Audit page's list over a million
 * entries (p95 under 100 ms with an index-backed filter), with Medusa's own
 * admin product list in the same run for scale.
 */
export async function benchmarkAudit(baseUrl: string, requests: number, warmup: number, report: Report) {
  const login = demoAdminLogin()
  const auth = await (
    await fetch(`${baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(login),
    })
  ).json()
  const headers = { authorization: `Bearer ${auth.token}` }
  const product = (await (await fetch(`${baseUrl}/admin/products?limit=1&fields=id`, { headers })).json()).products[0]

  console.log(`\nAudit overhead on a mutating route (POST /admin/products/:id), the same requests with and without the audit's time`)
  console.log(`  ${"".padEnd(10)} ${"conns".padStart(5)} ${"p95 with".padStart(9)} ${"without".padStart(9)} ${"audit p95".padStart(10)}`)
  for (const connections of [1, 10]) {
    await timeAuditedWrites(baseUrl, headers, product.id, 1, warmup)
    const timing = await timeAuditedWrites(baseUrl, headers, product.id, connections, connections === 1 ? requests : requests * 3)
    console.log(
      `  ${"".padEnd(10)} ${String(connections).padStart(5)} ${timing.with.toFixed(1).padStart(9)} ${timing.without.toFixed(1).padStart(9)} ${timing.auditP95.toFixed(1).padStart(10)}`
    )
    report(
      judge(
        {
          name: `audited write p95 / the same without the audit, ${connections} connection${connections > 1 ? "s" : ""}`,
          rule: "at most",
          limit: 1.1,
          unit: "×",
        },
        ratio(timing.with, timing.without)
      )
    )
  }

  const lists = [
    { label: "target", path: `/admin/audit-entries?target_type=product&target_id=${BENCH_AUDITED_PRODUCT}&limit=50` },
    { label: "actor", path: "/admin/audit-entries?actor_type=user&actor_id=user_bench_7&limit=50" },
    { label: "newest", path: "/admin/audit-entries?limit=50" },
    { label: "Medusa", path: "/admin/products?limit=20" },
  ]
  console.log(`\nThe Audit page's list over ${BENCH_AUDIT_ENTRIES.toLocaleString("en")} entries, interleaved in one run`)
  for (const list of lists) console.log(`  ${list.label.padEnd(10)} GET ${list.path}`)
  console.log(`  ${"".padEnd(10)} ${"conns".padStart(5)} ${"n".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`)
  for (const connections of [1, 10]) {
    // Medusa's admin product list is there for scale at one connection; at ten it would queue ours behind its own seconds.
    const measured = connections === 1 ? lists : lists.filter((list) => list.label !== "Medusa")
    const results = await measureInterleaved(
      measured.map((list) => `${baseUrl}${list.path}`),
      { headers, connections, requests: connections === 1 ? requests : requests * 3, warmup }
    )
    results.forEach((result, i) => console.log(row(measured[i].label, result)))
    const filtered = Math.max(results[0].p95, results[1].p95)
    report(
      judge(
        {
          name: `Audit page list p95 (by target, by actor), ${connections} connection${connections > 1 ? "s" : ""}`,
          rule: "below",
          limit: 100,
          unit: "ms",
        },
        filtered
      )
    )
  }
}
