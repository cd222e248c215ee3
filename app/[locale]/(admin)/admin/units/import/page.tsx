import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/core/auth/session";
import { LeagueOrgType, UnitCategory } from "@/lib/generated/prisma/enums";
import { headerAliases } from "@/lib/units/admin/import/headers";
import { importFields, requiredFields } from "@/lib/units/admin/import/fields";
import { maxFileBytes, maxRows } from "@/lib/units/admin/import/read-unit-file";
import { BackLink } from "@/components/ui/back-link";
import { UnitImport } from "@/components/units/admin/unit-import";
import { cardClass } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.admin.import");
  return { title: t("title") };
}

const chineseAlias = (aliases: readonly string[]) => aliases.find((alias) => /[\u4e00-\u9fff]/.test(alias));

async function ImportUnitsPageContent() {
  await requireAdmin("/admin/units/import");
  const [t, te, tc] = await Promise.all([
    getTranslations("units.admin"),
    getTranslations("core.enums"),
    getTranslations("core.common"),
  ]);
  const labels = {
    category: Object.fromEntries(
      Object.values(UnitCategory).map((value) => [value, te(`UnitCategory.${value}`)]),
    ),
    orgType: Object.fromEntries(
      Object.values(LeagueOrgType).map((value) => [value, te(`LeagueOrgType.${value}`)]),
    ),
    yes: tc("yes"),
    no: tc("no"),
  };
  const maxMb = maxFileBytes / 1024 / 1024;
  return (
    <div className="space-y-6">
      <BackLink href="/admin/units" label={t("backToList")} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("import.title")}</h1>
        <p className="text-stone-700">{t("import.intro")}</p>
      </header>
      <details className={cardClass()}>
        <summary className="cursor-pointer font-semibold">{t("import.columnsTitle")}</summary>
        <p className="mt-2 text-sm text-stone-700">{t("import.columnsIntro")}</p>
        <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {importFields.map((field) => (
            <li key={field}>
              <span className="font-mono">{field}</span> / {chineseAlias(headerAliases[field])}（
              {t(`form.${field}`)}）
              {requiredFields.includes(field) ? (
                <span className="text-red-800"> {t("import.columnsRequired")}</span>
              ) : null}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-stone-700">{t("import.valuesNote", { maxRows, maxMb })}</p>
      </details>
      <UnitImport labels={labels} maxBytes={maxFileBytes} />
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function ImportUnitsPage() {
  return (
    <ClientMessages namespaces={["activities.admin.import", "core.errors", "core.validation", "units.admin"]}>
      <ImportUnitsPageContent />
    </ClientMessages>
  );
}
