import { attachmentDisposition, attachmentName, checkAttachment } from "../attachment-check"
import { excerptOf, supportReminderNotification, supportReplyNotification } from "../support-mail"
import { isOverdue, messageRefusal, reminderDue, responseMinutes, statusAfterMessage } from "../support-rules"
import { supportSettings } from "../support-settings"

const HOUR = 3_600_000
const now = new Date("2026-12-03T12:00:00Z")
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR)

describe("a request's status as people write in it", () => {
  it.each([
    ["open", "staff", false, "waiting_on_customer"],
    ["waiting_on_staff", "staff", false, "waiting_on_customer"],
    ["waiting_on_customer", "requester", false, "waiting_on_staff"],
    ["resolved", "requester", false, "waiting_on_staff"],
    ["waiting_on_customer", "participant", false, "waiting_on_staff"],
    ["open", "staff", true, "open"],
  ] as const)("%s, %s writes (internal %s) → %s", (current, role, internal, next) => {
    expect(statusAfterMessage(current, role, internal)).toBe(next)
  })

  it("lets only staff write notes, and no one but staff in a closed request", () => {
    expect(messageRefusal("open", "requester", true)).toMatch(/Only staff/)
    expect(messageRefusal("closed", "requester", false)).toMatch(/closed/)
    expect(messageRefusal("closed", "participant", false)).toMatch(/closed/)
    expect(messageRefusal("closed", "staff", false)).toBeNull()
    expect(messageRefusal("resolved", "requester", false)).toBeNull()
  })
})

describe("targets", () => {
  it("calls a request overdue only while unanswered past the first-response target", () => {
    const request = { status: "open" as const, first_response_at: null, created_at: ago(25) }
    expect(isOverdue(request, now, 24)).toBe(true)
    expect(isOverdue({ ...request, created_at: ago(23) }, now, 24)).toBe(false)
    expect(isOverdue({ ...request, first_response_at: ago(1) }, now, 24)).toBe(false)
    expect(isOverdue({ ...request, status: "waiting_on_customer" }, now, 24)).toBe(false)
  })

  it("reminds once per wait on staff", () => {
    const request = { status: "waiting_on_staff" as const, waiting_since: ago(30), reminded_at: null }
    expect(reminderDue(request, now, 24)).toBe(true)
    expect(reminderDue({ ...request, reminded_at: ago(2) }, now, 24)).toBe(false)
    // Reminded during an earlier wait: this wait began later.
    expect(reminderDue({ ...request, reminded_at: ago(40) }, now, 24)).toBe(true)
    expect(reminderDue({ ...request, waiting_since: ago(3) }, now, 24)).toBe(false)
    expect(reminderDue({ ...request, status: "resolved" }, now, 24)).toBe(false)
  })

  it("gives response and resolution times in minutes", () => {
    expect(responseMinutes({ created_at: ago(2), first_response_at: ago(1.5), resolved_at: null })).toEqual({
      first_response_minutes: 30,
      resolution_minutes: null,
    })
  })

  it("reads its settings with safe defaults", () => {
    expect(supportSettings({})).toEqual({ firstResponseHours: 24, reminderHours: 24, staffEmail: null })
    expect(
      supportSettings({ SUPPORT_FIRST_RESPONSE_HOURS: "4", SUPPORT_REMINDER_HOURS: "0.5", SUPPORT_STAFF_EMAIL: "help@avenrae.test" })
    ).toEqual({
      firstResponseHours: 4,
      reminderHours: 0.5,
      staffEmail: "help@avenrae.test",
    })
    expect(supportSettings({ SUPPORT_FIRST_RESPONSE_HOURS: "-1", SUPPORT_STAFF_EMAIL: "not an email" })).toMatchObject({
      firstResponseHours: 24,
      staffEmail: null,
    })
  })
})

describe("attachments", () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
  it.each([
    [png, "image/png"],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), "image/jpeg"],
    [Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")]), "image/webp"],
    [Buffer.from("%PDF-1.7\n..."), "application/pdf"],
    [Buffer.from("Order 42 arrived broken.\r\nThanks\tLerato — ✨"), "text/plain"],
  ])("knows %#'s type by its bytes", (bytes, type) => {
    expect(checkAttachment(bytes)).toMatchObject({ ok: true, type })
  })

  it.each([
    [Buffer.from([0x4d, 0x5a, 0x90, 0x00]), /cannot be attached/],
    [Buffer.from("<html>\u0000</html>"), /cannot be attached/],
    [Buffer.from([0xc3, 0x28]), /cannot be attached/],
    [Buffer.alloc(0), /Send one file/],
    [Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(5 * 1024 * 1024)]), /at most 5 MB/],
  ])("refuses %#", (bytes, message) => {
    expect(checkAttachment(bytes)).toEqual({ ok: false, message: expect.stringMatching(message) })
  })

  it("offers any name for download without breaking the header", () => {
    expect(attachmentDisposition("photo.png")).toBe(`attachment; filename="photo.png"; filename*=UTF-8''photo.png`)
    expect(attachmentDisposition("报告 1.pdf")).toBe(`attachment; filename="__ 1.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%201.pdf`)
  })

  it("keeps a safe name ending in the type's extension", () => {
    expect(attachmentName("../../etc/passwd", "txt")).toBe("passwd.txt")
    expect(attachmentName('C:\\Users\\me\\"bill".exe', "pdf")).toBe("bill.pdf")
    expect(attachmentName("", "png")).toBe("attachment.png")
    expect(attachmentName("bill\r\nX-Evil: 1.pdf", "pdf")).toBe("billX-Evil 1.pdf")
    expect(attachmentName(`${"x".repeat(300)}.png`, "png")).toHaveLength(104)
  })
})

describe("support emails", () => {
  it("sends each reply once per recipient and each reminder once per wait", () => {
    const reply = supportReplyNotification({
      request_id: "sreq_1",
      message_id: "smsg_1",
      to: "a@b.c",
      subject: "S",
      from: "Avenrae support",
      excerpt: "Hi",
      link: "https://x/account/support/sreq_1",
    })
    expect(reply).toMatchObject({ template: "support-reply", idempotency_key: "support-reply:smsg_1:a@b.c" })
    const reminder = supportReminderNotification({
      request_id: "sreq_1",
      to: "s@b.c",
      subject: "S",
      waiting_hours: 24,
      link: "l",
      waiting_since: "2026-12-01T00:00:00.000Z",
    })
    expect(reminder.idempotency_key).toBe("support-reminder:sreq_1:2026-12-01T00:00:00.000Z")
    expect(excerptOf(`  line one\n\n${"word ".repeat(100)}`)).toMatch(/^line one word .*…$/)
    expect(excerptOf(`a\n${"b".repeat(300)}`)).toHaveLength(200)
  })
})
