// The bench's JSON file: one run's figures per scale, with the machine they were measured on.
import { cpus, platform, release, totalmem } from "node:os";
import type { DataSetSummary } from "./data/generate";
import type { Figures } from "./figures";

export const RESULTS_FILE = "docs/bench/latest.json";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
}

export interface ScaleResult {
  units: number;
  dataSet: DataSetSummary;
  figures: Figures[];
}

export interface BenchResults {
  date: string;
  machine: Machine;
  seconds: number;
  connections: number;
  /** The static page the ratios are taken to ("/api/health" while there is no /about). */
  ceiling: string;
  /** Said about the conditions, e.g. that other work loaded the machine (BENCH_NOTE). */
  note: string;
  scales: ScaleResult[];
  /** Figures at the largest scale worse than half of the smallest scale's. */
  scaling: string[];
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? "unknown",
    cores: list.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
  };
}
