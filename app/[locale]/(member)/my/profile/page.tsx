import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSecretary } from "@/lib/core/auth/session";
import { getMyProfile } from "@/lib/units/self-service/queries";
import { ChangePasswordForm } from "@/components/units/self-service/password/change-password-form";
import { ProfileForm } from "@/components/units/self-service/profile-form";
import { Card } from "@/components/ui/card";
import { ClientMessages } from "@/components/core/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.selfService.home");
  return { title: t("profileTitle") };
}

/** The secretary's own account: contact details and password. */
async function MyProfilePageContent() {
  const user = await requireSecretary("/my/profile");
  const profile = await getMyProfile(user.id);
  if (!profile) notFound();
  const t = await getTranslations("units.selfService.home");
  return (
    <div className="mx-auto max-w-xl space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{t("profileTitle")}</h1>
        <p className="text-sm text-stone-600">{t("loginName", { login: profile.login })}</p>
      </header>
      <Card aria-labelledby="contact-heading" className="space-y-4">
        <h2 id="contact-heading" className="text-lg font-semibold">
          {t("contactDetails")}
        </h2>
        <ProfileForm
          name={profile.name}
          mobile={profile.mobile ?? ""}
          email={profile.email ?? ""}
          version={profile.updatedAt.toISOString()}
        />
      </Card>
      <Card aria-labelledby="password-heading" className="space-y-4">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t("passwordHeading")}
        </h2>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function MyProfilePage() {
  return (
    <ClientMessages namespaces={["core.errors", "core.validation", "units.selfService.profile"]}>
      <MyProfilePageContent />
    </ClientMessages>
  );
}
