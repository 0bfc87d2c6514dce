import { Badge, Button, Table, Text } from "@medusajs/ui"
import { ACTOR_LABELS, AuditEntry } from "../lib/audit"

/** One entry of the log: when, who, what in words (and the route), which record, and how the request ended. */
export const AuditRow = ({ entry, onOpen }: { entry: AuditEntry; onOpen: () => void }) => (
  <Table.Row data-testid="audit-row" className="cursor-pointer align-top" onClick={onOpen}>
    <Table.Cell className="whitespace-nowrap">{new Date(entry.created_at).toLocaleString()}</Table.Cell>
    <Table.Cell>
      <Text size="small">{entry.actor_name ?? entry.actor_id}</Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {ACTOR_LABELS[entry.actor_type]}
      </Text>
    </Table.Cell>
    <Table.Cell>
      <Text size="small">{entry.summary}</Text>
      <Text size="xsmall" className="text-ui-fg-subtle">
        <code>{entry.action}</code>
      </Text>
    </Table.Cell>
    <Table.Cell>
      {entry.target_type ? (
        <>
          <Text size="small">{entry.target_type}</Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            <code>{entry.target_id}</code>
          </Text>
        </>
      ) : (
        "—"
      )}
    </Table.Cell>
    <Table.Cell>
      <Badge size="2xsmall" color={entry.status_code < 300 ? "green" : "grey"}>
        {entry.status_code}
      </Badge>
    </Table.Cell>
    <Table.Cell>
      <Button
        size="small"
        variant="transparent"
        onClick={(event) => {
          event.stopPropagation()
          onOpen()
        }}
      >
        Details
      </Button>
    </Table.Cell>
  </Table.Row>
)
