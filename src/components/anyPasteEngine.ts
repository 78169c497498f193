// What the paste box loads on demand: the recognizer and its words (the start page carries neither).
import { addCatalogs } from '../i18n';
import { recognizeMessages } from '../i18n/parts/recognize';
import { gatherMessages } from '../i18n/parts/gather';

addCatalogs([recognizeMessages, gatherMessages]);

export { contextOf, fileRecognized, filingWarnings, pending, recognize } from '../engine/inputs/recognize';
export { isSessionEmpty } from '../engine/share/share';
export { mergeBundles } from './bundles';
export { parseBundleText, renderBundleError, renderNote } from '../engine/gather/bundle';
