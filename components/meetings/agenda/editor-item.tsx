import { getTranslations } from "next-intl/server";
import type { AgendaItemView } from "@/lib/meetings/agenda/queries";
import { formatFileSize } from "@/lib/meetings/agenda/file-name";
import { DeleteAttachmentForm, UploadAttachmentForm } from "./attachment-forms";
import { attachmentHref } from "./attachment-links";
import { DeleteItemForm } from "./delete-item-form";
import { ItemForm, type UnitOption } from "./item-form";
import { MoveButtons } from "./move-buttons";

/** One item in the admin editor: summary, move buttons, and (folded) edit, files and delete. */
export async function EditorItem({
  meetingId,
  item,
  position,
  total,
  units,
  started,
  readOnly,
}: {
  meetingId: number;
  item: AgendaItemView;
  position: number;
  total: number;
  units: UnitOption[];
  started: boolean;
  readOnly: boolean;
}) {
  const t = await getTranslations("meetings.agenda");
  // A presenter suspended since stays selectable for this item, so saving keeps it.
  const presenter = item.presenterUnit;
  const options =
    presenter && !units.some((unit) => unit.id === presenter.id) ? [...units, presenter] : units;
  return (
    <li className="space-y-3 rounded-lg bg-white p-3 shadow-sm sm:p-4" aria-label={item.title}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 space-y-1">
          <p className="text-sm text-stone-600">{t("itemPosition", { position })}</p>
          <p className="font-medium">{item.title}</p>
          <p className="text-sm text-stone-700">
            {presenter ? t("presenter", { unit: presenter.name }) : t("noPresenter")}
            {" · "}
            {t("minutes", { count: item.durationMinutes })}
          </p>
        </div>
        {readOnly ? null : (
          <MoveButtons
            meetingId={meetingId}
            itemId={item.id}
            title={item.title}
            position={position}
            total={total}
            started={started}
          />
        )}
      </div>
      {item.attachments.length > 0 ? (
        <ul className="space-y-2 text-sm" aria-label={t("attachments")}>
          {item.attachments.map((attachment) => (
            <li key={attachment.id} className="flex flex-wrap items-center gap-2">
              <a
                href={attachmentHref(meetingId, attachment.id)}
                className="break-all text-brand-700 underline underline-offset-2"
              >
                {attachment.fileName}
              </a>
              <span className="text-stone-600">({formatFileSize(attachment.size)})</span>
              {readOnly ? null : (
                <DeleteAttachmentForm
                  meetingId={meetingId}
                  attachmentId={attachment.id}
                  fileName={attachment.fileName}
                  started={started}
                />
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <details className="rounded border border-stone-200 p-3">
          <summary className="cursor-pointer font-medium text-brand-700">
            {t("form.edit", { title: item.title })}
          </summary>
          <div className="mt-3 space-y-4 divide-y divide-stone-200 [&>*+*]:pt-4">
            <ItemForm
              meetingId={meetingId}
              item={{
                id: item.id,
                title: item.title,
                presenterUnitId: presenter?.id ?? null,
                durationMinutes: item.durationMinutes,
              }}
              units={options}
              started={started}
            />
            <UploadAttachmentForm meetingId={meetingId} itemId={item.id} started={started} />
            <DeleteItemForm meetingId={meetingId} itemId={item.id} started={started} />
          </div>
        </details>
      )}
    </li>
  );
}
