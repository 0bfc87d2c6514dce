import { BookingPolicy, policyFor } from "../../../lib/bookings/policy"
import { AVAILABILITY_MODULE } from "../../../modules/availability"
import type AvailabilityModuleService from "../../../modules/availability/service"

type Container = { resolve: <T>(key: string) => T }

/** Each practitioner's cancellation and reschedule policy (their own, or the platform's), by practitioner id. */
export async function bookingPolicies(container: Container, practitionerIds: string[]): Promise<Map<string, BookingPolicy>> {
  const settings = await container.resolve<AvailabilityModuleService>(AVAILABILITY_MODULE).settingsFor(practitionerIds)
  return new Map([...settings].map(([id, s]) => [id, policyFor(s.cancellation_policy as Partial<BookingPolicy> | null)]))
}

/** One practitioner's policy. */
export async function bookingPolicy(container: Container, practitionerId: string): Promise<BookingPolicy> {
  return (await bookingPolicies(container, [practitionerId])).get(practitionerId)!
}
