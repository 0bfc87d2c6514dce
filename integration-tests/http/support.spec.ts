import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../src/modules/booking"
import type BookingModuleService from "../../src/modules/booking/service"
import { PAYOUT_MODULE } from "../../src/modules/payout"
import type PayoutModuleService from "../../src/modules/payout/service"
import { remindSupportRequestsWorkflow } from "../../src/workflows/support/workflows/remind-support-requests"
import { clearUnsentAttachmentsWorkflow } from "../../src/workflows/support/workflows/clear-unsent-attachments"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type SupportModuleService from "../../src/modules/support/service"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { demoPractitionerToken } from "../helpers/practitioner-login"
import { ActorHeaders, callWith, signInActors } from "../helpers/request-actors"
import { createConfirmedBooking, sessionVariant } from "../helpers/sessions"

jest.setTimeout(240_000)

const HOUR = 3_600_000
type Headers = Record<string, string>

/** The smallest PNG there is: a 1×1 pixel. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")

/**
 * The support desk: requests about one's own purchases only, threads whose
 * internal notes only staff read, practitioners who see only what they were
 * added to, attachments checked by their bytes, the inbox, emails on answers
 * and reminders.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let actors: ActorHeaders
    let other: Headers
    let shopperId: string
    let otherId: string
    let thabo: Headers
    let staffId: string

    const call = (headers: Headers) => callWith(api, headers)
    const notifications = () => getContainer().resolve(Modules.NOTIFICATION)
    /** The shopper's request about their account, by id. */
    const accountRequest = async (subject: string, body: string) =>
      (await call(actors.customer).post("/store/support-requests", { subject, category: "account", body })).data.support_request
        .id as string
    const orderOf = async (customerId: string) =>
      getContainer().resolve(Modules.ORDER).createOrders({
        customer_id: customerId,
        email: "x@example.com",
        currency_code: "zar",
        region_id: store.regions["South Africa"].id,
      })
    const upload = (headers: Headers, bytes: Buffer, name: string, path = "/store/support-attachments") => {
      const form = new FormData()
      form.append("file", new Blob([new Uint8Array(bytes)]), name)
      return api.post(path, form, { headers, validateStatus: () => true })
    }

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
      actors = await signInActors(api, store, "help-seeker@example.com")
      other = (await signInActors(api, store, "someone-else@example.com")).customer
      shopperId = (await call(actors.customer).get("/store/customers/me")).data.customer.id
      otherId = (await call(other).get("/store/customers/me")).data.customer.id
      thabo = { ...actors.anonymous, authorization: `Bearer ${await demoPractitionerToken(api, "thabo@avenrae.test")}` }
      staffId = (await call(actors.staff).get("/admin/users/me")).data.user.id
    })

    it("opens a request about the shopper's own order, and refuses someone else's order, a payout and a link the category does not take", async () => {
      const mine = await orderOf(shopperId)
      const theirs = await orderOf(otherId)
      const shopper = call(actors.customer)
      const opened = await shopper.post("/store/support-requests", {
        subject: "Where is my amethyst?",
        category: "order",
        link_id: mine.id,
        body: "It has been ten days.",
      })
      expect(opened.status).toBe(201)
      expect(opened.data.support_request).toMatchObject({
        status: "open",
        link_type: "order",
        link_id: mine.id,
        messages: [{ body: "It has been ten days." }],
      })
      expect(opened.data.support_request.priority).toBeUndefined()

      const before = await shopper.get("/store/support-requests")
      for (const [body, status, message] of [
        [{ category: "order", link_id: theirs.id }, 404, /No order .* of yours/],
        [{ category: "payout", link_id: "po_01ABCDEFGHJKMNPQRSTVWXYZ01" }, 404, /No payout .* of yours/],
        [{ category: "account", link_id: mine.id }, 400, /names no record; leave it out/],
        [{ category: "wizardry" }, 400, /category/],
      ] as const) {
        const refused = await shopper.post("/store/support-requests", { subject: "Help", body: "Please", ...body })
        expect([refused.status, refused.data.message]).toEqual([status, expect.stringMatching(message)])
      }
      expect((await shopper.get("/store/support-requests")).data.count).toBe(before.data.count)
      expect((await call(other).get(`/store/support-requests/${opened.data.support_request.id}`)).status).toBe(404)
    })

    it("keeps staff's internal notes from the requester, emails them the answer with a link back, and tracks the wait", async () => {
      const shopper = call(actors.customer)
      const staff = call(actors.staff)
      const id = await accountRequest("Double charge", "I paid twice.")
      expect(
        (await staff.post(`/admin/support-requests/${id}/messages`, { body: "Checked Stripe: one refund due.", internal: true })).status
      ).toBe(201)
      expect((await staff.get(`/admin/support-requests/${id}`)).data.support_request).toMatchObject({
        status: "open",
        first_response_at: null,
      })
      expect((await notifications().listNotifications({ template: "support-reply" })).length).toBe(0)

      const answered = await staff.post(`/admin/support-requests/${id}/messages`, { body: "We have refunded the second payment." })
      expect(answered.status).toBe(201)
      const seenByStaff = (await staff.get(`/admin/support-requests/${id}`)).data.support_request
      expect(seenByStaff).toMatchObject({ status: "waiting_on_customer", first_response_minutes: 0 })
      expect(seenByStaff.messages.map((m: any) => [m.internal, m.author.type])).toEqual([
        [false, "customer"],
        [true, "staff"],
        [false, "staff"],
      ])

      const seen = await shopper.get(`/store/support-requests/${id}`)
      expect(seen.data.support_request.messages.map((m: any) => [m.author.name, m.body])).toEqual([
        ["Lerato", "I paid twice."],
        ["Avenrae support", "We have refunded the second payment."],
      ])
      expect(JSON.stringify(seen.data)).not.toContain("Checked Stripe")
      expect(JSON.stringify(seen.data)).not.toContain(staffId)
      const [mail] = await notifications().listNotifications({ template: "support-reply" })
      expect(mail).toMatchObject({
        to: "help-seeker@example.com",
        data: { from: "Avenrae support", link: expect.stringContaining(`/account/support/${id}`) },
      })

      // The shopper cannot write a note, and their reply puts it back on staff.
      expect((await shopper.post(`/store/support-requests/${id}/messages`, { body: "Thanks", internal: true })).status).toBe(400)
      expect((await shopper.post(`/store/support-requests/${id}/messages`, { body: "Thanks, one more question" })).status).toBe(201)
      expect((await staff.get(`/admin/support-requests/${id}`)).data.support_request).toMatchObject({
        status: "waiting_on_staff",
        waiting_since: expect.any(String),
      })

      // Closed: no more replies from the shopper.
      expect((await shopper.post(`/store/support-requests/${id}/close`, {})).data.support_request.status).toBe("closed")
      const late = await shopper.post(`/store/support-requests/${id}/messages`, { body: "Hello?" })
      expect([late.status, late.data.message]).toEqual([400, expect.stringMatching(/closed/)])
    })

    it("shows a practitioner only the requests they opened or were added to, and lets staff add only the session's practitioner", async () => {
      const session = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const booking = await createConfirmedBooking(getContainer(), session, new Date(Date.now() + 72 * HOUR))
      await getContainer().resolve<BookingModuleService>(BOOKING_MODULE).updateBookings({ id: booking.id, customer_id: shopperId })
      const shopper = call(actors.customer)
      const staff = call(actors.staff)
      const nomvula = call(actors.practitioner)
      const opened = await shopper.post("/store/support-requests", {
        subject: "Can we move my reading?",
        category: "session",
        link_id: booking.id,
        body: "Something came up.",
      })
      expect(opened.status).toBe(201)
      const id = opened.data.support_request.id
      expect((await nomvula.get(`/vendor/support-requests/${id}`)).status).toBe(404)

      const thaboId = (await call(thabo).get("/vendor/me")).data.practitioner.id
      const wrong = await staff.post(`/admin/support-requests/${id}/participants`, { practitioner_id: thaboId })
      expect([wrong.status, wrong.data.message]).toEqual([400, expect.stringMatching(/only the practitioner of the request's session/)])
      expect((await staff.get(`/admin/support-requests/${id}`)).data.support_request.addable_practitioner_ids).toEqual([
        session.practitionerId,
      ])
      expect((await staff.post(`/admin/support-requests/${id}/participants`, { practitioner_id: session.practitionerId })).status).toBe(200)
      await staff.post(`/admin/support-requests/${id}/messages`, { body: "Nomvula is checking her diary.", internal: true })

      const seen = await nomvula.get(`/vendor/support-requests/${id}`)
      expect(seen.status).toBe(200)
      expect(seen.data.support_request.your_role).toBe("participant")
      expect(JSON.stringify(seen.data)).not.toContain("checking her diary")
      expect((await nomvula.get("/vendor/support-requests")).data.support_requests.map((r: any) => r.id)).toEqual([id])
      expect((await call(thabo).get(`/vendor/support-requests/${id}`)).status).toBe(404)
      expect((await call(thabo).get("/vendor/support-requests")).data.support_requests).toEqual([])

      expect((await nomvula.post(`/vendor/support-requests/${id}/messages`, { body: "Thursday at ten works." })).status).toBe(201)
      const mails = await notifications().listNotifications({ template: "support-reply" })
      expect(mails).toContainEqual(
        expect.objectContaining({ to: "help-seeker@example.com", data: expect.objectContaining({ from: "Nomvula Dlamini" }) })
      )
      // A participant cannot close the shopper's request.
      expect((await nomvula.post(`/vendor/support-requests/${id}/close`, {})).status).toBe(400)

      // A practitioner's own request about their payout.
      const payout = await getContainer()
        .resolve<PayoutModuleService>(PAYOUT_MODULE)
        .createPayouts({ practitioner_id: thaboId, amount: 100, currency_code: "zar", status: "paid", provider: "manual" } as never)
      const theirs = await call(thabo).post("/vendor/support-requests", {
        subject: "Payout",
        category: "payout",
        link_id: payout.id,
        body: "Missing",
      })
      expect(theirs.status).toBe(201)
      const notTheirs = await nomvula.post("/vendor/support-requests", {
        subject: "Payout",
        category: "payout",
        link_id: payout.id,
        body: "Mine?",
      })
      expect(notTheirs.status).toBe(404)
    })

    it("takes pictures, PDFs and text checked by their bytes, refuses other files and large ones, and shows a file only to those in the request", async () => {
      const shopper = call(actors.customer)
      const refusedType = await upload(actors.customer, Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), "invoice.png")
      expect([refusedType.status, refusedType.data.message]).toEqual([
        400,
        expect.stringMatching(/cannot be attached: send a PNG, JPEG or WebP picture, a PDF or a plain text file/),
      ])
      const tooLarge = await upload(actors.customer, Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(5 * 1024 * 1024)]), "big.pdf")
      expect([tooLarge.status, tooLarge.data.message]).toEqual([400, expect.stringMatching(/at most 5 MB/)])

      const uploaded = await upload(actors.customer, PNG, "../../etc/photo of the parcel.png")
      expect(uploaded.status).toBe(201)
      expect(uploaded.data.attachment).toMatchObject({ filename: "photo of the parcel.png", mime_type: "image/png", size: PNG.length })
      const attachmentId = uploaded.data.attachment.id

      // Someone else cannot send it.
      const stolen = await call(other).post("/store/support-requests", {
        subject: "x",
        category: "other",
        body: "y",
        attachment_ids: [attachmentId],
      })
      expect([stolen.status, stolen.data.message]).toEqual([400, expect.stringMatching(/not an attachment you uploaded/)])

      const opened = await shopper.post("/store/support-requests", {
        subject: "Broken on arrival",
        category: "other",
        body: "See the photo.",
        attachment_ids: [attachmentId],
      })
      expect(opened.status).toBe(201)
      const id = opened.data.support_request.id
      expect(opened.data.support_request.messages[0].attachments).toEqual([
        expect.objectContaining({ id: attachmentId, filename: "photo of the parcel.png" }),
      ])
      // Sent once: it cannot be sent again.
      expect((await shopper.post(`/store/support-requests/${id}/messages`, { body: "again", attachment_ids: [attachmentId] })).status).toBe(
        400
      )

      const file = await api.get(`/store/support-requests/${id}/attachments/${attachmentId}`, {
        headers: actors.customer,
        responseType: "arraybuffer",
      })
      expect(file.headers["content-type"]).toBe("image/png")
      expect(file.headers["content-disposition"]).toBe(
        `attachment; filename="photo of the parcel.png"; filename*=UTF-8''photo%20of%20the%20parcel.png`
      )
      expect(Buffer.from(file.data).equals(PNG)).toBe(true)
      expect((await call(other).get(`/store/support-requests/${id}/attachments/${attachmentId}`)).status).toBe(404)
      expect((await call(actors.staff).get(`/admin/support-requests/${id}/attachments/${attachmentId}`)).status).toBe(200)
    })

    it("keeps at most 20 unsent uploads per person, and clears unsent ones after a day with their files", async () => {
      const files = getContainer().resolve(Modules.FILE)
      const support = getContainer().resolve<SupportModuleService>(SUPPORT_MODULE)
      const waiting = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const file = await files.createFiles({
            filename: `n${i}.txt`,
            mimeType: "text/plain",
            content: Buffer.from("x").toString("base64"),
            access: "private",
          })
          return support.createSupportAttachments({
            uploader_type: "customer",
            uploader_id: otherId,
            file_id: file.id,
            filename: `n${i}.txt`,
            mime_type: "text/plain",
            size: 1,
          })
        })
      )
      const refused = await upload(other, PNG, "one-more.png")
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/20 files uploaded and not sent yet/)])
      const { result } = await clearUnsentAttachmentsWorkflow(getContainer()).run({ input: { now: new Date(Date.now() + 25 * HOUR) } })
      expect(result.cleared).toBeGreaterThanOrEqual(20)
      expect(await support.listSupportAttachments({ id: waiting.map((a) => a.id) })).toEqual([])
      await expect(files.getAsBuffer(waiting[0].file_id)).rejects.toThrow()
      expect((await upload(other, PNG, "one-more.png")).status).toBe(201)
    })

    it("gives staff an inbox by status, category, assignee and overdue, and reminds the assignee once per wait", async () => {
      const staff = call(actors.staff)
      const id = await accountRequest("Account locked", "I cannot sign in.")
      const listed = (query: string) =>
        staff.get(`/admin/support-requests?${query}`).then((r) => r.data.support_requests.map((s: any) => s.id))
      expect(await listed("status=open&category=account")).toContain(id)
      expect(await listed("category=order")).not.toContain(id)
      expect(await listed("overdue=true")).not.toContain(id)

      expect(
        (await staff.post(`/admin/support-requests/${id}`, { assignee_id: staffId, priority: "high" })).data.support_request
      ).toMatchObject({
        assignee_id: staffId,
        priority: "high",
      })
      expect(await listed(`assignee_id=${staffId}`)).toEqual([id])
      expect(await listed("assignee_id=none")).not.toContain(id)
      const refused = await staff.post(`/admin/support-requests/${id}`, {})
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/Send status, priority or assignee_id/)])

      // A day later nobody has answered: overdue, and the assignee is reminded once.
      const later = new Date(Date.now() + 25 * HOUR)
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await knex.raw(
        "update support_request set created_at = now() - interval '25 hours', waiting_since = now() - interval '25 hours' where id = ?",
        [id]
      )
      expect(await listed("overdue=true")).toContain(id)
      expect((await remindSupportRequestsWorkflow(getContainer()).run({ input: { now: later } })).result.reminded).toBe(1)
      expect((await remindSupportRequestsWorkflow(getContainer()).run({ input: { now: later } })).result.reminded).toBe(0)
      const [reminder] = await notifications().listNotifications({ template: "support-reminder" })
      expect(reminder).toMatchObject({ resource_id: id, data: { link: expect.stringContaining(`/app/support/${id}`) } })

      expect((await staff.post(`/admin/support-requests/${id}`, { status: "resolved" })).data.support_request).toMatchObject({
        status: "resolved",
        resolved_at: expect.any(String),
        overdue: false,
      })
    })

    it("keeps canned replies for staff", async () => {
      const staff = call(actors.staff)
      const saved = await staff.post("/admin/support-canned-replies", { title: "Refund on its way", body: "Your refund is on its way." })
      expect(saved.status).toBe(201)
      expect((await staff.get("/admin/support-canned-replies")).data.canned_replies).toEqual([
        expect.objectContaining({ title: "Refund on its way" }),
      ])
      expect((await api.delete(`/admin/support-canned-replies/${saved.data.canned_reply.id}`, { headers: actors.staff })).status).toBe(200)
      expect((await call(actors.customer).get("/admin/support-canned-replies")).status).toBe(401)
    })
  },
})
