import { Link } from "@/lib/core/i18n/navigation";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("core.errors");
  const tc = await getTranslations("core.common");
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-stone-600">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {tc("backHome")}
      </Link>
    </div>
  );
}
