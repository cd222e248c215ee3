import { activityChanged, needChanged, type RevalidationTarget } from "@/lib/core/site/revalidate-public";
import { needRefs } from "./queries";

/** The pages that show a need: the public ones (board, need, community, activity) and the desks. */
export async function needPaths(needId: number | null): Promise<RevalidationTarget[]> {
  if (needId === null) return [];
  const refs = await needRefs(needId);
  return [
    "/admin/needs",
    `/admin/needs/${needId}`,
    "/my/needs",
    `/my/needs/${needId}`,
    ...needChanged(needId, refs?.communityId),
    ...(refs?.activityId ? activityChanged({ id: refs.activityId }) : []),
  ];
}
