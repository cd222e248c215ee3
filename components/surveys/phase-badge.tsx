import { getTranslations } from "next-intl/server";
import type { SurveyPhase } from "@/lib/surveys/window";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<SurveyPhase, BadgeTone> = {
  draft: "neutral",
  upcoming: "amber",
  open: "green",
  closed: "neutral",
};

/** Draft, not open yet, open or closed, as read from the window (lib/surveys/window.ts). */
export async function PhaseBadge({ phase }: { phase: SurveyPhase }) {
  const t = await getTranslations("surveys.answer.phase");
  return <Badge tone={tones[phase]}>{t(phase)}</Badge>;
}
