import { TextField } from "@/modules/common/text-field"
import { zoneName } from "@/lib/util/session-time"

export type ProfileValues = {
  display_name?: string
  kind?: string
  specialties?: string[]
  languages?: string[]
  bio?: string
  years_of_experience?: number
  city?: string | null
  country_code?: string | null
  meeting_modes?: string[]
  timezone?: string
}

const KINDS = [
  ["healer", "Healer"],
  ["prophet", "Prophet"],
  ["medium", "Medium"],
  ["counsellor", "Counsellor"],
] as const

/** The profile inputs shared by the application and the profile editor. */
export function ProfileFields({ values, timeZones }: { values: ProfileValues; timeZones: string[] }) {
  const modes = values.meeting_modes ?? ["online"]
  return (
    <>
      <TextField name="display_name" label="Name shoppers see" defaultValue={values.display_name} autoComplete="name" />
      <div>
        <label htmlFor="kind" className="label">
          You are a
        </label>
        <select id="kind" name="kind" defaultValue={values.kind ?? "healer"} className="field">
          {KINDS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        name="specialties"
        label="Specialties, separated by commas"
        defaultValue={values.specialties?.join(", ")}
        required={false}
      />
      <TextField name="languages" label="Languages, separated by commas" defaultValue={values.languages?.join(", ") ?? "English"} />
      <div className="sm:col-span-2">
        <label htmlFor="bio" className="label">
          About you
        </label>
        <textarea id="bio" name="bio" rows={5} defaultValue={values.bio} className="field" maxLength={5000} />
      </div>
      <TextField
        name="years_of_experience"
        label="Years of experience"
        type="number"
        defaultValue={String(values.years_of_experience ?? 0)}
      />
      <TextField
        name="city"
        label="City (for “near me” searches)"
        defaultValue={values.city ?? ""}
        required={false}
        autoComplete="address-level2"
      />
      <TextField
        name="country_code"
        label="Country code (e.g. ZA)"
        defaultValue={values.country_code?.toUpperCase() ?? ""}
        required={false}
      />
      <div>
        <label htmlFor="timezone" className="label">
          Your time zone
        </label>
        <select id="timezone" name="timezone" defaultValue={values.timezone ?? "Africa/Johannesburg"} className="field">
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zoneName(zone)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="label">You meet clients</legend>
        <div className="flex gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="meeting_modes" value="in_person" defaultChecked={modes.includes("in_person")} /> In person
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="meeting_modes" value="online" defaultChecked={modes.includes("online")} /> Online
          </label>
        </div>
      </fieldset>
    </>
  )
}

/** The profile as a failed form sent it (see failure()), to show it again. */
export function profileValuesFrom(values: Record<string, string> | undefined): ProfileValues | undefined {
  if (!values) return undefined
  const list = (value?: string) =>
    value
      ? value
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : []
  return {
    ...values,
    specialties: list(values.specialties),
    languages: list(values.languages),
    meeting_modes: list(values.meeting_modes),
    years_of_experience: Number(values.years_of_experience || 0),
  }
}

/** Every IANA zone this server knows, for the time-zone picker. */
export function allTimeZones() {
  return Intl.supportedValuesOf("timeZone")
}
