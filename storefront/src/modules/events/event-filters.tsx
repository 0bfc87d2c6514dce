import Link from "next/link"
import { UseMyLocation } from "@/modules/practitioners/use-my-location"

type Values = Partial<Record<"kind" | "format" | "host" | "city" | "near" | "from" | "to", string>>

/** Where and when: a city (or the browser's location) and a range of days, as a plain GET form so every search is a URL. */
export function EventFilters({ values }: { values: Values }) {
  return (
    <form action="/events" className="card mt-4 grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Filter events">
      {(["kind", "format", "host"] as const).map((key) => values[key] && <input key={key} type="hidden" name={key} value={values[key]} />)}
      <div className="sm:col-span-2">
        <label htmlFor="event-city" className="label">
          Near a city
        </label>
        <div className="flex flex-wrap gap-2">
          <input id="event-city" name="city" defaultValue={values.city} placeholder="Durban, Cape Town…" className="field flex-1" />
          <UseMyLocation path="/events" />
        </div>
        {values.near && !values.city && <input type="hidden" name="near" value={values.near} />}
      </div>
      <div>
        <label htmlFor="event-from" className="label">
          From
        </label>
        <input id="event-from" name="from" type="date" defaultValue={values.from} className="field" />
      </div>
      <div>
        <label htmlFor="event-to" className="label">
          Until
        </label>
        <input id="event-to" name="to" type="date" defaultValue={values.to} className="field" />
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="btn-primary">
          Show events
        </button>
        <Link href="/events" className="text-sm underline">
          Clear
        </Link>
      </div>
    </form>
  )
}
