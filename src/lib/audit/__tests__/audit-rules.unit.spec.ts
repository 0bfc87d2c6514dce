import { memberType, targetOfAnswer, targetOfPath } from "../audit-target"
import { changedFields } from "../changed-fields"
import { REDACTED, redact } from "../redact"
import { auditRetentionDays, retentionCutoff } from "../retention"
import { auditCsvHeader, exportLines, ExportedEntry } from "../audit-export"

const ULID = "01M8YEV6YRC519ACTZ4QC3VFRQ"

describe("what a write was about", () => {
  it.each([
    [`/admin/products/prod_${ULID}`, { type: "product", id: `prod_${ULID}` }],
    [`/admin/products/prod_${ULID}/variants/variant_${ULID}`, { type: "product_variant", id: `variant_${ULID}` }],
    [`/admin/reviews/rev_${ULID}/approve`, { type: "review", id: `rev_${ULID}` }],
    [`/vendor/events/dates/evdt_${ULID}/cancel`, { type: "event_date", id: `evdt_${ULID}` }],
    [`/admin/product-categories/pcat_${ULID}?fields=id`, { type: "product_category", id: `pcat_${ULID}` }],
    [`/admin/customer-groups/cusgroup_${ULID}`, { type: "customer_group", id: `cusgroup_${ULID}` }],
    ["/vendor/me", "self"],
    ["/vendor/me/avatar", "self"],
    ["/admin/products", null],
    ["/admin/reviews/approve", null],
    ["/vendor/schedule/overrides/2026-12-24", null],
  ])("%s", (path, target) => {
    expect(targetOfPath(path)).toEqual(target)
  })

  it("names a collection's members by their type", () => {
    expect([memberType("categories"), memberType("addresses"), memberType("payout-runs"), memberType("tickets")]).toEqual([
      "product_category",
      "customer_address",
      "payout_run",
      "event_ticket",
    ])
  })

  it("finds a created record in an answer shaped as Medusa's are, and nothing in others", () => {
    expect(targetOfAnswer({ customer_group: { id: "cusgroup_1", name: "x" } })).toEqual({ type: "customer_group", id: "cusgroup_1" })
    expect(targetOfAnswer({ id: "x", object: "product", deleted: true })).toBeNull()
    expect(targetOfAnswer([{ product: { id: "prod_1" } }])).toBeNull()
    expect(targetOfAnswer("text")).toBeNull()
  })
})

describe("redaction", () => {
  it("drops secrets by name at any depth and card-like numbers anywhere", () => {
    expect(
      redact({
        email: "a@example.com",
        password: "hunter2",
        nested: { api_key: "sk_live_1", card_number: "4242", ok: 1 },
        note: "card 4242 4242 4242 4242 used",
        list: [{ token: "t" }],
      })
    ).toEqual({
      email: "a@example.com",
      password: REDACTED,
      nested: { api_key: REDACTED, card_number: REDACTED, ok: 1 },
      note: `card ${REDACTED} used`,
      list: [{ token: REDACTED }],
    })
  })

  it("bounds what it keeps: long text, long lists, deep nesting", () => {
    const kept = redact({
      text: "x".repeat(2000),
      list: Array.from({ length: 80 }, (_, i) => i),
      deep: { a: { b: { c: { d: { e: 1 } } } } },
    }) as any
    expect(kept.text).toMatch(/… \(2000 characters\)$/)
    expect(kept.text.length).toBeLessThan(600)
    expect(kept.list).toHaveLength(51)
    expect(kept.list[50]).toBe("… 30 more")
    expect(kept.deep.a.b.c.d).toBe("[nested too deep]")
  })
})

describe("changed fields", () => {
  it("keeps only what differs, with both values, ignoring updated_at", () => {
    expect(
      changedFields(
        { id: "p", title: "Amethyst", status: "draft", updated_at: "1", metadata: { a: 1 } },
        { id: "p", title: "Amethyst", status: "published", updated_at: "2", metadata: { a: 2 } }
      )
    ).toEqual({ status: { before: "draft", after: "published" }, metadata: { before: { a: 1 }, after: { a: 2 } } })
  })

  it("shows a created record's set fields and a removed record's former ones, redacted", () => {
    expect(changedFields(null, { id: "c", email: "a@b.c", password_hash: "h", note: null })).toEqual({
      id: { before: null, after: "c" },
      email: { before: null, after: "a@b.c" },
      password_hash: { before: null, after: REDACTED },
    })
    expect(changedFields({ id: "c", name: "x" }, null)).toEqual({ id: { before: "c", after: null }, name: { before: "x", after: null } })
  })
})

describe("retention", () => {
  it("keeps two years unless AUDIT_RETENTION_DAYS names 30 to 3,650 whole days", () => {
    expect(auditRetentionDays({})).toBe(730)
    expect(auditRetentionDays({ AUDIT_RETENTION_DAYS: "90" })).toBe(90)
    for (const bad of ["7", "99999", "1.5", "forever", ""]) expect(auditRetentionDays({ AUDIT_RETENTION_DAYS: bad })).toBe(730)
    expect(retentionCutoff(new Date("2026-12-31T00:00:00Z"), 30).toISOString()).toBe("2026-12-01T00:00:00.000Z")
  })
})

describe("export", () => {
  const entry: ExportedEntry = {
    id: "aud_1",
    created_at: new Date("2026-12-01T10:00:00Z"),
    actor_type: "user",
    actor_id: "user_1",
    action: "POST /admin/products/:id",
    target_type: "product",
    target_id: "prod_1",
    status_code: 200,
    request_id: null,
    ip: "127.0.0.1",
    user_agent: "=cmd|' /C calc'!A0",
    changes: { fields: { title: { before: "a, b", after: "c" } } },
  }

  it("writes CSV with the changes as JSON in one cell and formulas defused", () => {
    const line = exportLines([entry], "csv")
    expect(auditCsvHeader()).toBe(
      "id,created_at,actor_type,actor_id,action,target_type,target_id,status_code,request_id,ip,user_agent,changes\r\n"
    )
    expect(line).toContain(`,'=cmd|' /C calc'!A0,`)
    expect(line).toContain(`"{""fields"":{""title"":{""before"":""a, b"",""after"":""c""}}}"`)
    expect(line.endsWith("\r\n")).toBe(true)
  })

  it("writes one JSON object per line", () => {
    const [parsed] = exportLines([entry, entry], "jsonl")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(parsed).toMatchObject({ id: "aud_1", action: "POST /admin/products/:id", changes: entry.changes })
  })
})
