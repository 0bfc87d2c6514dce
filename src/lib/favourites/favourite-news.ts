/** The email about a saved practitioner's new times or events. */
export function favouriteNewsNotification(input: {
  favourite_id: string
  email: string
  practitioner: string
  new_times: boolean
  events: string[]
  link: string
  day: string
}) {
  return {
    to: input.email,
    channel: "email",
    template: "favourite-news",
    trigger_type: "favourite.news",
    resource_id: input.favourite_id,
    resource_type: "favourite",
    idempotency_key: `favourite-news:${input.favourite_id}:${input.day}`,
    data: { practitioner: input.practitioner, new_times: input.new_times, events: input.events, link: input.link },
  }
}
