import { isStepId, type StepId } from '../../wizard/tree';

/** The route that opens a share link: `#/share/<data>?at=<stepId>` (docs/decisions/0004-share-links.md). */
export const SHARE_PREFIX = '/share/';

/** The app's own address without embed mode (a link opened by hand gets the full page), then the share route. */
export function shareUrl(data: string, at: StepId): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('embed');
  url.hash = `${SHARE_PREFIX}${data}?at=${at}`;
  return url.toString();
}

/** The step the user is on, from a router pathname; the results for anything else. */
export function stepFromPath(pathname: string): StepId {
  const id = /^\/step\/([^/]+)$/.exec(pathname)?.[1];
  return isStepId(id) ? id : 'results';
}

export function sessionFileName(now = new Date()): string {
  return `copy-doctor-session-${now.toISOString().slice(0, 10)}.json`;
}
