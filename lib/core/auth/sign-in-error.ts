// The sign-in route can only pass a short string back to the form (next-auth puts the thrown
// message in ?error=). A refusal for too many attempts carries the wait: "RateLimited:<s>".

export const rateLimitedPrefix = "RateLimited";

export function rateLimitedError(retryAfterSeconds: number): string {
  return `${rateLimitedPrefix}:${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

export type SignInMessage =
  | { key: "invalid" | "unexpected" }
  | { key: "rateLimitedSeconds"; values: { seconds: number } }
  | { key: "rateLimitedMinutes"; values: { minutes: number } };

/** The form's message for next-auth's error string (undefined: the request itself failed). */
export function signInMessage(error: string | null | undefined): SignInMessage {
  if (!error) return { key: "unexpected" };
  const match = /^RateLimited:(\d{1,7})$/.exec(error);
  if (!match) return { key: "invalid" };
  const seconds = Number(match[1]);
  if (seconds < 60) return { key: "rateLimitedSeconds", values: { seconds } };
  return { key: "rateLimitedMinutes", values: { minutes: Math.ceil(seconds / 60) } };
}
