import { revalidatePath } from "next/cache";

export const dynamic = "force-dynamic";

/**
 * TEST ONLY: answers 404 unless the server was started with E2E_TEST_HOOKS=1, which only the
 * end-to-end runs set (tests/e2e/support/serve.ts, tests/e2e/two-instances.spec.ts).
 *
 * `POST {"path": "/zh-CN/units"}` runs revalidatePath as a write action does once it has
 * committed, so the two-instances spec can prove that a revalidation on one instance reaches
 * the other, independently of which pages each action revalidates.
 */
export async function POST(request: Request) {
  if (process.env.E2E_TEST_HOOKS !== "1") return new Response(null, { status: 404 });
  const body = (await request.json().catch(() => null)) as { path?: unknown } | null;
  if (typeof body?.path !== "string" || !body.path.startsWith("/")) {
    return Response.json({ error: "path required" }, { status: 400 });
  }
  revalidatePath(body.path);
  return Response.json({ revalidated: body.path });
}
