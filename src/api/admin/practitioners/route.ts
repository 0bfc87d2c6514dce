import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { allowedStaffActions, PractitionerStatus } from "../../../lib/practitioners/status-transitions"
import { AdminListPractitionersType } from "./validators"

/** GET /admin/practitioners — filter by status, kind, verified and a name/email search. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListPractitionersType>, res: MedusaResponse) {
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
  res.json({
    practitioners: practitioners.map((p) => ({
      ...p,
      allowed_actions: allowedStaffActions(p.status as PractitionerStatus, p.verified),
    })),
    count: metadata?.count ?? practitioners.length,
    offset,
    limit,
  })
}
