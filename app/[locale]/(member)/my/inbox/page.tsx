import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { MarkAllReadButton, MarkReadButton } from "@/components/core/notifications/mark-read-button";
import { requireSecretary } from "@/lib/core/auth/session";
import { countUnreadNotifications, listInbox } from "@/lib/core/notifications/queries";
import { renderNotification } from "@/lib/core/notifications/render";
import { notificationPath } from "@/lib/core/notifications/subject";
import { parseInboxPage } from "@/lib/core/notifications/schemas";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("core.notifications");
  return { title: t("title") };
}

async function InboxPageContent({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireSecretary("/my/inbox");
  const page = parseInboxPage((await searchParams).page);
  const [t, format, inbox, unread] = await Promise.all([
    getTranslations("core.notifications"),
    getFormatter(),
    listInbox(user.id, page),
    countUnreadNotifications(user.id),
  ]);
  const translate = (key: string, values?: Record<string, string | number>) =>
    t(key as never, values as never);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("intro")}</p>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm font-medium text-stone-700">{t("unreadCount", { count: unread })}</p>
          {unread > 0 ? <MarkAllReadButton label={t("markAllRead")} /> : null}
        </div>
      </header>

      {inbox.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          {t("empty")}
        </p>
      ) : (
        <ol className="space-y-3">
          {inbox.items.map((item) => {
            const sentence = renderNotification(translate, item.kind, item.values);
            const isUnread = item.readAt === null;
            return (
              <li
                key={item.id}
                className={`rounded-lg border p-4 ${isUnread ? "border-brand-600 bg-brand-50" : "border-stone-200 bg-white"}`}
              >
                <article className="space-y-2" aria-label={sentence}>
                  <p className={isUnread ? "font-semibold text-stone-900" : "text-stone-700"}>
                    {isUnread ? (
                      <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-medium text-white">
                        {t("unread")}
                      </span>
                    ) : null}
                    {/* A plain <a>: opening marks the message read, so nothing may prefetch it. */}
                    {notificationPath(item) !== null ? (
                      <a
                        href={`/my/inbox/${item.id}`}
                        className="text-brand-800 underline underline-offset-2 hover:text-brand-700"
                      >
                        {sentence}
                      </a>
                    ) : (
                      sentence
                    )}
                  </p>
                  <div className="flex flex-wrap items-center gap-3 text-sm">
                    <time dateTime={item.createdAt.toISOString()} className="text-stone-600">
                      {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                    {isUnread ? (
                      <MarkReadButton
                        id={item.id}
                        text={t("markRead")}
                        label={t("markReadNamed", { text: sentence })}
                      />
                    ) : null}
                  </div>
                </article>
              </li>
            );
          })}
        </ol>
      )}

      {inbox.pages > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center gap-4 text-sm">
          {page > 1 ? (
            <Link href={`/my/inbox?page=${page - 1}`} className="text-brand-700 underline">
              {t("previous")}
            </Link>
          ) : null}
          <span className="text-stone-600">{t("pageOf", { page, pages: inbox.pages })}</span>
          {page < inbox.pages ? (
            <Link href={`/my/inbox?page=${page + 1}`} className="text-brand-700 underline">
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function InboxPage(props: Parameters<typeof InboxPageContent>[0]) {
  return (
    <ClientMessages forms namespaces={[]}>
      <InboxPageContent {...props} />
    </ClientMessages>
  );
}
