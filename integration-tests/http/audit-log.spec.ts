import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import type PractitionerModuleService from "../../src/modules/practitioner/service"
import pruneAuditEntriesJob from "../../src/jobs/prune-audit-entries"
import { demoAdminLogin } from "../../src/scripts/seed/seed-marker"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { ActorHeaders, callWith, signInActors } from "../helpers/request-actors"

jest.setTimeout(240_000)

const DAY = 86_400_000
type Headers = Record<string, string>

/**
 * The audit log: one entry per write by staff or a practitioner, with the
 * fields that changed and never a secret; entries the database itself
 * refuses to change; the staff list and export; a practitioner's history;
 * and retention.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let actors: ActorHeaders
    let nomvulaId: string
    let staffId: string
    let products: Array<{ id: string }>
    const staffEmail = demoAdminLogin().email

    const call = (headers: Headers) => callWith(api, headers)
    const audit = () => getContainer().resolve<AuditModuleService>(AUDIT_MODULE)
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const entriesFor = (action: string) => audit().listAuditEntries({ action }, { order: { created_at: "ASC" } })

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
      actors = await signInActors(api, store, "audit-shopper@example.com")
      const [nomvula] = await getContainer()
        .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
        .listPractitioners({ handle: "nomvula-dlamini" })
      nomvulaId = nomvula.id
      staffId = (await call(actors.staff).get("/admin/users/me")).data.user.id
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      products = (await query.graph({ entity: "product", fields: ["id"], pagination: { take: 2, order: { handle: "ASC" } } })).data
    })

    it("records a staff write through Medusa's own admin route: who, which route, the record, the fields that changed, and where from", async () => {
      const product = products[0]
      const original = (await call(actors.staff).get(`/admin/products/${product.id}`)).data.product.subtitle
      const changed = await call(actors.staff).post(
        `/admin/products/${product.id}`,
        { subtitle: "Hand-picked" },
        { "user-agent": "audit-test/1.0", "x-request-id": "req-audit-1" }
      )
      expect(changed.status).toBe(200)
      const [entry] = await entriesFor("POST /admin/products/:id")
      expect(entry).toMatchObject({
        actor_type: "user",
        actor_id: staffId,
        target_type: "product",
        target_id: product.id,
        status_code: 200,
        request_id: "req-audit-1",
        user_agent: "audit-test/1.0",
      })
      expect(entry.ip).toBeTruthy()
      expect(entry.changes).toEqual({
        fields: { subtitle: { before: original, after: "Hand-picked" } },
        request: { subtitle: "Hand-picked" },
      })
    })

    it("records a practitioner's write with them as the actor and their profile as the target", async () => {
      expect((await call(actors.practitioner).post("/vendor/me", { bio: "Twenty years of reiki." })).status).toBe(200)
      const [entry] = await entriesFor("POST /vendor/me")
      expect(entry).toMatchObject({ actor_type: "practitioner", actor_id: nomvulaId, target_type: "practitioner", target_id: nomvulaId })
      expect((entry.changes as any).fields.bio.after).toBe("Twenty years of reiki.")
    })

    it("records what a route created, found in its answer, and what a delete removed", async () => {
      const created = await call(actors.staff).post("/admin/customer-groups", { name: "Full-moon regulars" })
      expect(created.status).toBe(200)
      const groupId = created.data.customer_group.id
      const [createdEntry] = await entriesFor("POST /admin/customer-groups")
      expect(createdEntry).toMatchObject({ target_type: "customer_group", target_id: groupId })
      expect((createdEntry.changes as any).fields.name).toEqual({ before: null, after: "Full-moon regulars" })

      expect((await api.delete(`/admin/customer-groups/${groupId}`, { headers: actors.staff })).status).toBe(200)
      const [removed] = await entriesFor("DELETE /admin/customer-groups/:id")
      expect(removed).toMatchObject({ target_type: "customer_group", target_id: groupId })
      expect((removed.changes as any).fields.name).toEqual({ before: "Full-moon regulars", after: null })
    })

    it("never keeps a password, a token or a card number, in the request or in the record", async () => {
      const card = "4242 4242 4242 4242"
      const created = await call(actors.staff).post("/admin/customers", {
        email: "audit-secrets@example.com",
        first_name: "Palesa",
        metadata: { password: "hunter2-secret", api_token: "tok_live_secret", note: `paid with ${card}` },
      })
      expect(created.status).toBe(200)
      const [entry] = await entriesFor("POST /admin/customers")
      const stored = JSON.stringify(entry.changes)
      expect(stored).toContain("Palesa")
      for (const secret of ["hunter2-secret", "tok_live_secret", "4242"]) expect(stored).not.toContain(secret)
    })

    it("records nothing for a refused write, a read, or a shopper's own writes", async () => {
      const before = await audit().listAuditEntries({}, { take: null })
      expect((await call(actors.staff).post(`/admin/products/${products[0].id}`, { status: "not-a-status" })).status).toBe(400)
      expect((await call(actors.anonymous).post(`/admin/products/${products[0].id}`, { subtitle: "x" })).status).toBe(401)
      expect((await call(actors.staff).get("/admin/products")).status).toBe(200)
      expect((await call(actors.customer).post("/store/customers/me", { first_name: "Lerato" })).status).toBe(200)
      expect(await audit().listAuditEntries({}, { take: null })).toEqual(before)
    })

    it("cannot be changed or removed: the database refuses UPDATE and DELETE, and the service's own update and delete", async () => {
      await call(actors.staff).post(`/admin/products/${products[0].id}`, { subtitle: "Once" })
      const [entry] = await entriesFor("POST /admin/products/:id")
      await expect(knex().raw("update audit_entry set action = 'nothing happened' where id = ?", [entry.id])).rejects.toThrow(
        /cannot be changed or removed \(UPDATE refused\)/
      )
      await expect(knex().raw("delete from audit_entry where id = ?", [entry.id])).rejects.toThrow(/DELETE refused/)
      await expect(audit().softDeleteAuditEntries([entry.id])).rejects.toThrow(/refused/)
      await expect(audit().updateAuditEntries({ id: entry.id, action: "x" })).rejects.toThrow(/refused/)
      await expect(audit().deleteAuditEntries([entry.id])).rejects.toThrow(/refused/)
      expect(await audit().retrieveAuditEntry(entry.id)).toMatchObject({ action: "POST /admin/products/:id", deleted_at: null })
    })

    it("keeps entries for the retention time: the nightly job removes only older ones", async () => {
      const now = Date.now()
      const at = (daysAgo: number) => new Date(now - daysAgo * DAY)
      const old = ["aud_old_1", "aud_old_2", "aud_old_3"]
      for (const [index, id] of [...old, "aud_recent_1"].entries()) {
        await knex().raw(
          `insert into audit_entry (id, actor_type, actor_id, action, status_code, created_at, updated_at)
           values (?, 'user', ?, 'POST /admin/products/:id', 200, ?, ?)`,
          [id, staffId, index < 3 ? at(800 + index) : at(100), index < 3 ? at(800 + index) : at(100)]
        )
      }
      await pruneAuditEntriesJob(getContainer())
      const left = (await audit().listAuditEntries({ id: [...old, "aud_recent_1"] })).map((e) => e.id)
      expect(left).toEqual(["aud_recent_1"])
      // Outside the pruning transaction the same delete is refused.
      await expect(knex().raw("delete from audit_entry where id = 'aud_recent_1'")).rejects.toThrow(/DELETE refused/)
    })

    it("lists entries for staff newest first, narrowed by actor, target, action and time, a page at a time", async () => {
      const product = products[1]
      for (const subtitle of ["One", "Two", "Three"]) {
        await call(actors.staff).post(`/admin/products/${product.id}`, { subtitle })
      }
      await call(actors.practitioner).post("/vendor/me", { bio: "Another bio" })
      const staff = call(actors.staff)
      const first = await staff.get(`/admin/audit-entries?target_type=product&target_id=${product.id}&limit=2`)
      expect(first.status).toBe(200)
      expect(first.data.audit_entries.map((e: any) => e.changes.fields.subtitle.after)).toEqual(["Three", "Two"])
      expect(first.data.audit_entries[0]).toMatchObject({
        actor_name: staffEmail,
        actor_type: "user",
        summary: "Updated product",
        field_lines: [{ field: "subtitle", label: "Subtitle", before: "Two", after: "Three" }],
      })
      const second = await staff.get(
        `/admin/audit-entries?target_type=product&target_id=${product.id}&limit=2&cursor=${first.data.next_cursor}`
      )
      expect(second.data.audit_entries.map((e: any) => e.changes.fields.subtitle.after)).toEqual(["One"])
      expect(second.data.next_cursor).toBeNull()

      const byPractitioner = await staff.get(`/admin/audit-entries?actor_type=practitioner&actor_id=${nomvulaId}`)
      expect(byPractitioner.data.audit_entries).toEqual([
        expect.objectContaining({ action: "POST /vendor/me", actor_name: "Nomvula Dlamini" }),
      ])
      const future = new Date(Date.now() + DAY).toISOString()
      expect((await staff.get(`/admin/audit-entries?from=${future}`)).data.audit_entries).toEqual([])

      for (const [query, message] of [
        ["cursor=bm90LWEtY3Vyc29y", /cursor is not one this list gave/],
        ["limit=1000", /limit/],
        ["actor_type=robot", /user, api-key.*practitioner.*actor_type|actor_type.*user, api-key/],
        ["from=0000-01-01T00:00:00Z", /from must be a date-time between 2000 and 2100/],
        ["from=2026-05-01T00:00:00Z&to=2026-04-01T00:00:00Z", /from must be before to/],
        ["unknown=1", /unknown/i],
      ] as const) {
        const refused = await staff.get(`/admin/audit-entries?${query}`)
        expect([query, refused.status, refused.data.message]).toEqual([query, 400, expect.stringMatching(message)])
      }
    })

    it("exports a time range as CSV or JSON lines, and refuses a range longer than a year", async () => {
      await call(actors.staff).post(`/admin/products/${products[0].id}`, { subtitle: "Exported, with a comma" })
      const from = new Date(Date.now() - DAY).toISOString()
      const to = new Date(Date.now() + DAY).toISOString()
      const staff = call(actors.staff)
      const csv = await staff.get(`/admin/audit-entries/export?format=csv&from=${from}&to=${to}`)
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(csv.headers["content-disposition"]).toMatch(/attachment; filename="audit-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"/)
      const lines = (csv.data as string).trim().split("\r\n")
      expect(lines[0]).toBe("id,created_at,actor_type,actor_id,action,target_type,target_id,status_code,request_id,ip,user_agent,changes")
      expect(lines.some((line) => line.includes("Exported, with a comma") && line.includes("POST /admin/products/:id"))).toBe(true)

      const jsonl = await api.get(`/admin/audit-entries/export?format=jsonl&from=${from}&to=${to}&action=POST%20/admin/products/:id`, {
        headers: actors.staff,
        transformResponse: (body) => body,
      })
      const rows = (jsonl.data as string)
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line))
      expect(rows).toEqual([expect.objectContaining({ action: "POST /admin/products/:id", actor_id: staffId })])

      const tooLong = await staff.get(`/admin/audit-entries/export?from=2025-01-01T00:00:00Z&to=2026-06-01T00:00:00Z`)
      expect([tooLong.status, tooLong.data.message]).toEqual([400, expect.stringMatching(/at most 366 days/)])
      expect((await staff.get(`/admin/audit-entries/export?to=${to}`)).status).toBe(400)
    })

    it("shows a practitioner their own writes and staff decisions about them, and nothing of anyone else or of staff", async () => {
      await call(actors.practitioner).post("/vendor/me", { bio: "My own change" })
      await call(actors.staff).post(`/admin/practitioners/${nomvulaId}/verify`, {})
      await call(actors.staff).post(`/admin/products/${products[0].id}`, { subtitle: "Not about Nomvula" })
      const history = await call(actors.practitioner).get("/vendor/history")
      expect(history.status).toBe(200)
      const seen = history.data.history.map((e: any) => [e.by, e.action])
      expect(seen).toContainEqual(["you", "POST /vendor/me"])
      expect(seen).toContainEqual(["staff", "POST /admin/practitioners/:id/verify"])
      expect(seen).not.toContainEqual(["staff", "POST /admin/products/:id"])
      const verified = history.data.history.find((e: any) => e.action === "POST /admin/practitioners/:id/verify")
      expect(verified).toMatchObject({
        summary: "Verified practitioner",
        changes: { fields: { verified_at: expect.anything() } },
      })
      expect(verified.changes.request).toBeUndefined()
      const text = JSON.stringify(history.data)
      for (const hidden of [staffId, staffEmail, "verified_by", "user_agent", '"ip"']) expect(text).not.toContain(hidden)
    })
  },
})
