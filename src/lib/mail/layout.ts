/** A message as its parts: the one structure both the HTML and the plain-text part are written from. */
export type MailContent = {
  subject: string
  heading: string
  paragraphs: string[]
  /** Label and value pairs, e.g. "When" → "Mon 7 Dec 2026, 10:00–11:00". */
  details?: Array<[string, string]>
  /** Lines of an order: what, how many, and the line's total as written. */
  lines?: Array<{ title: string; quantity: number; total: string }>
  /** Boxes of their own, e.g. one per ticket: a heading, details and an inline image (by content id). */
  cards?: Array<{ heading: string; details: Array<[string, string]>; image?: { cid: string; alt: string } }>
  /** One call to action: a link drawn as a button (and written out in the text part). */
  button?: { label: string; href: string }
  footer?: string
}

export type RenderedMail = { subject: string; html: string; text: string }

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/** Text as HTML that shows it literally, whatever it holds. */
export function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c])
}

/** A value shown as a link when it is an http(s) address, as text otherwise. */
function valueHtml(value: string) {
  return /^https?:\/\/\S+$/.test(value) ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>` : escapeHtml(value)
}

/** Label and value rows as an HTML table. */
function detailsHtml(details: Array<[string, string]>) {
  return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">${details
    .map(
      ([label, value]) =>
        `<tr><th align="left" style="padding:4px 12px 4px 0;color:#6b5b7b;font-weight:600">${escapeHtml(label)}</th><td style="padding:4px 0">${valueHtml(value)}</td></tr>`
    )
    .join("")}</table>`
}

/** The HTML part: one narrow column that reads on a phone, inline styles only (mail clients drop style sheets). */
function html(content: MailContent) {
  const p = (text: string) => `<p style="margin:0 0 12px">${escapeHtml(text)}</p>`
  const details = content.details?.length ? detailsHtml(content.details) : ""
  const cards = (content.cards ?? [])
    .map(
      (card) =>
        `<div style="border:1px solid #e5dcec;border-radius:8px;padding:16px;margin:0 0 16px"><h2 style="font-size:18px;margin:0 0 8px">${escapeHtml(card.heading)}</h2>${detailsHtml(card.details)}${
          card.image
            ? `<img src="cid:${escapeHtml(card.image.cid)}" width="180" height="180" alt="${escapeHtml(card.image.alt)}" style="display:block">`
            : ""
        }</div>`
    )
    .join("\n")
  const lines = content.lines?.length
    ? `<table role="presentation" style="border-collapse:collapse;width:100%;margin:0 0 16px">${content.lines
        .map(
          (line) =>
            `<tr><td style="padding:6px 0;border-bottom:1px solid #eee">${line.quantity} × ${escapeHtml(line.title)}</td><td align="right" style="padding:6px 0;border-bottom:1px solid #eee">${escapeHtml(line.total)}</td></tr>`
        )
        .join("")}</table>`
    : ""
  const button =
    content.button && /^https?:\/\//.test(content.button.href)
      ? `<p style="margin:8px 0 20px"><a href="${escapeHtml(content.button.href)}" style="display:inline-block;background:#5b3f73;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(content.button.label)}</a></p>`
      : ""
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#faf7fc;font-family:Georgia,serif;color:#2d2433">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;border-radius:8px">
<p style="margin:0 0 16px;color:#6b5b7b;letter-spacing:.08em">AVENRAE</p>
<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map(p).join("\n")}
${button}${details}${lines}${cards}
${content.footer ? `<p style="margin:16px 0 0;color:#6b5b7b;font-size:13px">${escapeHtml(content.footer)}</p>` : ""}
</div></body></html>
`
}

/** The plain-text part: the same content, for clients that show no HTML. */
function text(content: MailContent) {
  const parts = [content.heading, "", ...content.paragraphs.flatMap((p) => [p, ""])]
  if (content.button) parts.push(`${content.button.label}: ${content.button.href}`, "")
  if (content.details?.length) parts.push(...content.details.map(([label, value]) => `${label}: ${value}`), "")
  if (content.lines?.length) parts.push(...content.lines.map((line) => `${line.quantity} x ${line.title}  ${line.total}`), "")
  for (const card of content.cards ?? []) parts.push(card.heading, ...card.details.map(([label, value]) => `${label}: ${value}`), "")
  if (content.footer) parts.push(content.footer, "")
  parts.push("Avenrae")
  return parts.join("\n")
}

export function renderMail(content: MailContent): RenderedMail {
  return { subject: content.subject, html: html(content), text: text(content) }
}
