import "server-only";
import { db } from "@/lib/core/db";
import { byId, type RecordTitle, type Resolver, type Resolvers } from "./types";

// Titles of units, people and applications.

const unitTitles: Resolver = (ids) =>
  byId(
    ids,
    (id) => db.unit.findMany({ where: { id: { in: id } }, select: { id: true, name: true } }),
    (row) => ({ title: row.name, href: `/admin/units/${row.id}` }),
  );

const userTitle = (user: { id: number; name: string; login: string }): RecordTitle => ({
  title: { key: "actorOption", values: { name: user.name, login: user.login } },
  href: `/admin/users/${user.id}`,
});

export const unitResolvers = {
  Unit: unitTitles,
  // A unit's logo is keyed by the unit.
  UnitLogo: unitTitles,
  User: (ids) =>
    byId(
      ids,
      (id) => db.user.findMany({ where: { id: { in: id } }, select: { id: true, name: true, login: true } }),
      userTitle,
    ),
  AccountToken: (ids) =>
    byId(
      ids,
      (id) =>
        db.accountToken.findMany({
          where: { id: { in: id } },
          select: { id: true, user: { select: { id: true, name: true, login: true } } },
        }),
      (row) => userTitle(row.user),
    ),
  MembershipApplication: (ids) =>
    byId(
      ids,
      (id) =>
        db.membershipApplication.findMany({ where: { id: { in: id } }, select: { id: true, orgName: true } }),
      (row) => ({ title: row.orgName, href: `/admin/applications/${row.id}` }),
    ),
} satisfies Partial<Resolvers>;
