import { assembleEvents } from './coder/assemble.js';
import type { DocumentAnalysis, LanguagePack } from './coder/language-pack.js';
import { dataDir as defaultDataDir } from './data-dir.js';
import { ErrorCodes, InputError } from './errors.js';
import { EnLanguagePack } from './lang/en/index.js';
import { ZhLanguagePack } from './lang/zh/index.js';
import { loadZhData } from './lang/zh/data.js';
import { loadActorTables, type ActorTables } from './lexicon/actor-tables.js';
import { CameoTable, type QuadScheme } from './model/cameo.js';
import type { CodedEvent, Modality } from './model/event.js';
import { detectLanguage } from './text/language.js';
import { isRealDate } from './text/body.js';

export const ALL_MODALITIES: readonly Modality[] = ['asserted', 'negated', 'hypothetical', 'future', 'reported_rumour'];
/** What did not happen (negated) or is only supposed (hypothetical: 可能, 如果, what is demanded) is left out unless asked for. */
export const DEFAULT_MODALITIES: readonly Modality[] = ['asserted', 'future', 'reported_rumour'];

export interface CodeOptions {
  doc: string;
  language?: 'auto' | 'zh' | 'en';
  /** Publication date YYYY-MM-DD; else read from the page; else unknown. */
  published?: string | null;
  quadScheme?: QuadScheme;
  modalities?: readonly Modality[];
}

export interface CodedDocument {
  doc: string;
  language: string;
  published: string | null;
  analysis: DocumentAnalysis;
  events: CodedEvent[];
}

/**
 * Readout's engine: loads the CAMEO table and the actor tables once, each language pack the first time a
 * document in that language comes (the English model costs a second to load; Chinese-only runs never pay it),
 * then codes documents. Holds no I/O beyond loading its own data folder.
 */
export class Readout {
  readonly cameo: CameoTable;
  readonly tables: ActorTables;
  private readonly sovereigns: ReadonlyMap<string, string>;
  private readonly packs = new Map<string, LanguagePack>();
  private readonly packFactories: Record<string, () => LanguagePack>;

  constructor(dataDir: string = defaultDataDir()) {
    this.cameo = CameoTable.load(dataDir);
    this.tables = loadActorTables(dataDir);
    this.sovereigns = new Map(this.tables.countries.flatMap((c) => (c.sovereign ? [[c.code, c.sovereign] as const] : [])));
    this.packFactories = {
      zh: () => new ZhLanguagePack(this.tables, loadZhData(dataDir)),
      en: () => EnLanguagePack.load(this.tables, dataDir),
    };
  }

  /** The language pack for a language code, loaded on first use; undefined for a language Readout lacks. */
  pack(language: string): LanguagePack | undefined {
    let pack = this.packs.get(language);
    const factory = this.packFactories[language];
    if (!pack && factory) {
      pack = factory();
      this.packs.set(language, pack);
    }
    return pack;
  }

  code(text: string, options: CodeOptions): CodedDocument {
    const wanted = options.language ?? 'auto';
    const language = wanted === 'auto' ? detectLanguage(text) : wanted;
    if (!language) throw new InputError(ErrorCodes.INPUT_EMPTY, options.doc, 'no Chinese or English text found');
    const pack = this.pack(language);
    if (!pack) throw new InputError(ErrorCodes.LANGUAGE_UNSUPPORTED, options.doc, `language '${language}' is not supported (Readout codes zh and en)`);
    if (options.published && !isRealDate(options.published))
      throw new InputError(ErrorCodes.BAD_ARGUMENT, options.doc, `publication date '${options.published}' is not a real date (use YYYY-MM-DD)`);
    const analysis = pack.analyse(text, { published: options.published ?? null });
    const published = options.published ?? analysis.published;
    const events = assembleEvents(analysis, this.cameo, {
      doc: options.doc,
      published,
      quadScheme: options.quadScheme ?? 'gdelt',
      modalities: new Set(options.modalities ?? DEFAULT_MODALITIES),
      sovereigns: this.sovereigns,
    });
    return { doc: options.doc, language, published, analysis, events };
  }
}
