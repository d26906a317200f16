/**
 * PETRARCH compatibility: PETRARCH's dictionary formats and XML input, and a coder that codes PETRARCH records from
 * their Penn Treebank parses. The readers report each malformed dictionary entry with its file and line.
 */
export { codeRecord, type PetrarchEvent, type RecordCoding } from './coder.js';
export { loadDictionaries, PHOENIX_ENVIRONMENT, type PetrarchDictionaries } from './dictionaries.js';
export { DEFAULT_OPTIONS, type CodingOptions } from './options.js';
export { parseRecordsXml, type Environment, type PetrarchRecord, type RecordsFile } from './records-xml.js';
