// Every change expires the signed-in home pages' cached copies (lib/core/site/viewer-pages.ts),
// without making the action answer with a re-render of the page it was posted from.
import { revalidateTag } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/core/forms/form-state";
import { markAllRead } from "@/lib/core/notifications/actions";
import { changePassword } from "@/lib/units/self-service/password/actions";
import { viewerCopiesTag } from "@/lib/core/site/viewer-pages";
import { createSecretary, createUnit } from "@/tests/factories";
import { actAs, formData } from "@/tests/integration/helpers/session";

const expiredCopies = () =>
  vi
    .mocked(revalidateTag)
    .mock.calls.filter(([tag]) => tag === viewerCopiesTag)
    .map(([, profile]) => profile);

beforeEach(() => {
  vi.mocked(revalidateTag).mockClear();
});

describe("the viewer copies after an action", () => {
  it("are expired by a successful action, with a profile (the answer is no re-render)", async () => {
    actAs(await createSecretary((await createUnit()).id));
    expect((await markAllRead(initialFormState, formData({}))).ok).toBe(true);
    expect(expiredCopies()).toEqual(["max"]);
  });

  it("are left alone by a refused or invalid one: nothing changed", async () => {
    actAs(null);
    expect((await markAllRead(initialFormState, formData({}))).ok).toBe(false);
    actAs(await createSecretary((await createUnit()).id));
    const invalid = await changePassword(initialFormState, formData({ currentPassword: "" }));
    expect(invalid.ok).toBe(false);
    expect(expiredCopies()).toEqual([]);
  });
});
