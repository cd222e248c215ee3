// Where a survey stands: a draft until it is sent; once sent, the answer window alone decides
// whether it is upcoming, open or closed (nothing changes a status when the clock passes).

export type SurveyPhase = "draft" | "upcoming" | "open" | "closed";

export type SurveyWindow = { status: "DRAFT" | "SENT"; opensAt: Date; closesAt: Date };

export function surveyPhase(survey: SurveyWindow, now: Date = new Date()): SurveyPhase {
  if (survey.status === "DRAFT") return "draft";
  if (now.getTime() < survey.opensAt.getTime()) return "upcoming";
  if (now.getTime() >= survey.closesAt.getTime()) return "closed";
  return "open";
}
