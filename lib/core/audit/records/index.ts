import "server-only";
import { refKey, type RecordKind, type RecordRef } from "../kinds";
import { activityResolvers } from "./activities";
import { meetingResolvers } from "./meetings";
import { otherResolvers } from "./others";
import { pairingResolvers } from "./pairing";
import { rotationResolvers } from "./rotation";
import type { RecordTitle, Resolvers } from "./types";
import { unitResolvers } from "./units";

export type { RecordTitle, TitleMessage } from "./types";

// Typed as every kind's resolver: a new kind in kinds.ts does not compile until it has one.
const resolvers: Resolvers = {
  ...activityResolvers,
  ...meetingResolvers,
  ...pairingResolvers,
  ...rotationResolvers,
  ...otherResolvers,
  ...unitResolvers,
};

// A page touches a dozen kinds at most; a few queries at a time leave the pool to other requests.
const parallelKinds = 4;

/**
 * The titles of the records, one query per kind whatever the number of records: refs are
 * grouped by kind and each kind's resolver reads all its ids at once. A record that no longer
 * exists has no entry (callers fall back to "kind #id").
 */
export async function resolveRecords(refs: Iterable<RecordRef>): Promise<Map<string, RecordTitle>> {
  const idsByKind = new Map<RecordKind, Set<string>>();
  for (const ref of refs) {
    const ids = idsByKind.get(ref.kind) ?? new Set<string>();
    ids.add(ref.id);
    idsByKind.set(ref.kind, ids);
  }
  const kinds = [...idsByKind.keys()];
  const found = new Map<string, RecordTitle>();
  for (let start = 0; start < kinds.length; start += parallelKinds) {
    const batch = kinds.slice(start, start + parallelKinds);
    const results = await Promise.all(batch.map((kind) => resolvers[kind]([...idsByKind.get(kind)!])));
    batch.forEach((kind, index) => {
      for (const [id, title] of results[index]!) found.set(refKey({ kind, id }), title);
    });
  }
  return found;
}
