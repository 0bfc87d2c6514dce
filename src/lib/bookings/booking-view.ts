/** Bookings with their practitioner's name and zone attached, for staff and portal lists. */
export async function withPractitioners<T extends { practitioner_id: string }>(
  query: { graph: (config: object) => Promise<{ data: any[] }> },
  bookings: T[]
) {
  const ids = [...new Set(bookings.map((b) => b.practitioner_id))]
  const { data } = ids.length
    ? await query.graph({ entity: "practitioner", fields: ["id", "handle", "display_name", "timezone"], filters: { id: ids } })
    : { data: [] }
  return bookings.map((b) => ({ ...b, practitioner: data.find((p) => p.id === b.practitioner_id) ?? null }))
}
