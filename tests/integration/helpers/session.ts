// Chooses who is "signed in" for the server actions a test calls (see tests/setup/next-runtime.ts).
type Signed = { id: number; name: string } | null;
const state = globalThis as {
  __testSessionUser?: { id: string; name: string | null } | null;
  __testCookies?: Map<string, string>;
};

/** Acts as this user, freshly signed in (any replayed cookie is dropped, see session-cookie.ts). */
export function actAs(user: Signed): void {
  state.__testSessionUser = user ? { id: String(user.id), name: user.name } : null;
  state.__testCookies?.clear();
}

/** Builds FormData from a plain object; arrays become repeated fields. */
export function formData(
  fields: Record<string, string | number | boolean | File | Array<string | File> | undefined>,
): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      data.append(name, item instanceof File ? item : String(item));
    }
  }
  return data;
}
