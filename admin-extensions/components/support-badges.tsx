import { Badge } from "@medusajs/ui"
import { PRIORITY_LABELS, STATUS_LABELS } from "../lib/support-display"
import type { SupportPriority, SupportStatus } from "../lib/support"

const STATUS_COLOR = {
  open: "orange",
  waiting_on_staff: "orange",
  waiting_on_customer: "blue",
  resolved: "green",
  closed: "grey",
} as const satisfies Record<SupportStatus, string>

const PRIORITY_COLOR = { low: "grey", normal: "grey", high: "orange", urgent: "red" } as const satisfies Record<SupportPriority, string>

export const SupportStatusBadge = ({ status }: { status: SupportStatus }) => (
  <Badge size="2xsmall" color={STATUS_COLOR[status]} data-testid="support-status">
    {STATUS_LABELS[status]}
  </Badge>
)

export const SupportPriorityBadge = ({ priority }: { priority: SupportPriority }) => (
  <Badge size="2xsmall" color={PRIORITY_COLOR[priority]}>
    {PRIORITY_LABELS[priority]}
  </Badge>
)

/** Unanswered past the first-response target. */
export const OverdueBadge = ({ overdue }: { overdue: boolean }) =>
  overdue ? (
    <Badge size="2xsmall" color="red" data-testid="support-overdue">
      Overdue
    </Badge>
  ) : null
