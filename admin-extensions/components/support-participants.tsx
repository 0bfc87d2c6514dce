import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { SupportRequestDetail, useAddSupportParticipant } from "../lib/support"

const link = "txt-compact-small text-ui-fg-interactive hover:underline"

/**
 * The practitioners staff added to a request, who then see and answer it;
 * only the practitioner of its session, or the host of its ticket's event,
 * can be added.
 */
export const SupportParticipants = ({ request }: { request: SupportRequestDetail }) => {
  const add = useAddSupportParticipant(request.id)
  const added = request.participants.map((participant) => participant.practitioner_id)
  const addable = request.addable_practitioner_ids.filter((id) => !added.includes(id))
  if (!added.length && !addable.length) return null
  return (
    <Container className="flex flex-col gap-3 px-6 py-4" data-testid="support-participants">
      <Heading level="h2">Practitioners</Heading>
      {request.participants.map((participant) => (
        <Link key={participant.practitioner_id} to={`/practitioners/${participant.practitioner_id}`} className={link}>
          {participant.name ?? participant.practitioner_id}
        </Link>
      ))}
      {addable.map((id) => (
        <div key={id} className="flex flex-wrap items-center justify-between gap-2">
          <Link to={`/practitioners/${id}`} className={link}>
            {id}
          </Link>
          <Button
            size="small"
            variant="secondary"
            isLoading={add.isPending && add.variables === id}
            disabled={add.isPending}
            onClick={() =>
              add.mutate(id, {
                onSuccess: () => toast.success("Practitioner added: they can now read and answer this request"),
                onError: (error) => toast.error(error.message),
              })
            }
            data-testid="support-add-participant"
          >
            Add practitioner
          </Button>
        </div>
      ))}
      {addable.length > 0 && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          An added practitioner reads the public messages and can answer; internal notes stay hidden from them.
        </Text>
      )}
    </Container>
  )
}
