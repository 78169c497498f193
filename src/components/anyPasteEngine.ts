// What the paste box loads on demand: the recognizer and its words (the start page carries neither).
import { loadWords } from '../i18n/load';

await loadWords(['paste']);

export { contextOf, fileRecognized, filingWarnings, pending, recognize } from '../engine/inputs/recognize';
export { isSessionEmpty } from '../engine/share/share';
export { mergeBundles } from './bundles';
export { parseBundleText, renderBundleError, renderNote } from '../engine/gather/bundle';
