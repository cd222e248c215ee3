"use client";

import { DisclosureMenu } from "@/components/ui/disclosure-menu";
import { CountBadge, NavLinks, type NavLink } from "@/components/ui/nav-links";
import { ButtonLink } from "@/components/ui/button-link";
import { SignOutButton } from "./sign-out-button";
import { useViewer, type Viewer } from "./viewer";

/** Labels from the server's catalogs, so this island needs no messages of its own. */
export type NavLabels = {
  main: string;
  menu: string;
  join: string;
  my: string;
  inbox: string;
  /** "{count}" stands for the number. */
  inboxUnread: string;
  admin: string;
  signIn: string;
  signOut: string;
  /** "{name}" stands for the user's name. */
  signedInAs: string;
};

/** The sections everybody sees, then what the signed-in visitor may open. */
function linksFor(sections: NavLink[], viewer: Viewer | null | undefined, labels: NavLabels): NavLink[] {
  if (viewer === undefined) return sections;
  if (viewer === null) return [...sections, { href: "/join", label: labels.join }];
  return [
    ...sections,
    ...(viewer.workspace ? [{ href: "/my", label: labels.my }] : []),
    ...(viewer.inbox
      ? [
          {
            href: "/my/inbox",
            label: labels.inbox,
            badge: viewer.unread,
            badgeLabel: labels.inboxUnread.replace("{count}", String(viewer.unread)),
          },
        ]
      : []),
    ...(viewer.admin ? [{ href: "/admin", label: labels.admin }] : []),
  ];
}

function AccountControl({ viewer, labels }: { viewer: Viewer | null | undefined; labels: NavLabels }) {
  if (viewer) return <SignOutButton label={labels.signOut} />;
  const signIn = (
    <ButtonLink href="/login" className="text-sm">
      {labels.signIn}
    </ButtonLink>
  );
  if (viewer === null) return signIn;
  // Until the browser knows who is signed in, nothing to tap that may be wrong (a signed-in
  // admin must not see "sign in" flash); without JavaScript the sign-in link is there.
  return <noscript>{signIn}</noscript>;
}

/**
 * The site's main sections and the account control. The page is the same for every visitor
 * (cached); who is signed in is asked for in the browser (useViewer). On phones: one menu
 * button that opens every section as a full-width list of large targets, ending with sign in
 * or out; from `sm` up: the account control beside the language switch and the sections in a
 * row that wraps between items, never inside a label.
 */
export function MainNav({ sections, labels }: { sections: NavLink[]; labels: NavLabels }) {
  const viewer = useViewer();
  const links = linksFor(sections, viewer, labels);
  const unread = links.find((link) => link.badge);
  const account = <AccountControl viewer={viewer} labels={labels} />;
  return (
    <>
      <div className="hidden sm:block">{account}</div>
      <nav aria-label={labels.main} aria-busy={viewer === undefined} className="sm:order-last sm:w-full">
        <DisclosureMenu
          className="sm:hidden"
          summary={
            <span className="whitespace-nowrap">
              {labels.menu}
              {unread?.badge ? <CountBadge count={unread.badge} label={unread.badgeLabel ?? ""} /> : null}
            </span>
          }
          summaryClassName="rounded border border-stone-300 px-3 text-sm font-medium text-stone-800 hover:bg-stone-100 group-open:bg-stone-100"
          panelClassName="absolute inset-x-0 top-full z-40 border-b border-stone-200 bg-white px-4 pb-4 pt-2 shadow-lg"
        >
          <NavLinks
            links={links}
            className="grid grid-cols-2 gap-1 text-base font-medium"
            linkClassName="nav-menu-link"
          />
          <div className="mt-3 flex justify-end border-t border-stone-200 pt-3">{account}</div>
        </DisclosureMenu>
        <NavLinks
          links={links}
          className="hidden flex-wrap gap-x-4 text-sm font-medium sm:flex"
          linkClassName="nav-bar-link"
        />
      </nav>
      {viewer ? <p className="sr-only">{labels.signedInAs.replace("{name}", viewer.name)}</p> : null}
    </>
  );
}
