// Importing this module loads the share words in the current language (the screens that need them load lazily).
import { loadWords } from '../../i18n/load';

await loadWords(['share']);
