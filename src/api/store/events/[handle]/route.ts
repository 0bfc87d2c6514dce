import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { eventPage } from "../../../../workflows/event/utils/event-page"

/** GET /store/events/:handle — a published event with its dates to come, seats left and ticket types per date. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const event = await eventPage(req.scope, req.params.handle, new Date())
  if (!event) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No event on sale is called ${req.params.handle}.`)
  res.json({ event })
}
