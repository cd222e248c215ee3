// The meeting page as data (lib/meetings/page-view.ts builds it): types only, so the browser's
// island can use them. Dates are ISO strings, as the JSON of GET /api/meetings/<id>/viewer.
import type {
  DecisionStatus,
  MeetingKind,
  MeetingStatus,
  MinutesStatus,
  MinutesVisibility,
  RsvpResponse,
} from "@/lib/generated/prisma/enums";
import type { AttendanceTotals } from "./attendance/queries";
import type { AttendanceStatusName } from "./attendance/rates";

export type MeetingPageView = {
  meeting: {
    id: number;
    title: string;
    status: MeetingStatus;
    kind: MeetingKind;
    startsAt: string;
    endsAt: string | null;
  };
  detail: {
    place: string;
    cancelReason: string;
    venue: { name: string; address: string; unit: string } | null;
    host: { name: string; slug: string; withdrawn: boolean } | null;
    /** Null without a link; `url` null when the viewer may not have it (visitors). */
    online: { url: string | null } | null;
  };
  signedIn: boolean;
  admin: boolean;
  /** The viewer's unit's answer, when it is invited. */
  rsvp: {
    response: RsvpResponse;
    delegateName: string;
    excuseReason: string;
    open: boolean;
  } | null;
  agenda: {
    totalMinutes: number;
    items: {
      id: number;
      title: string;
      durationMinutes: number;
      presenter: string | null;
      attachments: { id: number; fileName: string; size: number }[];
    }[];
    amendments: { id: number; note: string; actor: string | null; createdAt: string }[];
  };
  attendance: {
    started: boolean;
    checkIn: { recorded: AttendanceStatusName | null; headcount: number } | null;
    totals: AttendanceTotals;
    rows:
      { unitId: number; unitName: string; status: AttendanceStatusName | null; headcount: number }[] | null;
  } | null;
  minutes: {
    writer: {
      status: MinutesStatus;
      currentVersion: number;
      draftSavedAt: string | null;
      links: boolean;
    } | null;
    published: {
      visibility: MinutesVisibility;
      publishedAt: string | null;
      body: string;
      errata: { id: number; body: string; author: { name: string }; createdAt: string }[];
    } | null;
  } | null;
  decisions: {
    link: "manage" | "details" | null;
    items: {
      id: number;
      title: string;
      owner: string;
      dueOn: string;
      status: DecisionStatus;
      overdue: boolean;
    }[];
  } | null;
};
