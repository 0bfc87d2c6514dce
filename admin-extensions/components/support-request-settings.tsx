import { Button, Container, Heading, Label, Select, toast } from "@medusajs/ui"
import type { ReactNode } from "react"
import { SUPPORT_PRIORITIES, SUPPORT_STATUSES } from "../../src/modules/support/values"
import { StaffUser, SupportRequestChanges, SupportRequestRow, useCurrentUser, useStaffUsers, useUpdateSupportRequest } from "../lib/support"
import { PRIORITY_LABELS, STATUS_LABELS, userName } from "../lib/support-display"

const NOBODY = "none"

const Setting = ({ id, label, children }: { id: string; label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-1">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
  </div>
)

/** Where a request stands and who has it: status, priority and assignee, each saved as soon as it is chosen. */
export const SupportRequestSettings = ({ request }: { request: SupportRequestRow }) => {
  const update = useUpdateSupportRequest(request.id)
  const users = useStaffUsers().data?.users ?? []
  const me = useCurrentUser().data?.user
  const save = (changes: SupportRequestChanges, done: string) =>
    update.mutate(changes, { onSuccess: () => toast.success(done), onError: (error) => toast.error(error.message) })
  // Someone assigned who is not among the staff listed (removed since, or beyond the first page) still shows.
  const assigneeListed = !request.assignee_id || users.some((user) => user.id === request.assignee_id)
  return (
    <Container className="flex flex-col gap-4 px-6 py-4" data-testid="support-settings">
      <Heading level="h2">Handling</Heading>
      <Setting id="support-status" label="Status">
        <Select
          value={request.status}
          disabled={update.isPending}
          onValueChange={(status) => save({ status: status as SupportRequestRow["status"] }, "Status changed")}
        >
          <Select.Trigger id="support-status" data-testid="support-status-select">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {SUPPORT_STATUSES.map((status) => (
              <Select.Item key={status} value={status}>
                {STATUS_LABELS[status]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Setting>
      <Setting id="support-priority" label="Priority">
        <Select
          value={request.priority}
          disabled={update.isPending}
          onValueChange={(priority) => save({ priority: priority as SupportRequestRow["priority"] }, "Priority changed")}
        >
          <Select.Trigger id="support-priority" data-testid="support-priority-select">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {SUPPORT_PRIORITIES.map((priority) => (
              <Select.Item key={priority} value={priority}>
                {PRIORITY_LABELS[priority]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Setting>
      <Setting id="support-assignee" label="Assignee">
        <Select
          value={request.assignee_id ?? NOBODY}
          disabled={update.isPending}
          onValueChange={(id) =>
            save({ assignee_id: id === NOBODY ? null : id }, id === NOBODY ? "Unassigned" : `Assigned to ${nameIn(users, id)}`)
          }
        >
          <Select.Trigger id="support-assignee" data-testid="support-assignee-select">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NOBODY}>Unassigned</Select.Item>
            {!assigneeListed && <Select.Item value={request.assignee_id!}>{request.assignee_id}</Select.Item>}
            {users.map((user) => (
              <Select.Item key={user.id} value={user.id}>
                {userName(user)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {me && request.assignee_id !== me.id && (
          <Button
            size="small"
            variant="secondary"
            className="self-start"
            disabled={update.isPending}
            onClick={() => save({ assignee_id: me.id }, "Assigned to you")}
            data-testid="support-assign-me"
          >
            Assign to me
          </Button>
        )}
      </Setting>
    </Container>
  )
}

const nameIn = (users: StaffUser[], id: string) => {
  const user = users.find((candidate) => candidate.id === id)
  return user ? userName(user) : id
}
