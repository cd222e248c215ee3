import { forcedPasswordPath, getCurrentUser } from "@/lib/core/auth/session";
import { can } from "@/lib/core/auth/policy";
import { openNotification } from "@/lib/core/notifications/open-notification";
import { seeOther } from "@/lib/core/http/see-other";

// Opening an inbox message: marks it read for its owner and goes to its subject. A GET, so the
// message is a plain link (new tab, long-press); the inbox renders it as <a>, not <Link>, so
// nothing prefetches it, and prefetch requests are refused here anyway. The target comes from
// the stored record (lib/core/notifications/subject.ts), never from the request. Route handlers are
// not wrapped by the /my layout, so this checks the user itself.

// seeOther: a relative Location, to a same-site path only — even a stored path is checked.
const redirectTo = (path: string) => seeOther(path, "/my/inbox");

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (request.headers.get("next-router-prefetch") !== null || request.headers.get("purpose") === "prefetch") {
    return new Response(null, { status: 204 });
  }
  const raw = (await params).id;
  const id = /^[1-9]\d{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
  if (id === null) return notFound();
  const self = `/my/inbox/${id}`;
  const user = await getCurrentUser();
  if (!user) return redirectTo(`/login?callbackUrl=${encodeURIComponent(self)}`);
  if (user.mustChangePassword) {
    return redirectTo(`${forcedPasswordPath}?callbackUrl=${encodeURIComponent(self)}`);
  }
  if (!can(user, "inbox.read")) return notFound();
  const opened = await openNotification(user.id, id);
  if (!opened) return notFound();
  // A message whose subject is gone was still read: back to the inbox.
  return redirectTo(opened.path ?? "/my/inbox");
}
