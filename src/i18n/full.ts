// Every catalog: the screens' words plus the engine's (findings, triage, checks). Importing this module
// adds them; the app loads it with the engine's chunk, the CLI and the tests load it directly.
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

addCatalogs([triageMessages, grammarMessages, checkMessages, moreCheckMessages, resultsMessages, reportMessages, gatherMessages, diagramMessages, valueMessages, recognizeMessages]);

export { catalogs, t } from './index';

/** Fill every finding's message and every fix summary in the chosen language. */
export function localizeDiagnosis(d: Diagnosis, lang: Lang): Diagnosis {
  return renderDiagnosis(d, (key, params) => t(lang, key, params));
}
