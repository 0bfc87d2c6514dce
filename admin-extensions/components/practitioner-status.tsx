import { Badge } from "@medusajs/ui"
import { AdminPractitioner } from "../lib/practitioners"

export const STATUS_COLOR = { pending: "orange", approved: "green", rejected: "red", suspended: "grey" } as const

export const StatusBadge = ({ status }: { status: AdminPractitioner["status"] }) => (
  <Badge size="2xsmall" color={STATUS_COLOR[status]}>
    {status}
  </Badge>
)
