import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AdminListPractitionersType } from "./validators"

/** GET /admin/practitioners — filter by status, kind, verified and a name/email search. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListPractitionersType>,
  res: MedusaResponse
) {
  const { status, kind, verified, q, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (kind) filters.kind = kind
  if (verified !== undefined) filters.verified = verified
  if (q) filters.$or = [{ display_name: { $ilike: `%${q}%` } }, { email: { $ilike: `%${q}%` } }]
  const { data: practitioners, metadata } = await query.graph({
    entity: "practitioner",
    fields: ["*"],
    filters,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ practitioners, count: metadata?.count ?? practitioners.length, offset, limit })
}
