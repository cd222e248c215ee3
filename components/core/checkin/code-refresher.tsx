"use client";

import { useEffect, useState } from "react";
import { useRouter } from "@/lib/core/i18n/navigation";
import { useTranslations } from "next-intl";
import { checkinPeriodMs as period } from "@/lib/core/checkin-code/period";

/**
 * Keeps a check-in screen (the lead's at an activity, the admin's at a meeting) current: counts down to the next code and re-renders the
 * server page when it changes (and every 30 s, for the live check-in counts). Without script the
 * page says to reload instead.
 */
export function CodeRefresher() {
  const t = useTranslations("activities.checkin");
  const router = useRouter();
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    let lastRefresh = Date.now();
    const tick = () => {
      const now = Date.now();
      const seconds = Math.ceil((period - (now % period)) / 1000);
      setLeft(seconds);
      const crossed = Math.floor(now / period) !== Math.floor(lastRefresh / period);
      if (crossed || now - lastRefresh >= 30_000) {
        lastRefresh = now;
        router.refresh();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [router]);
  if (left === null) return null;
  return (
    <p className="text-sm text-stone-700" aria-live="off">
      {t("nextCodeIn", { seconds: left })}
    </p>
  );
}
