/**
 * Audit entries in plain words: what a route did ("POST /admin/reviews/:id/approve"
 * → "Approved review") and how a changed value reads. The API gives both with
 * each entry (`summary`, `field_lines`), so the admin's Audit page and the
 * practice portal's History read them the same way.
 */

/** What an entry's `changes` hold: each changed field before and after, and what the request asked. */
export type AuditChanges = {
  fields?: Record<string, { before: unknown; after: unknown }>
  request?: Record<string, unknown>
}

/** One changed field, ready to show: "Display name: Lerato → Lerato Dube". */
export type FieldChangeLine = { field: string; label: string; before: string; after: string }

/** Where a route's path starts; the words after it say what it acts on. */
const SURFACES = new Set(["admin", "vendor", "store"])

/**
 * Words a path's last segment starts with when it names what was done to a
 * record ("/reviews/:id/approve") rather than a part of it ("/practitioners/:id/commission").
 */
const VERBS = new Set([
  "accept",
  "activate",
  "apply",
  "approve",
  "archive",
  "assign",
  "cancel",
  "capture",
  "check",
  "claim",
  "complete",
  "confirm",
  "convert",
  "deactivate",
  "decline",
  "disable",
  "duplicate",
  "enable",
  "export",
  "hide",
  "import",
  "invite",
  "mark",
  "pay",
  "publish",
  "receive",
  "refund",
  "reinstate",
  "reject",
  "release",
  "reopen",
  "reply",
  "report",
  "request",
  "resend",
  "restore",
  "retry",
  "revoke",
  "send",
  "submit",
  "suspend",
  "transfer",
  "unpublish",
  "verify",
])

/** Past tenses the regular rule gets wrong. */
const PAST_EXCEPTIONS: Record<string, string> = {
  cancel: "cancelled",
  hide: "hid",
  pay: "paid",
  reply: "replied to",
  resend: "resent",
  send: "sent",
  submit: "submitted",
  transfer: "transferred",
}

/** Words that belong to the verb before them ("check-in" → "checked in"). */
const PARTICLES = new Set(["in", "out", "up", "off", "back", "down", "over"])

const past = (verb: string) =>
  PAST_EXCEPTIONS[verb] ?? (verb.endsWith("e") ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`)

/** A record in a path: a route parameter (":id"), the signed-in practitioner's "me", or an id itself. */
const isRecord = (segment: string) => segment.startsWith(":") || segment === "me" || /\d/.test(segment)

const wordsOf = (segment: string) => segment.split(/[-_]/).filter(Boolean)

const isPlural = (segment: string) => /[^su]s$/.test(segment)

const singular = (word: string) => {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2)
  return isPlural(word) ? word.slice(0, -1) : word
}

const singularName = (segment: string) => {
  const words = wordsOf(segment)
  return [...words.slice(0, -1), singular(words[words.length - 1])].join(" ")
}

/** The names in a path, "me" being the profile: ["events", "dates", ":id"] → ["events", "dates"]. */
const namesOf = (segments: string[]) => segments.flatMap((segment) => (segment === "me" ? ["profile"] : isRecord(segment) ? [] : [segment]))

/** The kind of record a path ends at, from its last two names: "products/:id/variants/:id" → "product variant". */
const kindOf = (segments: string[]) => namesOf(segments).slice(-2).map(singularName).join(" ")

/** What a path acts on as a whole: a record's kind, or a collection ("reviews") as it is named. */
const subjectOf = (segments: string[]) => {
  const last = segments[segments.length - 1]
  if (last === undefined || isRecord(last)) return kindOf(segments)
  const names = namesOf(segments).slice(-2)
  return [...names.slice(0, -1).map(singularName), wordsOf(last).join(" ")].join(" ")
}

const sentence = (...parts: string[]) => {
  const text = parts.filter(Boolean).join(" ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * A route in plain words, from its method and its path's last segment:
 * a record updated or deleted ("POST /admin/products/:id" → "Updated product"),
 * one created in a collection ("POST /admin/customer-groups" → "Created customer group"),
 * an action on a record or on many ("…/reviews/:id/approve" → "Approved review",
 * "…/reviews/approve" → "Approved reviews"), or a part of a record changed
 * ("…/practitioners/:id/commission" → "Changed practitioner commission").
 * Anything that is not "METHOD /path" is returned as it is.
 */
export function describeAction(action: string): string {
  const match = /^([A-Z]+) (\/\S*)$/.exec(action.trim())
  if (!match) return action
  const [, method, path] = match
  const segments = path.split("?")[0].split("/").filter(Boolean)
  if (SURFACES.has(segments[0])) segments.shift()
  const last = segments[segments.length - 1]
  if (last === undefined) return action
  const removing = method === "DELETE"
  const rest = segments.slice(0, -1)
  const parent = rest[rest.length - 1]

  if (isRecord(last)) return sentence(removing ? "deleted" : "updated", kindOf(segments))
  if (last === "batch") return sentence("changed", subjectOf(rest), "in bulk")
  const [first, ...others] = wordsOf(last)
  if (first === "no") return sentence("marked", subjectOf(rest), "as", last)
  if (VERBS.has(first)) {
    const particle = PARTICLES.has(others[0]) ? others.shift() : undefined
    return sentence(past(first), particle ?? "", subjectOf(rest), ...others)
  }
  if (isPlural(last) && (parent === undefined || isRecord(parent))) return sentence(removing ? "deleted" : "created", kindOf(segments))
  // A part of a record, or of a singular resource ("schedule"); a plural parent that is not a record ("earnings") says nothing more.
  const owner = parent === undefined ? "" : isRecord(parent) ? kindOf(rest) : isPlural(parent) ? "" : wordsOf(parent).join(" ")
  const part = wordsOf(last).join(" ")
  const verb = removing ? "removed" : "changed"
  return last.endsWith("ly") && owner ? sentence(verb, part, owner) : sentence(verb, owner, part)
}

/** A field's name for people: "display_name" → "Display name". */
export function fieldLabel(name: string): string {
  const words = name.replace(/[_-]+/g, " ").trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A value before or after a change: "—" for none, "yes"/"no", text as it is, anything else as JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return "—"
  if (typeof value === "boolean") return value ? "yes" : "no"
  if (typeof value === "string") return value === "" ? "(empty)" : value
  if (typeof value === "number" || typeof value === "bigint") return String(value)
  return JSON.stringify(value)
}

/** The changed fields of an entry, one line each, in the order the backend gave them. */
export function fieldChangeLines(changes: AuditChanges | null | undefined): FieldChangeLine[] {
  return Object.entries(changes?.fields ?? {}).map(([field, change]) => ({
    field,
    label: fieldLabel(field),
    before: showValue(change?.before),
    after: showValue(change?.after),
  }))
}
