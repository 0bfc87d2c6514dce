import { Drawer, Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { Link } from "react-router-dom"
import { ACTOR_LABELS, AuditEntry } from "../lib/audit"
import { auditPageLink, recordPath } from "../lib/audit-filters"
import { AuditFieldChanges } from "./audit-changes"

const link = "text-ui-fg-interactive hover:underline"

/** One audit entry in a side drawer: who, what it changed field by field, what the request asked, and where it came from. */
export const AuditEntryDrawer = ({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) => (
  <Drawer open={!!entry} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content data-testid="audit-entry-detail">
      {entry && (
        <>
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading level="h2">{entry.summary}</Heading>
            </Drawer.Title>
            <Drawer.Description>{new Date(entry.created_at).toLocaleString()}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">{detailRows(entry)}</dl>
            <section className="flex flex-col gap-1">
              <Heading level="h3">Changed fields</Heading>
              {entry.changes?.fields && Object.keys(entry.changes.fields).length ? (
                <AuditFieldChanges lines={entry.field_lines} />
              ) : (
                <Text size="small" className="text-ui-fg-subtle">
                  No field changes recorded.
                </Text>
              )}
            </section>
            {entry.changes?.request && (
              <section className="flex flex-col gap-1">
                <Heading level="h3">Request</Heading>
                <pre className="txt-compact-small bg-ui-bg-subtle overflow-x-auto whitespace-pre-wrap break-all rounded p-2">
                  {JSON.stringify(entry.changes.request, null, 2)}
                </pre>
              </section>
            )}
          </Drawer.Body>
        </>
      )}
    </Drawer.Content>
  </Drawer>
)

function detailRows(entry: AuditEntry) {
  const target = recordPath(entry.target_type, entry.target_id)
  const rows: Array<[string, ReactNode]> = [
    [
      "By",
      <>
        {entry.actor_name ?? entry.actor_id} ({ACTOR_LABELS[entry.actor_type]}) ·{" "}
        <Link to={auditPageLink({ actor_type: entry.actor_type, actor_id: entry.actor_id })} className={link}>
          all their entries
        </Link>
      </>,
    ],
    ["Route", <code>{entry.action}</code>],
    [
      "Record",
      entry.target_type && entry.target_id ? (
        <>
          {entry.target_type}{" "}
          {target ? (
            <Link to={target} className={link}>
              {entry.target_id}
            </Link>
          ) : (
            <code>{entry.target_id}</code>
          )}{" "}
          ·{" "}
          <Link to={auditPageLink({ target_type: entry.target_type, target_id: entry.target_id })} className={link}>
            its history
          </Link>
        </>
      ) : (
        "—"
      ),
    ],
    ["Status", String(entry.status_code)],
    ["Request id", entry.request_id ? <code>{entry.request_id}</code> : "—"],
    ["IP", entry.ip ?? "—"],
    ["Browser", entry.user_agent ?? "—"],
  ]
  return rows.map(([label, value]) => (
    <div key={label} className="contents">
      <dt className="txt-compact-small text-ui-fg-subtle">{label}</dt>
      <dd className="txt-compact-small break-words">{value}</dd>
    </div>
  ))
}
