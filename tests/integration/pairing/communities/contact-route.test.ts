// GET /api/communities/<id>/contact: the members-only contact of the cached community page.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/communities/[id]/contact/route";
import { createAdmin, createSecretary, createUnit } from "@/tests/factories";
import { createCommunityRow } from "@/tests/factories/communities";
import { actAs } from "@/tests/integration/helpers/session";

async function ask(id: number | string) {
  const response = await GET(new Request(`http://localhost/api/communities/${id}/contact`), {
    params: Promise.resolve({ id: String(id) }),
  });
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  return { status: response.status, body: (await response.json()) as { contact?: unknown } };
}

describe("GET /api/communities/<id>/contact", () => {
  it("tells a visitor only that members see it", async () => {
    const community = await createCommunityRow();
    actAs(null);
    expect(await ask(community.id)).toEqual({ status: 200, body: { contact: { allowed: false } } });
  });

  it("gives a secretary and an admin the contact person and phone", async () => {
    const community = await createCommunityRow({ contactName: "示例李主任", contactPhone: "0511-85551234" });
    const contact = { allowed: true, name: "示例李主任", phone: "0511-85551234" };
    actAs(await createSecretary((await createUnit()).id));
    expect((await ask(community.id)).body).toEqual({ contact });
    actAs(await createAdmin());
    expect((await ask(community.id)).body).toEqual({ contact });
  });

  it("treats a user who must change their password first as a visitor", async () => {
    const community = await createCommunityRow();
    actAs(await createSecretary((await createUnit()).id, { mustChangePassword: true }));
    expect((await ask(community.id)).body).toEqual({ contact: { allowed: false } });
  });

  it("answers 404 for an unknown community and a malformed id", async () => {
    actAs(null);
    expect((await ask(2_000_000_000)).status).toBe(404);
    expect((await ask("abc")).status).toBe(404);
  });
});
