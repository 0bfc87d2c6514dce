import { PRACTITIONER_STATUSES } from "../../modules/practitioner/values"

export type PractitionerStatus = (typeof PRACTITIONER_STATUSES)[number]
export type StatusAction = "approve" | "reject" | "suspend" | "reinstate"

/** Which staff action moves a practitioner from which statuses to which. */
const TRANSITIONS: Record<StatusAction, { from: PractitionerStatus[]; to: PractitionerStatus; needsReason: boolean }> = {
  approve: { from: ["pending", "rejected"], to: "approved", needsReason: false },
  reject: { from: ["pending"], to: "rejected", needsReason: true },
  suspend: { from: ["approved"], to: "suspended", needsReason: true },
  reinstate: { from: ["suspended"], to: "approved", needsReason: false },
}

export type TransitionResult = { ok: true; to: PractitionerStatus } | { ok: false; message: string }

/** Whether `action` may be applied to a practitioner in status `from`. */
export function statusTransition(action: StatusAction, from: PractitionerStatus, reason?: string | null): TransitionResult {
  const rule = TRANSITIONS[action]
  if (!rule.from.includes(from)) {
    return {
      ok: false,
      message: `Cannot ${action} a practitioner who is ${from}; only ${rule.from.join(" or ")} practitioners can be ${pastTense(action)}.`,
    }
  }
  if (rule.needsReason && !reason?.trim()) {
    return { ok: false, message: `Give a reason to ${action} a practitioner; they will read it.` }
  }
  return { ok: true, to: rule.to }
}

export function pastTense(action: StatusAction) {
  return { approve: "approved", reject: "rejected", suspend: "suspended", reinstate: "reinstated" }[action]
}

/** The staff actions open on a practitioner now, for admin screens. */
export function allowedStaffActions(status: PractitionerStatus, verified: boolean): string[] {
  const transitions = (Object.keys(TRANSITIONS) as StatusAction[]).filter((action) => TRANSITIONS[action].from.includes(status))
  return [...transitions, ...(status === "approved" && !verified ? ["verify"] : [])]
}
