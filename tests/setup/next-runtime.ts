// Integration tests call server actions directly, outside a Next.js request. These stand-ins
// replace only the framework's request plumbing (who is signed in, the page cache); the
// database, the policy and the mutations are the real ones.
import { vi } from "vitest";

type SessionUser = { id: string; name: string | null };
const state = globalThis as { __testSessionUser?: SessionUser | null; __revalidated?: string[] };

vi.mock("next-auth", async (importOriginal) => {
  const original = await importOriginal<typeof import("next-auth")>();
  return {
    ...original,
    getServerSession: vi.fn(async () =>
      state.__testSessionUser ? { user: state.__testSessionUser, expires: "" } : null,
    ),
  };
});

vi.mock("next/cache", () => ({
  revalidatePath: vi.fn((path: string) => void (state.__revalidated ??= []).push(path)),
  revalidateTag: vi.fn(),
}));
