// Pure ordering of decisions for the lists that chase them: what is overdue comes first, then
// the rest by due date. Dates are calendar days (@db.Date, UTC midnight); "today" is Beijing's.

/** YYYY-MM-DD of a calendar date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A due date is overdue once its day has passed; due today is not overdue yet. */
export function isOverdue(dueOn: Date, today: Date): boolean {
  return isoDay(dueOn) < isoDay(today);
}

/** Only decisions still being worked on can be overdue; done or dropped ones are settled. */
export function isOpenStatus(status: string): boolean {
  return status === "OPEN" || status === "IN_PROGRESS";
}

type Orderable = { id: number; dueOn: Date; status: string };

/** Whether a decision needs chasing: still open and past its due date. */
export function isDecisionOverdue(decision: Orderable, today: Date): boolean {
  return isOpenStatus(decision.status) && isOverdue(decision.dueOn, today);
}

/** Overdue first, then by due date, then oldest first (stable for equal dates). */
export function orderDecisions<T extends Orderable>(decisions: readonly T[], today: Date): T[] {
  return [...decisions].sort((a, b) => {
    const overdue = Number(isDecisionOverdue(b, today)) - Number(isDecisionOverdue(a, today));
    if (overdue !== 0) return overdue;
    const due = a.dueOn.getTime() - b.dueOn.getTime();
    return due !== 0 ? due : a.id - b.id;
  });
}
