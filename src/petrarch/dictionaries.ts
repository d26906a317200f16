import { join } from 'node:path';
import type { DataFileError } from '../errors.js';
import { parseActorDictionary, type ActorEntry } from './actor-dictionary.js';
import { parseAgentDictionary, type AgentEntry } from './agent-dictionary.js';
import { parseDiscardDictionary, type DiscardEntry } from './discard-dictionary.js';
import { PhraseIndex } from './phrase-index.js';
import type { Environment } from './records-xml.js';
import { readDictionarySource } from './source-lines.js';
import type { Transformation } from './transformation-syntax.js';
import { parseVerbDictionary } from './verb-dictionary.js';
import { VerbIndex } from './verb-index.js';

/** A noun phrase the actor and agent files know: both are looked up together, the longest name winning. */
export type Noun = { kind: 'actor'; entry: ActorEntry } | { kind: 'agent'; entry: AgentEntry };

export interface PetrarchDictionaries {
  nouns: PhraseIndex<Noun>;
  verbs: VerbIndex;
  discards: PhraseIndex<DiscardEntry>;
  transformations: Transformation[];
  /** Malformed entries that were left out, each naming its file and line. */
  issues: DataFileError[];
}

/** PETRARCH's own defaults (PETR_config.ini), used when a records file has no `<Environment>`. */
export const PHOENIX_ENVIRONMENT: Environment = {
  verbFile: 'CAMEO.2.0.txt',
  actorFiles: ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'],
  agentFile: 'Phoenix.agents.txt',
  discardFile: 'Phoenix.discards.txt',
};

/** Reads and compiles the dictionaries an environment names inside `dir`. A missing file throws a DataFileError. */
export function loadDictionaries(dir: string, environment: Environment): PetrarchDictionaries {
  const issues: DataFileError[] = [];
  const read = (file: string) => readDictionarySource(join(dir, file));
  const nouns = new PhraseIndex<Noun>();
  for (const file of environment.actorFiles) {
    for (const entry of parseActorDictionary(read(file), issues)) {
      const noun: Noun = { kind: 'actor', entry };
      for (const name of entry.names) nouns.add(name, noun);
    }
  }
  if (environment.agentFile) {
    for (const entry of parseAgentDictionary(read(environment.agentFile), issues)) {
      const noun: Noun = { kind: 'agent', entry };
      for (const name of entry.names) nouns.add(name, noun);
    }
  }
  const discards = new PhraseIndex<DiscardEntry>();
  if (environment.discardFile) for (const entry of parseDiscardDictionary(read(environment.discardFile), issues)) discards.add(entry.phrase, entry);
  const verbDictionary = environment.verbFile ? parseVerbDictionary(read(environment.verbFile), issues) : { file: '', blocks: [], synsets: new Map(), transformations: [] };
  const verbs = new VerbIndex(verbDictionary, issues);
  return { nouns, verbs, discards, transformations: verbDictionary.transformations, issues };
}
