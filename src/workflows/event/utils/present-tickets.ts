import { ticketQrSvg } from "../../../lib/events/ticket-qr"

type HeldTicket = { code: string; status: string; code_revoked_at?: Date | string | null }

/**
 * Tickets as their holder sees them: each with its QR code (an SVG that
 * carries the check-in code). A revoked, cancelled or refunded ticket shows
 * no code to scan.
 */
export async function presentTickets<T extends HeldTicket>(tickets: T[]) {
  return Promise.all(
    tickets.map(async (ticket) => {
      const scannable = (ticket.status === "valid" || ticket.status === "checked_in") && !ticket.code_revoked_at
      return scannable ? { ...ticket, qr_svg: await ticketQrSvg(ticket.code) } : { ...ticket, code: null, qr_svg: null }
    })
  )
}
