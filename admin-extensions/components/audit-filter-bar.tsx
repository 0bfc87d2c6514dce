import { Button, Input, Label, Select } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { AUDIT_ACTORS } from "../../src/modules/audit/values"
import { ACTOR_LABELS, AuditActor } from "../lib/audit"
import type { AuditFilters } from "../lib/audit-filters"

const ANY = "any"

const TEXT_FIELDS: Array<{ name: "actor_id" | "target_type" | "target_id" | "action"; label: string; placeholder: string }> = [
  { name: "actor_id", label: "Actor id", placeholder: "user_… or prac_…" },
  { name: "target_type", label: "Record type", placeholder: "product, order, practitioner…" },
  { name: "target_id", label: "Record id", placeholder: "prod_…" },
  { name: "action", label: "Route", placeholder: "POST /admin/products/:id" },
]

/**
 * The Audit page's filters: who (type and id), which record, which route, and
 * which days. Typed filters apply together on "Apply", so the list is not
 * asked for at every keystroke.
 */
export const AuditFilterBar = ({ filters, onApply }: { filters: AuditFilters; onApply: (filters: AuditFilters) => void }) => {
  const [draft, setDraft] = useState(filters)
  const set = (changes: Partial<AuditFilters>) => setDraft({ ...draft, ...changes })
  const apply = (event: FormEvent) => {
    event.preventDefault()
    onApply(draft)
  }
  return (
    <form onSubmit={apply} className="flex flex-wrap items-end gap-3 px-6 py-3" aria-label="Filter the audit log">
      <div className="flex flex-col gap-1">
        <Label htmlFor="audit-actor-type" size="small">
          Actor
        </Label>
        <Select
          value={draft.actor_type ?? ANY}
          onValueChange={(value) => set({ actor_type: value === ANY ? undefined : (value as AuditActor) })}
        >
          <Select.Trigger id="audit-actor-type" className="min-w-36">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ANY}>Anyone</Select.Item>
            {AUDIT_ACTORS.map((actor) => (
              <Select.Item key={actor} value={actor}>
                {ACTOR_LABELS[actor]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {TEXT_FIELDS.map((field) => (
        <div key={field.name} className="flex flex-col gap-1">
          <Label htmlFor={`audit-${field.name}`} size="small">
            {field.label}
          </Label>
          <Input
            id={`audit-${field.name}`}
            size="small"
            placeholder={field.placeholder}
            value={draft[field.name] ?? ""}
            onChange={(event) => set({ [field.name]: event.target.value })}
          />
        </div>
      ))}
      {(["from", "to"] as const).map((name) => (
        <div key={name} className="flex flex-col gap-1">
          <Label htmlFor={`audit-${name}`} size="small">
            {name === "from" ? "From day" : "To day (included)"}
          </Label>
          <Input
            id={`audit-${name}`}
            type="date"
            size="small"
            value={draft[name] ?? ""}
            onChange={(event) => set({ [name]: event.target.value || undefined })}
          />
        </div>
      ))}
      <div className="flex gap-2">
        <Button type="submit" size="small">
          Apply
        </Button>
        <Button type="button" size="small" variant="secondary" onClick={() => onApply({})}>
          Clear
        </Button>
      </div>
    </form>
  )
}
