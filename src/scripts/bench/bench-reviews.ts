import type { ExecArgs } from "@medusajs/framework/types"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"

/** How many published reviews the benchmark's reviewed practitioner has. */
export const BENCH_REVIEW_COUNT = 1000

/**
 * The reviews the practitioner-page benchmark reads: published reviews of
 * one practitioner, written straight through the module (they are load:
 * their purchases are not real), then counted as the workflows count.
 */
export async function seedBenchReviews(container: ExecArgs["container"], practitionerId: string) {
  const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [, existing] = await reviews.listAndCountReviews({ target_type: "practitioner", target_id: practitionerId }, { take: 1 })
  const now = Date.now()
  const rows = Array.from({ length: Math.max(0, BENCH_REVIEW_COUNT - existing) }, (_, i) => {
    const n = existing + i
    return {
      target_type: "practitioner" as const,
      target_id: practitionerId,
      purchase_type: "booking" as const,
      purchase_id: `bench-review-${n}`,
      practitioner_id: practitionerId,
      reviewer_name: `Client ${n}.`,
      rating: 1 + ((n * 7) % 5),
      title: `Review ${n}`,
      body: "A benchmark review, long enough to look like one: calm, kind and on time; I would book again.",
      status: "published" as const,
      verified: true,
      helpful_count: n % 13,
      published_at: new Date(now - n * 3_600_000),
    }
  })
  for (let at = 0; at < rows.length; at += 500) await reviews.createReviews(rows.slice(at, at + 500))
  await reviews.recountTargets([{ target_type: "practitioner", target_id: practitionerId }])
}
