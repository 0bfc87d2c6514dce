/**
 * How a reviewer is named in public: first name and the initial of the last
 * ("Thandi M."), never the whole name; a customer with no name is "A client".
 */
export function reviewerDisplayName(firstName?: string | null, lastName?: string | null) {
  const first = firstName?.trim().split(/\s+/)[0]
  const initial = lastName?.trim().charAt(0).toUpperCase()
  if (!first) return "A client"
  return initial ? `${first} ${initial}.` : first
}

/** The name a review keeps once its author's account is deleted. */
export const FORMER_CLIENT_NAME = "A former client"
