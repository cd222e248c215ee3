import type { Metadata } from "next";
import { Link } from "@/lib/core/i18n/navigation";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/core/auth/policy";
import { requireAdmin } from "@/lib/core/auth/session";
import { getApplication } from "@/lib/units/admission/queries";
import { suggestShortName, suggestSlug } from "@/lib/units/admission/suggest-unit-names";
import { ApplicationStatusBadge } from "@/components/units/admission/application-status-badge";
import { ApproveForm } from "@/components/units/admission/approve-form";
import { RejectForm, RequestInfoForm } from "@/components/units/admission/decision-forms";
import { DetailList, DetailRow } from "@/components/ui/detail-list";
import { Card } from "@/components/ui/card";
import { BackLink } from "@/components/ui/back-link";
import { ClientMessages } from "@/components/core/i18n/client-messages";

type Params = Promise<{ id: string }>;

async function load(params: Params) {
  const raw = (await params).id;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  return id ? getApplication(id) : null;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.admission.review");
  return { title: t("title") };
}

/** One application with everything the admin needs, and the three decisions while it is open. */
async function ApplicationPageContent({ params }: { params: Params }) {
  const user = await requireAdmin(`/admin/applications/${(await params).id}`);
  if (!can(user, "membership.review")) forbidden();
  const application = await load(params);
  if (!application) notFound();
  const [t, te, format] = await Promise.all([
    getTranslations("units.admission.review"),
    getTranslations("core.enums"),
    getFormatter(),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const open = application.status === "PENDING" || application.status === "NEEDS_INFO";
  const target = { id: application.id, version: application.version };
  const text = (value: string) => <span className="whitespace-pre-line">{value}</span>;

  return (
    <article className="space-y-6">
      <BackLink href="/admin/applications" label={t("backToList")} />
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{application.orgName}</h1>
        <ApplicationStatusBadge status={application.status} />
      </header>

      <Card aria-labelledby="details-heading" className="sm:p-6">
        <h2 id="details-heading" className="mb-3 text-lg font-semibold">
          {t("details")}
        </h2>
        <DetailList>
          <DetailRow label={t("reference")}>
            <span className="font-mono">{application.reference}</span>
          </DetailRow>
          <DetailRow label={t("submittedAt")}>{when(application.createdAt)}</DetailRow>
          <DetailRow label={t("category")}>{te(`UnitCategory.${application.category}`)}</DetailRow>
          <DetailRow label={t("orgType")}>{te(`LeagueOrgType.${application.orgType}`)}</DetailRow>
          <DetailRow label={t("district")}>
            {te(application.inDistrict ? "District.IN" : "District.OUT")}
          </DetailRow>
          <DetailRow label={t("address")}>{application.address}</DetailRow>
          <DetailRow label={t("secretaryName")}>{application.secretaryName}</DetailRow>
          <DetailRow label={t("mobile")}>
            <a href={`tel:${application.mobile}`} className="text-brand-700 underline underline-offset-2">
              {application.mobile}
            </a>
          </DetailRow>
          <DetailRow label={t("email")}>
            <a
              href={`mailto:${application.email}`}
              className="break-all text-brand-700 underline underline-offset-2"
            >
              {application.email}
            </a>
          </DetailRow>
          <DetailRow label={t("motivation")}>{text(application.motivation)}</DetailRow>
          {application.adminMessage ? (
            <DetailRow label={t("adminMessage")}>{text(application.adminMessage)}</DetailRow>
          ) : null}
          {application.applicantReply ? (
            <DetailRow label={t("applicantReply")}>{text(application.applicantReply)}</DetailRow>
          ) : null}
          {application.decidedBy ? (
            <DetailRow label={t("decidedBy")}>{application.decidedBy.name}</DetailRow>
          ) : null}
          {application.decidedAt ? (
            <DetailRow label={t("decidedAt")}>{when(application.decidedAt)}</DetailRow>
          ) : null}
          {application.unit ? (
            <DetailRow label={t("unit")}>
              <Link
                href={`/units/${application.unit.slug}`}
                className="text-brand-700 underline underline-offset-2"
              >
                {application.unit.name}
              </Link>
            </DetailRow>
          ) : null}
        </DetailList>
      </Card>

      {/* Always rendered in the same place: after a decision the forms keep their result (the activation link). */}
      <Card aria-labelledby="decision-heading" className="space-y-6 sm:p-6">
        <h2 id="decision-heading" className="text-lg font-semibold">
          {t("decision")}
        </h2>
        <ApproveForm
          target={target}
          open={open}
          suggested={{
            name: application.orgName,
            shortName: suggestShortName(application.orgName),
            slug: suggestSlug(application.orgName, application.reference),
            mobile: application.mobile,
          }}
        />
        <RequestInfoForm target={target} open={open} />
        <RejectForm target={target} open={open} />
        {open ? null : <p className="text-stone-600">{t("decided")}</p>}
      </Card>
    </article>
  );
}

/** The page with the messages of the forms it renders, and no others (client-messages.tsx). */
export default function ApplicationPage(props: Parameters<typeof ApplicationPageContent>[0]) {
  return (
    <ClientMessages forms namespaces={["units.admission.apply", "units.admission.review"]}>
      <ApplicationPageContent {...props} />
    </ClientMessages>
  );
}
