"use server"

import { sdk } from "../config"
import { practitionerHeaders } from "../cookies"
import { errorMessage } from "../util/errors"

export type DoorAnswer = { admitted: true; attendee: string } | { admitted: false; reason: string }

/** Checks in a ticket to one of the host's events by its code; a refusal comes back in the backend's words. */
export async function checkInTicket(code: string): Promise<DoorAnswer> {
  try {
    const { ticket } = await sdk.client.fetch<{ ticket: { attendee_name: string } }>("/vendor/check-in", {
      method: "POST",
      headers: await practitionerHeaders(),
      body: { code },
    })
    return { admitted: true, attendee: ticket.attendee_name }
  } catch (error) {
    return { admitted: false, reason: errorMessage(error) }
  }
}
