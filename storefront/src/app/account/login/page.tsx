import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { LoginForm } from "@/modules/account/login-form"

export const metadata: Metadata = { title: "Log in", description: "Log in to see your orders and addresses." }

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ return_to?: string }> }) {
  if (await retrieveCustomer()) redirect("/account")
  const { return_to } = await searchParams
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl">Log in</h1>
      <LoginForm returnTo={return_to} />
      <p className="mt-6 text-sm">
        New here?{" "}
        <Link href="/account/register" className="underline">
          Create an account
        </Link>
      </p>
    </div>
  )
}
