import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toPublicPractitioner } from "../../../../lib/practitioners/public-profile"
import { REVIEW_MODULE } from "../../../../modules/review"
import type ReviewModuleService from "../../../../modules/review/service"
import { presentAggregate } from "../../../../workflows/review/utils/review-views"

/**
 * GET /store/practitioners/:handle — one approved practitioner's public
 * profile with their published session offerings, the other products they
 * sell (crystals, tools; not the events they host) and their review figures
 * (average, count, distribution of published reviews).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "practitioner",
    fields: [
      "*",
      "products.id",
      "products.title",
      "products.handle",
      "products.description",
      "products.status",
      "products.thumbnail",
      "products.metadata",
      "products.variants.id",
      "products.variants.title",
      "products.variants.metadata",
      "products.variants.prices.amount",
      "products.variants.prices.currency_code",
    ],
    filters: { handle: req.params.handle, status: "approved" },
  })
  const practitioner = data[0]
  if (!practitioner) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No practitioner with the handle "${req.params.handle}" is listed.`)
  }
  const [aggregate] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .aggregatesOf([{ target_type: "practitioner", target_id: practitioner.id }])
  const rating = presentAggregate(aggregate)
  const published = (practitioner.products ?? []).filter((p) => p && p.status === "published")
  const kindOf = (p: (typeof published)[number]) => (p?.metadata as { kind?: string } | null)?.kind
  const isSession = (p: (typeof published)[number]) => kindOf(p) === "session"
  res.json({
    practitioner: {
      ...toPublicPractitioner({ ...practitioner, rating_average: rating.average, rating_count: rating.count }),
      offerings: published.filter(isSession),
      // Events they host have their own list (GET /store/events?host=…).
      products: published.filter((p) => !isSession(p) && kindOf(p) !== "event"),
      rating,
    },
  })
}
