export function findBrowser(): Promise<{ path: string | undefined; from: 'CHROMIUM_PATH' | 'system' | 'playwright' } | undefined>;
