import fs from "node:fs"
import path from "node:path"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { Transporter } from "nodemailer"
import { renderTemplate } from "../../lib/mail/templates"

export type MailProviderOptions = {
  /** smtp:// or smtps:// with credentials; unset writes each message to `mailDir` instead. */
  smtpUrl?: string
  from: string
  mailDir: string
}

/**
 * Emails every notification: the template rendered to HTML and plain text,
 * attachments (a session's .ics) carried along. With an SMTP server it sends
 * through it; without one it writes each message as an .html file under
 * `mailDir` and logs one line naming it, so what was sent can be opened.
 */
export class MailNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "mail"
  private readonly transport?: Transporter

  constructor(
    private readonly container: { logger: Logger },
    private readonly options: MailProviderOptions
  ) {
    super()
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined
  }

  static validateOptions(options: Record<string, unknown>) {
    if (!options.from || !options.mailDir) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The mail provider needs `from` and `mailDir`")
    }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const mail = renderTemplate(notification.template, (notification.data ?? {}) as Record<string, unknown>)
    const attachments = (notification.attachments ?? []).map((a) => ({
      filename: a.filename,
      content: Buffer.from(a.content, "base64"),
      contentType: a.content_type ?? undefined,
      // An inline part (a ticket's QR code) is shown where the HTML says cid:<id>.
      ...(a.disposition === "inline" && a.id ? { cid: a.id, contentDisposition: "inline" as const } : {}),
    }))
    if (this.transport) {
      const sent = await this.transport.sendMail({ from: this.options.from, to: notification.to, ...mail, attachments })
      return { id: sent.messageId }
    }
    const file = this.writeToDisk(notification.to, notification.template, withInlineImages(mail.html, notification.attachments ?? []))
    this.container.logger.info(`Mail to ${notification.to} ("${mail.subject}") written to ${file}`)
    return { id: path.basename(file) }
  }

  /** `<mailDir>/<time>-<template>-<recipient>.html`, with nothing from the recipient that a file name cannot hold. */
  private writeToDisk(to: string, template: string, html: string) {
    fs.mkdirSync(this.options.mailDir, { recursive: true })
    const safe = (part: string) => part.replace(/[^a-zA-Z0-9@._-]/g, "_").slice(0, 80)
    const file = path.join(this.options.mailDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${safe(template)}-${safe(to)}.html`)
    fs.writeFileSync(file, html)
    return file
  }
}

/** The HTML with each inline part (cid:<id>) as a data URL, so the file shows its images when opened. */
function withInlineImages(html: string, attachments: NonNullable<ProviderSendNotificationDTO["attachments"]>) {
  return attachments.reduce(
    (page, a) =>
      a.disposition === "inline" && a.id
        ? page.split(`cid:${a.id}"`).join(`data:${a.content_type ?? "application/octet-stream"};base64,${a.content}"`)
        : page,
    html
  )
}
