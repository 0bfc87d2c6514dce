import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSessionOfferingWorkflow } from "../../../workflows/catalog/workflows/create-session-offering"
import { VendorCreateSessionOfferingType } from "./validators"

export const VENDOR_PRODUCT_FIELDS = [
  "products.id",
  "products.title",
  "products.handle",
  "products.status",
  "products.description",
  "products.variants.id",
  "products.variants.title",
  "products.variants.metadata",
  "products.variants.prices.amount",
  "products.variants.prices.currency_code",
]

/** GET /vendor/products — the authenticated practitioner's own products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "practitioner",
    fields: VENDOR_PRODUCT_FIELDS,
    filters: { id: req.auth_context.actor_id },
  })
  const products = (data[0]?.products ?? []).filter(Boolean)
  res.json({ products, count: products.length })
}

/** POST /vendor/products — a new session offering. */
export async function POST(req: AuthenticatedMedusaRequest<VendorCreateSessionOfferingType>, res: MedusaResponse) {
  const { result } = await createSessionOfferingWorkflow(req.scope).run({
    input: { practitioner_id: req.auth_context.actor_id, offering: req.validatedBody },
  })
  res.status(201).json({ product: result })
}
