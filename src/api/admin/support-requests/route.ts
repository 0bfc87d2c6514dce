import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { supportSettings } from "../../../lib/support/support-settings"
import { WAITING_ON_STAFF } from "../../../lib/support/support-rules"
import { supportService } from "../../../workflows/support/utils/support-access"
import { presentRequestForStaff } from "../../../workflows/support/utils/support-views"
import type { AdminListSupportRequestsType } from "../../utils/support-validators"

const HOUR = 3_600_000

/**
 * GET /admin/support-requests?status&category&assignee_id&overdue&link_type&link_id&limit&offset
 * — the support inbox, latest activity first; `overdue=true` keeps the
 * requests still waiting on staff for a first answer past the target.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListSupportRequestsType>, res: MedusaResponse) {
  const { limit, offset, overdue, assignee_id, ...filters } = req.validatedQuery
  const now = new Date()
  const target = new Date(now.getTime() - supportSettings(process.env).firstResponseHours * HOUR)
  const [requests, count] = await supportService(req.scope).listAndCountSupportRequests(
    {
      ...filters,
      ...(assignee_id ? { assignee_id: assignee_id === "none" ? null : assignee_id } : {}),
      ...(overdue === "true" ? { status: WAITING_ON_STAFF, first_response_at: null, created_at: { $lte: target } } : {}),
    },
    { take: limit, skip: offset, order: { last_message_at: "DESC", id: "DESC" } }
  )
  res.json({ support_requests: requests.map((r) => presentRequestForStaff(r, now)), count, limit, offset })
}
