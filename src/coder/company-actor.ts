import type { Company } from '../lexicon/actor-tables.js';
import type { ResolvedActor } from './actor.js';

/** A company is coded as its state's business sector (CAMEO BUS): "Lockheed Martin" → USABUS. */
export function companyActor(company: Company, named: string, text: string): ResolvedActor {
  return {
    code: `${company.country}BUS`,
    country: company.country,
    name: company.en[0]!,
    text,
    role: 'business',
    resolution: `company ${named} → ${company.en[0]} (${company.sector}, ${company.country}) → ${company.country}BUS`,
  };
}
