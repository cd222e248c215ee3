import bcrypt from "bcryptjs";

const cost = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Stored for accounts that have no password yet (awaiting activation): matches nothing. */
export const noPasswordHash = "!";
