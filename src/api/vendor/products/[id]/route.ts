import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteOwnProductWorkflow } from "../../../../workflows/catalog/workflows/delete-own-product"
import { updateOwnProductWorkflow } from "../../../../workflows/catalog/workflows/update-own-product"
import { VendorUpdateProductType } from "../validators"

/** POST /vendor/products/:id — edit one's own product. */
export async function POST(req: AuthenticatedMedusaRequest<VendorUpdateProductType>, res: MedusaResponse) {
  const { result } = await updateOwnProductWorkflow(req.scope).run({
    input: { practitioner_id: req.auth_context.actor_id, product_id: req.params.id, update: req.validatedBody },
  })
  res.json({ product: result })
}

/** DELETE /vendor/products/:id — delete one's own product. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteOwnProductWorkflow(req.scope).run({
    input: { practitioner_id: req.auth_context.actor_id, product_id: req.params.id },
  })
  res.json({ ...result, object: "product" })
}
