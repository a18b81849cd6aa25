/** Exit codes scripts can rely on: 0 all done, 1 some inputs failed (and were reported), 2 usage. */
export const EXIT = { ok: 0, partial: 1, usage: 2 } as const;

/** Thrown by commands for bad arguments: exit code 2 with one clear line. */
export class UsageError extends Error {}
