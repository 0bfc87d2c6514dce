/**
 * Text the database cannot store: Postgres refuses a NUL character in any
 * text value, and a lone UTF-16 surrogate (half of a character) in a JSON
 * column. Neither is ever meaningful, so requests carrying one are refused
 * before they reach a validator or a query.
 */

const NUL_PROBLEM = "contains a NUL character (\\u0000); remove it"
const SURROGATE_PROBLEM = "contains a lone UTF-16 surrogate (half of a character); send well-formed Unicode text"

/** What is wrong with `value` as stored text, or null when it is fine. Linear in its length. */
export function textProblem(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i)
    if (unit === 0) return NUL_PROBLEM
    if (unit < 0xd800 || unit > 0xdfff) continue
    const next = value.charCodeAt(i + 1)
    const paired = unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
    if (!paired) return SURROGATE_PROBLEM
    i++
  }
  return null
}

export type UnsafeText = { field: string; problem: string }

type Visit = { value: unknown; key: string | number | null; parent: Visit | null }

/**
 * The first string (or object key) in a parsed query or body that the
 * database cannot store, named the way a client writes it
 * (`certifications[0].name`), or null. Walks without recursion and builds a
 * name only for what it reports, so any nesting depth costs time linear in
 * the input's size.
 */
export function findUnsafeText(input: unknown, rootName: string): UnsafeText | null {
  const stack: Visit[] = [{ value: input, key: null, parent: null }]
  while (stack.length) {
    const visit = stack.pop()!
    const { value } = visit
    if (typeof value === "string") {
      const problem = textProblem(value)
      if (problem) return { field: fieldName(visit, rootName), problem }
      continue
    }
    if (!value || typeof value !== "object") continue
    const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value)
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]
      if (typeof key === "string") {
        const problem = textProblem(key)
        if (problem) return { field: `${fieldName(visit, rootName)} key ${JSON.stringify(key)}`, problem }
      }
      stack.push({ value: item, key, parent: visit })
    }
  }
  return null
}

/** `q`, `rules[2].start`; the root alone is `rootName` ("body", "query"). */
function fieldName(visit: Visit, rootName: string): string {
  const parts: string[] = []
  for (let at: Visit | null = visit; at?.parent; at = at.parent) {
    parts.push(typeof at.key === "number" ? `[${at.key}]` : `.${at.key}`)
  }
  if (!parts.length) return rootName
  const name = parts.reverse().join("")
  return name.startsWith(".") ? name.slice(1) : `${rootName}${name}`
}
