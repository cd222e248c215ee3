"use server";

import { redirectLocalized } from "@/lib/core/i18n/redirect";
import { safeRedirectPath } from "@/lib/core/http/safe-redirect";
import { runAction } from "@/lib/core/actions/run-action";
import { venueFeed } from "@/lib/core/site/revalidate-public";
import { bookingFeedPages } from "./feed-pages";
import { success, type FormState } from "@/lib/core/forms/form-state";
import { cancelBooking as cancelBookingMutation } from "./cancel-booking";
import { createBooking as createBookingMutation } from "./create-booking";
import { decideBooking as decideBookingMutation } from "./decide-booking";
import { cancelBookingSchema, createBookingSchema, decideBookingSchema } from "./schemas";

// Booking acts for the secretary's own unit (admins have none and are refused by the policy).
// Deciding and cancelling: who may is known only from the booking, so the policy admits admins
// and secretaries here and the mutation asks it again on the locked row.
const paths = ["/my/bookings", "/venues"];
// The venue's public feed lists confirmed bookings: a booking made (some are confirmed at once),
// confirmed or cancelled changes it.
const withVenueFeed = async (input: { bookingId: number }) => [
  ...paths,
  ...(await bookingFeedPages(input.bookingId)),
];

export async function createBooking(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: createBookingSchema,
    authorize: "booking.create",
    run: (input, actor) => createBookingMutation(actor, input),
    revalidate: (input) => [...paths, `/venues/${input.venueId}`, ...venueFeed(input.venueId)],
  });
}

/**
 * The booking form's action: after a booking is made (or found again on a double submit) the
 * secretary lands on it in /my/bookings with its status, instead of a form that stays filled.
 * Also without JavaScript, as the redirect is the server's answer to the post.
 */
export async function bookAndOpen(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await createBooking(previous, formData);
  const { bookingId, status, skipped } = state.data ?? {};
  if (state.ok && typeof bookingId === "number" && (status === "PENDING" || status === "CONFIRMED")) {
    const query = new URLSearchParams({ booked: String(bookingId) });
    if (typeof skipped === "string" && skipped) query.set("skipped", skipped);
    return redirectLocalized(safeRedirectPath(`/my/bookings?${query}#booking-${bookingId}`, "/my/bookings"));
  }
  return state;
}

export async function decideBooking(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: decideBookingSchema,
    authorize: "booking.decide",
    run: async (input, actor) => {
      const status = await decideBookingMutation(actor, input);
      return success(`venues.bookings.messages.${status === "CONFIRMED" ? "approved" : "declined"}`, {
        bookingId: input.bookingId,
        status,
      });
    },
    revalidate: withVenueFeed,
  });
}

export async function cancelBooking(_previous: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, {
    schema: cancelBookingSchema,
    authorize: "booking.cancel",
    run: async (input, actor) => {
      await cancelBookingMutation(actor, input);
      return success("venues.bookings.messages.cancelled", {
        bookingId: input.bookingId,
        status: "CANCELLED",
      });
    },
    revalidate: withVenueFeed,
  });
}
