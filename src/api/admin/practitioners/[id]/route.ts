import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /admin/practitioners/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "practitioner", fields: ["*"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  res.json({ practitioner: data[0] })
}
