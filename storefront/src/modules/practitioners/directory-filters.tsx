import Link from "next/link"
import { KIND_LABELS } from "@/lib/data/practitioners"
import { FREE_WHEN_PRESETS, type FreeWhenPreset, presetHint, WEEKDAY_LABELS, WEEKDAYS } from "@/lib/util/free-when"
import { FreeWhenFilter, type FreeWhenValues } from "./free-when-filter"
import { UseMyLocation } from "./use-my-location"

type Values = Partial<Record<"kind" | "specialty" | "language" | "meeting_mode" | "min_rating" | "city" | "near" | "sort", string>>

/**
 * The directory's filters as a plain GET form, so every search is a shareable
 * URL. "Free when I am" is on the shopper's clock (`zone`); `now` dates its
 * weekend presets.
 */
export function DirectoryFilters({ values, freeWhen, zone, now }: { values: Values; freeWhen: FreeWhenValues; zone: string; now: Date }) {
  const presets = (Object.keys(FREE_WHEN_PRESETS) as FreeWhenPreset[]).map((preset) => ({
    value: preset,
    label: FREE_WHEN_PRESETS[preset],
    hint: presetHint(preset, zone, now),
  }))
  return (
    <div className="mt-6 space-y-4">
      <nav aria-label="Kinds of practitioner" className="flex flex-wrap gap-2">
        <KindLink label="Everyone" active={!values.kind} />
        {Object.entries(KIND_LABELS).map(([kind, label]) => (
          <KindLink key={kind} kind={kind} label={label} active={values.kind === kind} />
        ))}
      </nav>
      <form action="/practitioners" className="card grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label="Filter practitioners">
        {values.kind && <input type="hidden" name="kind" value={values.kind} />}
        <div>
          <label htmlFor="specialty" className="label">
            Specialty
          </label>
          <input id="specialty" name="specialty" defaultValue={values.specialty} placeholder="reiki, tarot…" className="field" />
        </div>
        <div>
          <label htmlFor="language" className="label">
            Language
          </label>
          <input id="language" name="language" defaultValue={values.language} placeholder="English, isiZulu…" className="field" />
        </div>
        <div>
          <label htmlFor="min_rating" className="label">
            Rating
          </label>
          <select id="min_rating" name="min_rating" defaultValue={values.min_rating ?? ""} className="field">
            <option value="">Any rating</option>
            <option value="4.5">4.5 and up</option>
            <option value="4">4 and up</option>
            <option value="3">3 and up</option>
          </select>
        </div>
        <div>
          <label htmlFor="meeting_mode" className="label">
            Meets
          </label>
          <select id="meeting_mode" name="meeting_mode" defaultValue={values.meeting_mode ?? ""} className="field">
            <option value="">In person or online</option>
            <option value="in_person">In person</option>
            <option value="online">Online</option>
          </select>
        </div>
        <FreeWhenFilter
          key={JSON.stringify(freeWhen)}
          values={freeWhen}
          presets={presets}
          days={WEEKDAYS.map((day) => ({ value: day, label: WEEKDAY_LABELS[day] }))}
          zone={zone}
        />
        <div className="sm:col-span-2">
          <label htmlFor="city" className="label">
            Near a city
          </label>
          <div className="flex flex-wrap gap-2">
            <input id="city" name="city" defaultValue={values.city} placeholder="Durban, London…" className="field flex-1" />
            <UseMyLocation />
          </div>
          {values.near && <input type="hidden" name="near" value={values.near} />}
        </div>
        <div>
          <label htmlFor="sort" className="label">
            Sort by
          </label>
          <select id="sort" name="sort" defaultValue={values.sort ?? ""} className="field">
            <option value="">{values.city || values.near ? "Nearest first" : "Best rated"}</option>
            <option value="rating">Best rated</option>
            {(values.city || values.near) && <option value="distance">Nearest first</option>}
            <option value="price">Lowest price</option>
            <option value="newest">Newest</option>
            <option value="next_available">Next available</option>
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="btn-primary">
            Show practitioners
          </button>
          <Link href={values.kind ? `/practitioners?kind=${values.kind}` : "/practitioners"} className="text-sm underline">
            Clear
          </Link>
        </div>
      </form>
    </div>
  )
}

function KindLink({ kind, label, active }: { kind?: string; label: string; active: boolean }) {
  return (
    <Link
      href={kind ? `/practitioners?kind=${kind}` : "/practitioners"}
      aria-current={active ? "page" : undefined}
      className={active ? "btn-primary py-1.5" : "btn-secondary py-1.5"}
    >
      {label}
    </Link>
  )
}
