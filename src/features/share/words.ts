// Words for what can be wrong with a link, a file or a size, shared by the share screens and the notices.
import type { Translate } from '../../lib/i18n';
import { LIMITS, formatBytes, type SizeProblem } from '../../engine/limits';
import type { ShareRead } from '../../engine/share/share';

/** A size cap that was passed, with both sizes. */
export function sizeText(t: Translate, p: SizeProblem): string {
  const params = { size: formatBytes(p.size), max: formatBytes(p.max) };
  if (p.code === 'paste-too-large') return t('share.size.paste', { ...params, input: t(`paste.${p.input}.label`) });
  if (p.code === 'file-too-large') return t('share.size.file', params);
  return t('share.size.session', params);
}

/** Why a link or a file could not be read, in the chosen language. */
export function problemText(t: Translate, read: Extract<ShareRead, { ok: false }>): string {
  if (read.problem === 'size' && read.size) return sizeText(t, read.size);
  return t(`share.problem.${read.problem}`, {
    detail: read.detail ?? '',
    length: (read.length ?? 0).toLocaleString('en'),
    max: read.problem === 'too-long' ? LIMITS.linkChars.toLocaleString('en') : formatBytes(LIMITS.sessionBytes),
  });
}
