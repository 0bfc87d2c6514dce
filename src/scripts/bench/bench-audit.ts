import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** How many audit entries the Audit page benchmark lists over. */
export const BENCH_AUDIT_ENTRIES = 1_000_000
/** The product whose history the benchmark asks for: one record among a thousand with entries. */
export const BENCH_AUDITED_PRODUCT = "prod_bench_audit_0042"

const ACTIONS = ["POST /admin/products/:id", "POST /admin/orders/:id", "POST /vendor/me", "POST /admin/reviews/:id/approve"]
const BATCH = 100_000

/**
 * A year of audit entries, written in SQL (they are load: a thousand staff
 * users and practitioners writing to a thousand products, orders and
 * profiles), so the Audit page's list is measured over a realistic table.
 * Runs again without adding twice.
 */
export async function seedBenchAuditEntries(container: ExecArgs["container"]) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw("select count(*)::int as count from audit_entry")
  const existing = rows[0].count as number
  for (let start = existing; start < BENCH_AUDIT_ENTRIES; start += BATCH) {
    const end = Math.min(start + BATCH, BENCH_AUDIT_ENTRIES)
    await knex.raw(
      `insert into audit_entry (id, actor_type, actor_id, action, target_type, target_id, changes, status_code, request_id, ip, user_agent, created_at, updated_at)
       select 'aud_bench_' || lpad(n::text, 8, '0'),
         case when n % 3 = 0 then 'practitioner' else 'user' end,
         case when n % 3 = 0 then 'prac_bench_' else 'user_bench_' end || (n % 1000),
         (?::text[])[1 + n % 4],
         case n % 4 when 0 then 'product' when 1 then 'order' when 2 then 'practitioner' else 'review' end,
         case n % 4 when 0 then 'prod_bench_audit_' when 1 then 'order_bench_' when 2 then 'prac_bench_' else 'rev_bench_' end || lpad((n / 4 % 1000)::text, 4, '0'),
         jsonb_build_object('fields', jsonb_build_object('subtitle', jsonb_build_object('before', 'Old ' || n, 'after', 'New ' || n))),
         200, 'req_bench_' || n, '10.0.' || (n % 250) || '.' || (n % 200), 'bench-agent/1.0',
         now() - (n * interval '31 seconds'), now() - (n * interval '31 seconds')
       from generate_series(?::int, ?::int) as n`,
      [ACTIONS, start, end - 1]
    )
  }
  await knex.raw("analyze audit_entry")
}
