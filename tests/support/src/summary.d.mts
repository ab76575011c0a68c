export declare function summarize(
  report: unknown,
  run: { status: number; skipRequested?: string[]; root?: string },
): { ok: boolean; line: string; details: string[] }
