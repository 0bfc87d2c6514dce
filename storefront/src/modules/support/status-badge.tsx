import { statusLabel, statusTone, type SupportRole, type SupportStatus } from "@/lib/util/support"

/** A request's status as a small badge, in the viewer's words. */
export function SupportStatusBadge({ status, role }: { status: SupportStatus; role?: SupportRole }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs ${statusTone(status, role)}`} data-testid="support-status" data-status={status}>
      {statusLabel(status, role)}
    </span>
  )
}
