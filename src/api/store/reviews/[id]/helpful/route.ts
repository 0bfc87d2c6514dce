import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markReviewHelpfulWorkflow } from "../../../../../workflows/review/workflows/mark-review-helpful"

/** POST /store/reviews/:id/helpful — this review helped you (counted once per customer). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await markReviewHelpfulWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json(result)
}
