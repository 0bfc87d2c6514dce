import { Button, Label, Select, Switch, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { SUPPORT_CATEGORIES, SUPPORT_STATUSES } from "../../src/modules/support/values"
import { useStaffUsers } from "../lib/support"
import { CATEGORY_LABELS, LINK_LABELS, STATUS_LABELS, userName } from "../lib/support-display"
import { ME, SupportFilters, UNASSIGNED } from "../lib/support-filters"

const ANY = "any"

/** A labelled select whose first choice, "any", clears the filter. */
const FilterSelect = ({
  id,
  label,
  value,
  disabled,
  onChange,
  children,
}: {
  id: string
  label: string
  value: string | undefined
  disabled?: boolean
  onChange: (value: string | undefined) => void
  children: ReactNode
}) => (
  <div className="flex items-center gap-2">
    <Label htmlFor={id} size="small">
      {label}
    </Label>
    <Select value={value ?? ANY} disabled={disabled} onValueChange={(chosen) => onChange(chosen === ANY ? undefined : chosen)}>
      <Select.Trigger id={id} className="min-w-40" data-testid={id}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>{children}</Select.Content>
    </Select>
  </div>
)

/**
 * The inbox's filters: status, category, assignee and "Overdue only" (requests
 * still waiting on staff past the first-response target, whatever their status
 * filter said); an order's widget adds its record, shown here to clear.
 */
export const SupportFilterBar = ({
  filters,
  onChange,
}: {
  filters: SupportFilters
  onChange: (changes: Partial<SupportFilters>) => void
}) => {
  const users = useStaffUsers().data?.users ?? []
  return (
    <div className="flex flex-wrap items-center gap-4 px-6 py-3" data-testid="support-filters">
      <FilterSelect
        id="support-filter-status"
        label="Status"
        value={filters.status}
        disabled={filters.overdue}
        onChange={(status) => onChange({ status: status as SupportFilters["status"] })}
      >
        <Select.Item value={ANY}>Any status</Select.Item>
        {SUPPORT_STATUSES.map((status) => (
          <Select.Item key={status} value={status}>
            {STATUS_LABELS[status]}
          </Select.Item>
        ))}
      </FilterSelect>
      <FilterSelect
        id="support-filter-category"
        label="Category"
        value={filters.category}
        onChange={(category) => onChange({ category: category as SupportFilters["category"] })}
      >
        <Select.Item value={ANY}>Any category</Select.Item>
        {SUPPORT_CATEGORIES.map((category) => (
          <Select.Item key={category} value={category}>
            {CATEGORY_LABELS[category]}
          </Select.Item>
        ))}
      </FilterSelect>
      <FilterSelect id="support-filter-assignee" label="Assignee" value={filters.assignee} onChange={(assignee) => onChange({ assignee })}>
        <Select.Item value={ANY}>Anyone</Select.Item>
        <Select.Item value={UNASSIGNED}>Unassigned</Select.Item>
        <Select.Item value={ME}>Me</Select.Item>
        {users.map((user) => (
          <Select.Item key={user.id} value={user.id}>
            {userName(user)}
          </Select.Item>
        ))}
      </FilterSelect>
      <div className="flex items-center gap-2">
        <Switch
          id="support-filter-overdue"
          data-testid="support-filter-overdue"
          checked={filters.overdue}
          onCheckedChange={(overdue) => onChange({ overdue })}
        />
        <Label htmlFor="support-filter-overdue" size="small">
          Overdue only
        </Label>
      </div>
      {filters.link_type && (
        <div className="flex items-center gap-1" data-testid="support-link-filter">
          <Text size="small">
            Only {LINK_LABELS[filters.link_type].toLowerCase()} {filters.link_id ? <code>{filters.link_id}</code> : "requests"}
          </Text>
          <Button size="small" variant="transparent" onClick={() => onChange({ link_type: undefined, link_id: undefined })}>
            Clear
          </Button>
        </div>
      )}
    </div>
  )
}
