import { z } from "zod"

/** A postal address as the checkout and the address book ask for it. */
export const AddressFields = {
  first_name: z.string().trim().min(1, "Enter the first name."),
  last_name: z.string().trim().min(1, "Enter the last name."),
  address_1: z.string().trim().min(3, "Enter the street address."),
  city: z.string().trim().min(2, "Enter the city or town."),
  postal_code: z.string().trim().min(2, "Enter the postal code."),
  country_code: z.string().trim().length(2, "Choose the country."),
  phone: z.string().trim().max(30).optional(),
}
