export function ensureTabBuilt(options?: { force?: boolean; log?: (message: string) => void; timeoutMs?: number }): Promise<boolean>;
export const TAB_DIST: string;
