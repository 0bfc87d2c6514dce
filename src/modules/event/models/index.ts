import { Event } from "./event"
import { EventDate } from "./event-date"
import { SeatHold } from "./seat-hold"
import { Ticket } from "./ticket"
import { TicketType } from "./ticket-type"
import { TicketVariant } from "./ticket-variant"
import { WaitlistEntry } from "./waitlist-entry"

export { Event, EventDate, SeatHold, Ticket, TicketType, TicketVariant, WaitlistEntry }

/** Every model of the module, for a test runner that loads them. */
export const EVENT_MODELS = [Event, EventDate, TicketType, TicketVariant, Ticket, WaitlistEntry, SeatHold]
