import { getTranslations } from "next-intl/server";
import { formatBeijingDateTime } from "@/lib/core/time/beijing";
import type { SwapRow } from "@/lib/rotation/swaps/queries";
import { SwapActions } from "./swap-actions";

/** Swaps of one unit: what was asked, of whom, its state, and the actions still open to it. */
export async function SwapList({ swaps, unitId }: { swaps: SwapRow[]; unitId: number }) {
  const t = await getTranslations("rotation.unit");
  if (swaps.length === 0) return <p className="text-stone-600">{t("noSwaps")}</p>;
  return (
    <ul className="space-y-3">
      {swaps.map((swap) => {
        const open = swap.status === "REQUESTED" || swap.status === "ACCEPTED";
        return (
          <li key={swap.id} id={`swap-${swap.id}`} className="space-y-2 rounded-lg bg-white p-3 shadow-sm">
            <p className="font-medium">
              {t("swapLine", {
                from: swap.fromUnit.name,
                fromMonth: t("month", { month: swap.fromMonth }),
                to: swap.toUnit.name,
                toMonth: t("month", { month: swap.toMonth }),
              })}
            </p>
            <p className="text-sm text-stone-700">
              {t(`status.${swap.status}`)} · {formatBeijingDateTime(swap.updatedAt)}
            </p>
            {swap.note ? (
              <p className="text-sm text-stone-700">{t("swapNote", { note: swap.note })}</p>
            ) : null}
            {swap.answerNote ? (
              <p className="text-sm text-stone-700">{t("answerNoteShown", { note: swap.answerNote })}</p>
            ) : null}
            <SwapActions
              swapId={swap.id}
              version={swap.version}
              canAnswer={swap.status === "REQUESTED" && swap.toUnit.id === unitId}
              canCancel={open && swap.fromUnit.id === unitId}
            />
          </li>
        );
      })}
    </ul>
  );
}
