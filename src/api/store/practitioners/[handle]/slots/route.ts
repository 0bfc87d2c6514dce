import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { freeSlotsAnswer } from "../../../../../lib/bookings/list-free-slots"
import { findSessionVariantCached } from "../../../../../lib/bookings/session-variant"
import { StoreListSlotsType } from "./validators"

/**
 * GET /store/practitioners/:handle/slots?variant_id&from&to&tz — free times
 * for one session duration, as UTC instants and in `tz` (default: the
 * practitioner's zone). `:handle` may also be the practitioner's id.
 */
export async function GET(req: MedusaRequest<unknown, StoreListSlotsType>, res: MedusaResponse) {
  const { variant_id, from, to, tz } = req.validatedQuery
  const session = await findSessionVariantCached(
    req.scope.resolve(ContainerRegistrationKeys.QUERY),
    req.scope.resolve(Modules.CACHE),
    variant_id
  )
  const { handle } = req.params
  if (session.practitioner.handle !== handle && session.practitioner.id !== handle) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${handle} offers no session with variant ${variant_id}.`)
  }
  res.json(await freeSlotsAnswer(req.scope, { session, from, to, timezone: tz ?? session.practitioner.timezone }))
}
