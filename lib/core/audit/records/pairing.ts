import "server-only";
import { db } from "@/lib/core/db";
import { byId, type Resolvers } from "./types";

// Titles of the grassroots side: subdistricts, communities, pairings, needs, service sites.

const needSelect = { select: { id: true, title: true } } as const;
const needHref = (needId: number) => `/admin/needs/${needId}`;

export const pairingResolvers = {
  Subdistrict: (ids) =>
    byId(
      ids,
      (id) => db.subdistrict.findMany({ where: { id: { in: id } }, select: { id: true, name: true } }),
      // Subdistricts are edited on the communities page.
      (row) => ({ title: row.name, href: "/admin/communities" }),
    ),
  Community: (ids) =>
    byId(
      ids,
      (id) => db.community.findMany({ where: { id: { in: id } }, select: { id: true, name: true } }),
      (row) => ({ title: row.name, href: `/admin/communities/${row.id}` }),
    ),
  Pairing: (ids) =>
    byId(
      ids,
      (id) =>
        db.pairing.findMany({
          where: { id: { in: id } },
          select: { id: true, community: { select: { name: true } } },
        }),
      (row) => ({ title: row.community.name, href: `/admin/pairings/${row.id}` }),
    ),
  Need: (ids) =>
    byId(
      ids,
      (id) => db.need.findMany({ where: { id: { in: id } }, select: { id: true, title: true } }),
      (row) => ({ title: row.title, href: needHref(row.id) }),
    ),
  NeedOffer: (ids) =>
    byId(
      ids,
      (id) =>
        db.needOffer.findMany({
          where: { id: { in: id } },
          select: { id: true, need: needSelect, unit: { select: { name: true } } },
        }),
      (row) => ({ title: `${row.need.title} · ${row.unit.name}`, href: needHref(row.need.id) }),
    ),
  NeedPhoto: (ids) =>
    byId(
      ids,
      (id) => db.needPhoto.findMany({ where: { id: { in: id } }, select: { id: true, need: needSelect } }),
      (row) => ({ title: row.need.title, href: needHref(row.need.id) }),
    ),
  ServiceSite: (ids) =>
    byId(
      ids,
      (id) => db.serviceSite.findMany({ where: { id: { in: id } }, select: { id: true, name: true } }),
      (row) => ({ title: row.name, href: `/admin/sites/${row.id}` }),
    ),
  ServiceLogEntry: (ids) =>
    byId(
      ids,
      (id) =>
        db.serviceLogEntry.findMany({
          where: { id: { in: id } },
          select: { id: true, servedOn: true, site: { select: { id: true, name: true } } },
        }),
      (row) => ({
        title: `${row.site.name} · ${row.servedOn.toISOString().slice(0, 10)}`,
        href: `/admin/sites/${row.site.id}/log/${row.id}`,
      }),
    ),
} satisfies Partial<Resolvers>;
