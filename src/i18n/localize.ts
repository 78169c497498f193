// The one way a diagnosis gets its words, for the app and the CLI alike: every finding's message and every fix
// summary in the chosen language (the engine emits codes and params only).
import type { FindingCode, FixCode } from '../engine/checks/index';
import type { CheckId } from '../engine/types';
import { renderDiagnosis } from '../engine/diagnose';
import type { Diagnosis } from '../engine/types';
import type checks from './en/checks';
import type grammar from './en/grammar';
import type paste from './en/paste';
import type report from './en/report';
import type results from './en/results';
import type triage from './en/triage';
import type values from './en/values';
import { t } from './index';
import type { Lang } from './langs';

export function localizeDiagnosis(d: Diagnosis, lang: Lang): Diagnosis {
  return renderDiagnosis(d, (key, params) => t(lang, key, params));
}

/** The English keys the engine's codes can find words under (every other language has the same keys). */
type EngineKey = keyof (typeof checks & typeof grammar & typeof paste & typeof report & typeof results & typeof triage & typeof values);
/** The keys with no words: every finding and fix code the registry declares, and every check's title and why. */
type Unworded = Exclude<`finding.${FindingCode}` | `fix.${FixCode}` | `check.${CheckId}.${'title' | 'why'}`, EngineKey>;
/** This line stops compiling when a key has no words, naming each: `'"finding.X_MISSING": "has no words"'`. */
export const EVERY_CODE_HAS_WORDS: [Unworded] extends [never] ? true : { [Key in Unworded]: 'has no words' } = true;
