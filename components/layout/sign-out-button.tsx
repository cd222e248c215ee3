"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100"
    >
      {label}
    </button>
  );
}
