import type { PetrarchDictionaries } from './dictionaries.js';
import type { Tree } from './treebank.js';

/**
 * Why a sentence is not coded at all, or null: a discard phrase (sports, weather: `+TYPHOON` drops the story,
 * `BASEBALL` the sentence), or a dateline that the parser took into the sentence ("CEBU CITY: -- Cordova Mayor ..."),
 * which PETRARCH reports as an error rather than coding a sentence whose first words are a place.
 */
export function skipReason(tree: Tree, dictionaries: PetrarchDictionaries): string | null {
  const words = tree.leaves.map((leaf) => leaf.word!);
  const discard = dictionaries.discards.matchAll(words)[0];
  if (discard) return `${discard.value.scope} discard '${words.slice(discard.start, discard.end + 1).join(' ')}' (${discard.value.file}:${discard.value.line})`;
  const colon = tree.leaves.findIndex((leaf) => leaf.label === ':' || leaf.word === '--');
  if (colon > 0 && colon <= 4 && tree.leaves.slice(0, colon).every((leaf) => /^[A-Z][A-Z.'-]+$/.test(leaf.text!))) {
    return `dateline '${tree.leaves.slice(0, colon + 1).map((l) => l.text).join(' ')}' at the start of the sentence`;
  }
  return null;
}
