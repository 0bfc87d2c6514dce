import { bookingModuleSuite } from "./booking-fixtures"
import { blockedRangesQuery } from "../blocked-ranges-query"

jest.setTimeout(60_000)

const DAY = 86_400_000
const HOUR = 3_600_000
const FIRST = Date.UTC(2026, 11, 1, 9)

type PlanNode = { "Node Type": string; "Index Name"?: string; "Actual Rows": number; "Rows Removed by Filter"?: number; Plans?: PlanNode[] }

const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)]

/**
 * The slot list reads a practitioner's live bookings in a window on every
 * request: Postgres must find only the window's rows in an index, not read
 * the whole calendar and filter it.
 */
bookingModuleSuite(({ service, MikroOrmWrapper }) => {
  it("reads only the window's bookings from an index, however many lie outside it", async () => {
    // A year of daily one-hour bookings, two other practitioners' among them.
    await service.createBookings(
      Array.from({ length: 365 }, (_, day) => {
        const start = new Date(FIRST + day * DAY)
        return {
          practitioner_id: day % 5 === 0 ? "prac_other" : "prac_busy",
          product_id: "prod_test",
          variant_id: "variant_test",
          starts_at: start,
          ends_at: new Date(start.getTime() + HOUR),
          blocked_from: start,
          blocked_until: new Date(start.getTime() + HOUR),
          customer_timezone: "Europe/London",
          status: "confirmed" as const,
        }
      })
    )
    const window = { from: new Date(FIRST + 100 * DAY - 12 * HOUR), to: new Date(FIRST + 103 * DAY - 12 * HOUR) }
    const knex = MikroOrmWrapper.forkManager().getKnex()
    const { sql, bindings } = blockedRangesQuery(knex, "prac_busy", window).toSQL()
    const plan: PlanNode = await knex.transaction(async (trx) => {
      // A year of rows is small enough to scan; forbid that, as a large table would.
      await trx.raw("set local enable_seqscan = off")
      const { rows } = await trx.raw(`explain (analyze, format json) ${sql}`, bindings)
      return rows[0]["QUERY PLAN"][0].Plan
    })
    const steps = nodes(plan)
    const indexScans = steps.filter((step) => step["Index Name"])
    expect(indexScans.map((step) => step["Index Name"])).toEqual(["booking_no_overlapping_live_bookings"])
    // Days 100, 101 and 102, less the one that belongs to the other practitioner.
    expect(plan["Actual Rows"]).toBe(2)
    expect(indexScans[0]["Actual Rows"]).toBeLessThanOrEqual(3)
    expect(steps.reduce((removed, step) => removed + (step["Rows Removed by Filter"] ?? 0), 0)).toBeLessThanOrEqual(1)
    expect(await service.listBlockedRanges("prac_busy", window)).toHaveLength(2)
  })
})
