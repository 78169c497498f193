// Importing this module adds the share words to the catalogs (the screens that need them load it lazily).
import { addCatalogs } from '../../i18n';
import { shareMessages } from '../../i18n/parts/share';

addCatalogs([shareMessages]);
