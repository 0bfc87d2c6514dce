import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { MailNotificationProviderService } from "../service"

describe("the mail provider without SMTP", () => {
  it("writes each message as an .html file in the mail folder and logs one line naming it", async () => {
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "avenrae-mail-"))
    const lines: string[] = []
    const logger = { info: (line: string) => lines.push(line) } as never
    const provider = new MailNotificationProviderService({ logger }, { from: "Avenrae <no-reply@avenrae.test>", mailDir })
    const result = await provider.send({
      to: "../../etc/passwd@example.com",
      channel: "email",
      template: "practitioner-approved",
      data: { display_name: "Nomvula" },
    } as never)
    const files = fs.readdirSync(mailDir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/-practitioner-approved-\.\._\.\._etc_passwd@example\.com\.html$/)
    expect(result.id).toBe(files[0])
    expect(fs.readFileSync(path.join(mailDir, files[0]), "utf8")).toContain("Dear Nomvula,")
    expect(lines).toEqual([
      `Mail to ../../etc/passwd@example.com ("You are approved to practise on Avenrae") written to ${path.join(mailDir, files[0])}`,
    ])
  })
  it("shows an inline image in the written file (a ticket's QR code) as a data URL", async () => {
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "avenrae-mail-"))
    const provider = new MailNotificationProviderService({ logger: { info: () => undefined } as never }, { from: "a@b.test", mailDir })
    await provider.send({
      to: "thandi@example.com",
      channel: "email",
      template: "tickets-issued",
      data: { order_id: "order_1", tickets: [{ event: "Circle", attendee: "Thandi", code: "7KQ2M9XD4TRB", qr_cid: "qr-tkt_1" }] },
      attachments: [{ filename: "t.png", content_type: "image/png", content: "iVBORw0KGgo=", disposition: "inline", id: "qr-tkt_1" }],
    } as never)
    const [file] = fs.readdirSync(mailDir)
    const html = fs.readFileSync(path.join(mailDir, file), "utf8")
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="')
    expect(html).not.toContain("cid:")
  })
})
