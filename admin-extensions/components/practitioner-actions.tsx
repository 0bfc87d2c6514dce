import { Button, toast } from "@medusajs/ui"
import { AdminPractitioner, PractitionerAction, usePractitionerAction } from "../lib/practitioners"

const NEEDS_REASON: PractitionerAction[] = ["reject", "suspend"]

/** The staff actions the backend allows for this practitioner, as buttons. */
export const PractitionerActions = ({ practitioner }: { practitioner: AdminPractitioner }) => {
  const act = usePractitionerAction()

  const run = (action: PractitionerAction) => {
    const reason = NEEDS_REASON.includes(action)
      ? window.prompt(`Why ${action} ${practitioner.display_name}? They will read this.`)?.trim()
      : undefined
    if (NEEDS_REASON.includes(action) && !reason) return
    act.mutate(
      { id: practitioner.id, action, reason },
      {
        onSuccess: () => toast.success(`${practitioner.display_name}: ${action} done`),
        onError: (e) => toast.error((e as Error).message),
      }
    )
  }

  return (
    <div className="flex flex-wrap gap-1">
      {practitioner.allowed_actions.map((action) => (
        <Button key={action} size="small" variant="secondary" isLoading={act.isPending} onClick={() => run(action)}>
          {action[0].toUpperCase() + action.slice(1)}
        </Button>
      ))}
    </div>
  )
}
