import { AVAILABILITY_MODULE } from "../../../modules/availability"
import type AvailabilityModuleService from "../../../modules/availability/service"

/** The availability module's service, for the steps of this domain. */
export function availabilityService(container: { resolve: <T>(key: string) => T }) {
  return container.resolve<AvailabilityModuleService>(AVAILABILITY_MODULE)
}
