// What a language folder holds. `en/` is the source: every other language has the same files, and each file's
// words are typed by the English file's keys, so a missing or an extra key is a compile error.

/** One part of a language: exactly the English part's keys. */
export type Words<English> = { [K in keyof English]: string };

/**
 * The files of every language folder, by when the app needs them: `start` before the first screen, `paste` with the
 * paste box's recognizer, `share` with the share panel, and the rest with the steps after the start page.
 */
export const PARTS = ['start', 'paste', 'share', 'checks', 'grammar', 'triage', 'results', 'report', 'diagram', 'values'] as const;
export type Part = (typeof PARTS)[number];

/** Every part but the start page's: what the steps after the start page need. */
export const STEP_PARTS: readonly Part[] = PARTS.filter((p) => p !== 'start');
