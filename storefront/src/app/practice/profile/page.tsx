import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveOwnPractitioner } from "@/lib/data/vendor"
import { AvatarForm } from "@/modules/practice/avatar-form"
import { PracticeNav } from "@/modules/practice/practice-nav"
import { ProfileForm } from "@/modules/practice/profile-form"
import { allTimeZones } from "@/modules/practice/profile-fields"

export const metadata: Metadata = { title: "Your practitioner profile", description: "Edit what shoppers see about you." }

export default async function PracticeProfilePage() {
  const me = await retrieveOwnPractitioner()
  if (!me) redirect("/practice")
  return (
    <>
      <h1 className="font-serif text-3xl">Your profile</h1>
      <div className="mt-4">
        <PracticeNav current="profile" approved={me.status === "approved"} />
      </div>
      <AvatarForm avatarUrl={me.avatar_url} name={me.display_name} />
      <ProfileForm values={me} timeZones={allTimeZones()} />
    </>
  )
}
