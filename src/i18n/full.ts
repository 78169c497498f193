// Every catalog: the screens' words plus the engine's (findings, triage, checks). Importing this module
// adds them; the app loads it with the engine's chunk, the CLI and the tests load it directly.
import type { FindingCode, FixCode } from '../engine/checks/index';
import { renderDiagnosis } from '../engine/diagnose';
import type { Diagnosis, Lang } from '../engine/types';
import { addCatalogs, t } from './index';
import { checkMessages } from './parts/checks';
import { diagramMessages } from './parts/diagram';
import { gatherMessages } from './parts/gather';
import { grammarMessages } from './parts/grammar';
import { moreCheckMessages } from './parts/moreChecks';
import { reportMessages } from './parts/report';
import { resultsMessages } from './parts/results';
import { triageMessages } from './parts/triage';
import { recognizeMessages } from './parts/recognize';
import { valueMessages } from './parts/values';

const ENGINE_PARTS = [triageMessages, grammarMessages, checkMessages, moreCheckMessages, resultsMessages, reportMessages, gatherMessages, diagramMessages, valueMessages, recognizeMessages] as const;
addCatalogs([...ENGINE_PARTS]);

/** The English keys of every engine part (each part's zh-TW has exactly the same keys: `defineCatalog` types it). */
type EngineKey = keyof UnionToIntersection<(typeof ENGINE_PARTS)[number]['en']>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** The codes that have no words. This line stops compiling, naming them, when a check declares a code without words. */
type Unworded = Exclude<`finding.${FindingCode}` | `fix.${FixCode}`, EngineKey>;
export const EVERY_CODE_HAS_WORDS: [Unworded] extends [never] ? true : { unworded: Unworded } = true;

export { catalogs, t } from './index';

/** Fill every finding's message and every fix summary in the chosen language. */
export function localizeDiagnosis(d: Diagnosis, lang: Lang): Diagnosis {
  return renderDiagnosis(d, (key, params) => t(lang, key, params));
}
