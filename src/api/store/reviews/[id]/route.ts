import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteOwnReviewWorkflow } from "../../../../workflows/review/workflows/delete-own-review"
import { editOwnReviewWorkflow } from "../../../../workflows/review/workflows/edit-own-review"
import { presentOwnReview } from "../../../../workflows/review/utils/review-views"
import type { EditReviewType } from "../../../utils/review-validators"

/** POST /store/reviews/:id — edit your review; it waits for staff again before it is shown. */
export async function POST(req: AuthenticatedMedusaRequest<EditReviewType>, res: MedusaResponse) {
  const { result } = await editOwnReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, customer_id: req.auth_context.actor_id, now: new Date() },
  })
  res.json({ review: presentOwnReview(result) })
}

/** DELETE /store/reviews/:id — delete your review. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteOwnReviewWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ id: result.id, object: "review", deleted: true })
}
