import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { setProductPractitionerWorkflow } from "../../../../../workflows/catalog/workflows/set-product-practitioner"
import { AdminSetProductPractitionerType } from "./validators"

/** GET /admin/products/:id/practitioner — who sells the product (null: the platform). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ practitioner: await productPractitioner(req, req.params.id) })
}

/** POST /admin/products/:id/practitioner { practitioner_id | null } */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetProductPractitionerType>, res: MedusaResponse) {
  await setProductPractitionerWorkflow(req.scope).run({
    input: { product_id: req.params.id, practitioner_id: req.validatedBody.practitioner_id },
  })
  res.json({ practitioner: await productPractitioner(req, req.params.id) })
}

async function productPractitioner(req: AuthenticatedMedusaRequest, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "product",
      fields: ["id", "practitioner.id", "practitioner.display_name", "practitioner.handle", "practitioner.status"],
      filters: { id: productId },
    },
    { throwIfKeyNotFound: true }
  )
  return (data[0] as { practitioner?: unknown }).practitioner ?? null
}
