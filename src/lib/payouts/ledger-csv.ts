import { csvTable } from "../http/csv"

/** A ledger entry as the CSV export lists it. */
export type LedgerCsvRow = {
  created_at: Date | string
  kind: string
  purchase: string | null
  order_number: number | null
  booking_id: string | null
  ticket_id: string | null
  currency_code: string
  gross: string
  rate_bps: number | null
  commission: string
  share: string
  state: string
  available_at: Date | string | null
  payout_id: string | null
  reason: string | null
}

const COLUMNS: Array<[keyof LedgerCsvRow, string]> = [
  ["created_at", "Date"],
  ["kind", "Kind"],
  ["purchase", "Purchase"],
  ["order_number", "Order"],
  ["booking_id", "Session"],
  ["ticket_id", "Ticket"],
  ["currency_code", "Currency"],
  ["gross", "Gross"],
  ["rate_bps", "Commission rate (bps)"],
  ["commission", "Commission"],
  ["share", "Your share"],
  ["state", "State"],
  ["available_at", "Available from"],
  ["payout_id", "Payout"],
  ["reason", "Note"],
]

/** Ledger entries as CSV, amounts as plain decimals. */
export function ledgerCsv(rows: LedgerCsvRow[]): string {
  return csvTable(COLUMNS, rows)
}

/** What staff pay by bank transfer: one row per manual payout waiting to be paid. */
export type OwedCsvRow = {
  payout_id: string
  practitioner: string
  email: string
  account_holder: string | null
  account_last4: string | null
  currency_code: string
  amount: string
  created_at: Date | string
}

const OWED_COLUMNS: Array<[keyof OwedCsvRow, string]> = [
  ["payout_id", "Payout"],
  ["practitioner", "Practitioner"],
  ["email", "Email"],
  ["account_holder", "Account holder"],
  ["account_last4", "Account ending"],
  ["currency_code", "Currency"],
  ["amount", "Amount"],
  ["created_at", "Opened"],
]

export function owedCsv(rows: OwedCsvRow[]): string {
  return csvTable(OWED_COLUMNS, rows)
}
