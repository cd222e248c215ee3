// Every action the portal writes to the audit log, by group (the code's first segment). The
// registry, not a scan of the source, is what keeps the readable log complete: recordAudit's
// `action` is typed `AuditAction`, so a new code anywhere in lib/ (a literal, a conditional, a
// template such as `pairing.${transition}` or a helper's parameter) fails type checking until it
// is listed here, and actions.test.ts fails until each listed code has a name in both languages.
// A source scan would miss codes built from variables; the type system does not.

export const auditActionGroups = {
  account: ["activate", "resetPasswordByLink", "changePassword", "updateProfile"],
  accountToken: ["issue"],
  activity: [
    "create",
    "import",
    "update",
    "delete",
    "move",
    "claim",
    "release",
    "assignLead",
    "reassignLead",
    "unassignLead",
    "schedule",
    "openSignUp",
    "closeSignUp",
    "reopenSignUp",
    "checkIn",
    "markHeld",
    "cancel",
  ],
  agendaAttachment: ["create", "delete"],
  agendaItem: ["create", "update", "move", "delete"],
  application: ["submit", "requestInfo", "reply", "approve", "reject"],
  audit: ["export"],
  booking: ["create", "confirm", "decline", "cancel"],
  commitmentRecord: [
    "submit",
    "update",
    "resubmit",
    "delete",
    "confirm",
    "return",
    "addPhoto",
    "removePhoto",
  ],
  community: ["create", "update"],
  decision: ["add", "edit", "move", "updateStatus", "remove"],
  meeting: [
    "schedule",
    "update",
    "uninvite",
    "remind",
    "respond",
    "checkIn",
    "recordAttendance",
    "markHeld",
    "cancel",
  ],
  minutes: ["startDraft", "save", "restore", "publish", "addErratum"],
  need: ["create", "update", "attach", "convert", "close", "cancel", "addPhoto", "removePhoto"],
  needOffer: ["create", "withdraw", "accept", "decline"],
  pairing: ["create", "propose", "approve", "decline", "pause", "resume", "end", "addUnit", "removeUnit"],
  participation: ["join", "withdraw", "promote"],
  planYear: ["create", "update", "publish", "unpublish"],
  report: ["submit", "resubmit", "accept", "requestFix", "addPhoto", "removePhoto"],
  rotation: [
    "createSettings",
    "updateSettings",
    "setUnitTimes",
    "addPair",
    "removePair",
    "savePreferences",
    "generateDraft",
    "moveDuty",
    "swapDuties",
    "publish",
    "requestSwap",
    "answerSwap",
    "decideSwap",
    "applySwap",
    "cancelSwap",
    "remind",
  ],
  serviceLog: ["add", "update", "delete", "syncAdd", "syncUpdate"],
  site: ["create", "update", "addUnit", "removeUnit"],
  subdistrict: ["create", "rename"],
  survey: [
    "create",
    "update",
    "question.add",
    "question.update",
    "question.move",
    "question.remove",
    "send",
    "remind",
    "answer",
    "answer.change",
    "draftActivities",
  ],
  unit: [
    "create",
    "import",
    "update",
    "updateProfile",
    "replaceLogo",
    "removeLogo",
    "suspend",
    "reactivate",
    "withdraw",
  ],
  user: [
    "create",
    "addAdmin",
    "addSecretary",
    "replaceSecretary",
    "edit",
    "resetPassword",
    "deactivate",
    "reactivate",
  ],
  venue: ["create", "update", "show", "hide", "addClosedDate", "removeClosedDate", "addPhoto", "removePhoto"],
} as const;

type Groups = typeof auditActionGroups;
export type AuditActionGroup = keyof Groups;
export type AuditAction = { [G in AuditActionGroup]: `${G}.${Groups[G][number]}` }[AuditActionGroup];

export const auditActions: readonly AuditAction[] = (
  Object.entries(auditActionGroups) as Array<[AuditActionGroup, readonly string[]]>
).flatMap(([group, verbs]) => verbs.map((verb) => `${group}.${verb}` as AuditAction));

const known = new Set<string>(auditActions);

export function isAuditAction(code: string): code is AuditAction {
  return known.has(code);
}

/**
 * The catalog key of an action's name, under core.auditActions: next-intl reads dots as nesting
 * and "survey.answer" is both a name and the start of "survey.answer.change", so the group is
 * one level and the rest of the code one key with "_" for its dots ("survey.answer_change").
 */
export function actionNameKey(code: string): string {
  const [group, ...rest] = code.split(".");
  return `actions.${group}.${rest.join("_")}`;
}

/** The group ("unit") of a code or of a prefix filter ("unit."). */
export function actionGroupOf(code: string): string {
  return code.split(".")[0] ?? code;
}
