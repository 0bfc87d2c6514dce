import { MedusaError } from "@medusajs/framework/utils"
import type { SupportRole } from "../../../lib/support/support-rules"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { SupportAuthor } from "../../../modules/support/values"

type Container = { resolve: <T = any>(key: string) => T }

/** Who is asking: a customer, a practitioner or a staff user, by id. */
export type SupportViewer = { type: SupportAuthor; id: string }

export const supportService = (container: Container) => container.resolve<SupportModuleService>(SUPPORT_MODULE)

/** Someone else's request reads as not found, never as forbidden. */
const noSuchRequest = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `No support request ${id} of yours.`)

/**
 * The request and how the viewer stands to it: staff see every request; its
 * requester theirs; a practitioner also the requests staff added them to.
 */
export async function accessToRequest(container: Container, id: string, viewer: SupportViewer) {
  const service = supportService(container)
  const [request] = await service.listSupportRequests({ id })
  if (!request) throw noSuchRequest(id)
  if (viewer.type === "staff") return { request, role: "staff" as SupportRole }
  if (request.requester_type === viewer.type && request.requester_id === viewer.id) return { request, role: "requester" as SupportRole }
  if (viewer.type === "practitioner") {
    const [added] = await service.listSupportParticipants({ request_id: id, practitioner_id: viewer.id })
    if (added) return { request, role: "participant" as SupportRole }
  }
  throw noSuchRequest(id)
}
