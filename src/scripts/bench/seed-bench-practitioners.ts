import { ExecArgs } from "@medusajs/framework/types"
import { PRACTITIONER_MODULE } from "../../modules/practitioner"
import PractitionerModuleService from "../../modules/practitioner/service"
import { BENCH_CALENDAR_HANDLE, seedBenchCalendars, topUpBenchCrystal } from "./bench-bookings"
import { seedBenchReviews } from "./bench-reviews"
import { refreshFreeSlots } from "../../workflows/availability/utils/refresh-free-slots"
import { seedBenchEvents } from "./bench-events"
import { seedBenchAuditEntries } from "./bench-audit"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import { BENCH_HANDLE_PREFIX, BENCH_PRACTITIONER_COUNT, benchPractitioner, benchRating } from "./bench-practitioners"

const BATCH = 200

/**
 * Adds the benchmark's approved practitioners straight through the module
 * (they are load, not people: no logins or applications, and review
 * figures without reviews), a calendar of 500 bookings for each (the slot
 * benchmarks and "free when I am" read them), 1,000 reviews of one, the calendar the
 * slot benchmarks read, stock for the checkout benchmark and the events the
 * listing benchmark reads (through the event workflow), and a million audit
 * entries for the Audit page. Runs again
 * without adding twice.
 */
export default async function seedBenchPractitioners(args: ExecArgs) {
  const { container } = args
  const service = container.resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
  const [, existing] = await service.listAndCountPractitioners({ handle: { $like: `${BENCH_HANDLE_PREFIX}%` } }, { take: 1 })
  for (let start = existing; start < BENCH_PRACTITIONER_COUNT; start += BATCH) {
    const end = Math.min(start + BATCH, BENCH_PRACTITIONER_COUNT)
    const created = await service.createPractitioners(Array.from({ length: end - start }, (_, i) => benchPractitioner(start + i)))
    await container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .createReviewAggregates(
        created.map((practitioner, i) => ({ target_type: "practitioner" as const, target_id: practitioner.id, ...benchRating(start + i) }))
      )
  }
  const all = await service.listPractitioners({ handle: { $like: `${BENCH_HANDLE_PREFIX}%` } }, { select: ["id", "handle"] })
  await seedBenchCalendars(
    args,
    all.map((p) => p.handle)
  )
  await topUpBenchCrystal(args)
  await seedBenchEvents(args)
  await seedBenchReviews(container, all.find((p) => p.handle === BENCH_CALENDAR_HANDLE)!.id)
  await seedBenchAuditEntries(container)
  // The free slots the directory reads, as the refresh job computes them.
  await refreshFreeSlots(
    container,
    all.map((p) => p.id),
    new Date()
  )
}
