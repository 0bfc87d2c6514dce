import PDFDocument from "pdfkit"

export type StatementLine = {
  created_at: Date | string
  kind: string
  purchase: string | null
  /** The order's number as the practitioner knows it (#1042). */
  order: string | null
  gross: string
  rate_bps: number | null
  commission: string
  share: string
}

export type PayoutStatement = {
  issuer: { name: string; address: string | null; tax_number: string | null }
  practitioner: { display_name: string; email: string; city: string | null; country_code: string | null }
  payout: {
    id: string
    currency_code: string
    amount: string
    status: string
    provider: string
    created_at: Date | string
    paid_at: Date | string | null
    reference: string | null
    transfer_id: string | null
  }
  lines: StatementLine[]
}

const day = (value: Date | string | null) => (value ? new Date(value).toISOString().slice(0, 10) : "—")
const rate = (bps: number | null) => (bps === null ? "" : `${bps / 100} %`)

/**
 * A payout statement as a PDF: who pays (the platform) and who is paid, the
 * payout, and every ledger line it covers with its gross, commission rate,
 * commission and share, in pdfkit's standard fonts.
 */
export function payoutStatementPdf(statement: PayoutStatement): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 48,
    info: { Title: `Payout statement ${statement.payout.id}`, Author: statement.issuer.name },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const { issuer, practitioner, payout } = statement
  const currency = payout.currency_code.toUpperCase()

  doc.font("Helvetica-Bold").fontSize(18).text("Payout statement")
  doc.moveDown(0.5).font("Helvetica").fontSize(10)
  doc.text(issuer.name)
  if (issuer.address) doc.text(issuer.address)
  if (issuer.tax_number) doc.text(`Tax number: ${issuer.tax_number}`)
  doc.moveDown()
  doc.font("Helvetica-Bold").text("Paid to")
  doc.font("Helvetica").text(practitioner.display_name).text(practitioner.email)
  const place = [practitioner.city, practitioner.country_code?.toUpperCase()].filter(Boolean).join(", ")
  if (place) doc.text(place)
  doc.moveDown()
  doc.text(`Payout ${payout.id}`)
  doc.text(`Opened ${day(payout.created_at)} · ${payout.status}${payout.paid_at ? ` on ${day(payout.paid_at)}` : ""}`)
  doc.text(
    payout.provider === "stripe"
      ? `Stripe transfer ${payout.transfer_id ?? "not made yet"}`
      : `Bank transfer${payout.reference ? `, reference ${payout.reference}` : ""}`
  )
  doc.font("Helvetica-Bold").text(`Amount: ${currency} ${payout.amount}`)
  doc.moveDown()

  const columns: Array<[string, number, (line: StatementLine) => string]> = [
    ["Date", 62, (line) => day(line.created_at)],
    ["Kind", 52, (line) => line.kind],
    ["Purchase", 52, (line) => line.purchase ?? ""],
    ["Order", 120, (line) => line.order ?? ""],
    ["Gross", 54, (line) => line.gross],
    ["Rate", 40, (line) => rate(line.rate_bps)],
    ["Commission", 60, (line) => line.commission],
    ["Share", 54, (line) => line.share],
  ]
  const row = (cells: string[], bold = false) => {
    const y = doc.y
    let x = doc.page.margins.left
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8)
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: columns[i][1] - 4, lineBreak: false, ellipsis: true })
      x += columns[i][1]
    })
    doc.x = doc.page.margins.left
    doc.y = y + 14
    if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage()
  }
  row(
    columns.map(([label]) => label),
    true
  )
  for (const line of statement.lines) row(columns.map(([, , cell]) => cell(line)))
  doc.moveDown().font("Helvetica").fontSize(8)
  doc.text(
    "Commission is the line's total after discounts, excluding tax, times the rate, rounded half up to the cent; your share is the rest. Shipping is the platform's.",
    { width: 480 }
  )
  doc.end()
  return done
}
