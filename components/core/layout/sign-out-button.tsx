"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="flex min-h-11 items-center rounded border border-stone-300 px-3 text-sm whitespace-nowrap hover:bg-stone-100"
    >
      {label}
    </button>
  );
}
