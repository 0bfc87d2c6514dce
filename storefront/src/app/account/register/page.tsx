import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { RegisterForm } from "@/modules/account/register-form"

export const metadata: Metadata = { title: "Create an account", description: "Create an Avenrae account." }

export default async function RegisterPage() {
  if (await retrieveCustomer()) redirect("/account")
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl">Create an account</h1>
      <RegisterForm />
      <p className="mt-6 text-sm">
        Already have one?{" "}
        <Link href="/account/login" className="underline">
          Log in
        </Link>
      </p>
    </div>
  )
}
