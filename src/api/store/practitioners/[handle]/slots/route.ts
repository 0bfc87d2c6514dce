import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findSessionVariantCached } from "../../../../../workflows/booking/utils/find-session-variant"
import { freeSlotsAnswer } from "../../../../../workflows/booking/utils/list-free-slots"
import { StoreListSlotsType } from "./validators"

/**
 * GET /store/practitioners/:handle/slots?variant_id&from&to&tz — free times
 * for one session duration, as UTC instants and in `tz` (default: the
 * practitioner's zone). `:handle` may also be the practitioner's id.
 */
export async function GET(req: MedusaRequest<unknown, StoreListSlotsType>, res: MedusaResponse) {
  const { variant_id, from, to, tz } = req.validatedQuery
  const session = await findSessionVariantCached(req.scope, variant_id)
  const { handle } = req.params
  if (session.practitioner.handle !== handle && session.practitioner.id !== handle) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${handle} offers no session with variant ${variant_id}.`)
  }
  res.json(await freeSlotsAnswer(req.scope, { session, from, to, timezone: tz ?? session.practitioner.timezone, now: new Date() }))
}
