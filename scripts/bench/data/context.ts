// What the generator's steps share: the client, the size, the seeded picker, and the ids of
// the rows the demo seed and earlier steps wrote.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { picker } from "../random";
import type { DataSetSize } from "./size";

export interface GenUnit {
  id: number;
  shortName: string;
  /** The unit's primary secretary (every unit has one). */
  secretaryId: number;
}

export interface GenContext {
  db: PrismaClient;
  size: DataSetSize;
  pick: ReturnType<typeof picker>;
  now: Date;
  adminId: number;
  units: GenUnit[];
}

export const dayMs = 86_400_000;
