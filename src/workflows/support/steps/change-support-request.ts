import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SupportPriority, SupportStatus } from "../../../modules/support/values"
import type { SupportRequestRecord } from "../../../modules/support/service"
import { accessToRequest, supportService, SupportViewer } from "../utils/support-access"
import { practitionersOfLink } from "../utils/link-ownership"

/** The timestamps a status brings with it: resolved and closed are stamped, a wait on staff starts its clock. */
function stampsFor(
  status: SupportStatus,
  current: { status: SupportStatus; waiting_since: Date | null; resolved_at: Date | null; closed_at: Date | null },
  now: Date
) {
  return {
    waiting_since: status === "open" || status === "waiting_on_staff" ? (current.status === status ? current.waiting_since : now) : null,
    resolved_at: status === "resolved" ? (current.resolved_at ?? now) : status === "closed" ? current.resolved_at : null,
    closed_at: status === "closed" ? (current.closed_at ?? now) : null,
  }
}

type RequestState = Pick<SupportRequestRecord, "id" | "status" | "priority" | "assignee_id" | "waiting_since" | "resolved_at" | "closed_at">

/** What a change may touch, to put back if a later step fails. */
const previousState = (request: SupportRequestRecord): RequestState => ({
  id: request.id,
  status: request.status,
  priority: request.priority,
  assignee_id: request.assignee_id,
  waiting_since: request.waiting_since,
  resolved_at: request.resolved_at,
  closed_at: request.closed_at,
})

const restoreRequest = async (previous: RequestState | undefined, { container }: { container: Parameters<typeof supportService>[0] }) => {
  if (previous) await supportService(container).updateSupportRequests(previous)
}

/** Staff assign a request, set its priority or status. */
export const updateSupportRequestStep = createStep(
  "update-support-request",
  async (
    input: { id: string; status?: SupportStatus; priority?: SupportPriority; assignee_id?: string | null; now: Date },
    { container }
  ) => {
    const { request } = await accessToRequest(container, input.id, { type: "staff", id: "staff" })
    if (input.assignee_id) {
      const [user] = await container.resolve(Modules.USER).listUsers({ id: input.assignee_id }, { select: ["id"] })
      if (!user) throw new MedusaError(MedusaError.Types.INVALID_DATA, `assignee_id: no staff user ${input.assignee_id}.`)
    }
    const updated = await supportService(container).updateSupportRequests({
      id: request.id,
      ...(input.priority ? { priority: input.priority } : {}),
      ...(input.assignee_id !== undefined ? { assignee_id: input.assignee_id } : {}),
      ...(input.status ? { status: input.status, ...stampsFor(input.status, request as never, new Date(input.now)) } : {}),
    })
    return new StepResponse(updated, previousState(request))
  },
  restoreRequest
)

/** The requester closes their request: finished, nothing more can be written in it. */
export const closeSupportRequestStep = createStep(
  "close-support-request",
  async (input: { id: string; viewer: SupportViewer; now: Date }, { container }) => {
    const { request, role } = await accessToRequest(container, input.id, input.viewer)
    if (role !== "requester") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only the person who opened a request can close it.")
    if (request.status === "closed") return new StepResponse(request)
    const updated = await supportService(container).updateSupportRequests({
      id: request.id,
      status: "closed",
      ...stampsFor("closed", request as never, new Date(input.now)),
    })
    return new StepResponse(updated, previousState(request))
  },
  restoreRequest
)

/**
 * Staff add a practitioner to a request about their own booking or a ticket
 * to an event they host; they then see and answer that request only.
 */
export const addSupportParticipantStep = createStep(
  "add-support-participant",
  async (input: { id: string; practitioner_id: string }, { container }) => {
    const { request } = await accessToRequest(container, input.id, { type: "staff", id: "staff" })
    const involved = request.link_type && request.link_id ? await practitionersOfLink(container, request.link_type, request.link_id) : []
    if (!involved.includes(input.practitioner_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "practitioner_id: only the practitioner of the request's session, or the host of its ticket's event, can be added."
      )
    }
    const service = supportService(container)
    const [existing] = await service.listSupportParticipants({ request_id: request.id, practitioner_id: input.practitioner_id })
    const participant =
      existing ?? (await service.createSupportParticipants({ request_id: request.id, practitioner_id: input.practitioner_id }))
    return new StepResponse(participant)
  }
)
