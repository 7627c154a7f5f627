/**
 * News agencies whose names appear in datelines and copyright lines of the corpus, with
 * what the analyst needs to know about them. Extend the list rather than the heuristics.
 */
import { foldWord } from './month-names';

/** A news agency known by name. */
export interface KnownAgency {
  /** The name as analysts write it. */
  name: string;
  /** Other spellings met in datelines, and the agency's web domains. */
  aliases: readonly string[];
  domains: readonly string[];
  /** `true` for agencies owned and run by a state (AZERTAC, Anadolu, TASS). */
  isStateOwned: boolean;
  /** Who runs it, in the words of a suggestion's reason. */
  description: string;
}

/** The agencies recognised in datelines and domain names. */
export const KNOWN_AGENCIES: readonly KnownAgency[] = [
  {
    name: 'AZERTAC',
    aliases: ['AZERTAG', 'AZƏRTAC'],
    domains: ['azertac.az'],
    isStateOwned: true,
    description: 'the Azerbaijani state news agency',
  },
  {
    name: 'APA',
    aliases: [],
    domains: ['apa.az'],
    isStateOwned: false,
    description: 'a private Azerbaijani news agency',
  },
  {
    name: 'Trend',
    aliases: ['Trend News Agency'],
    domains: ['trend.az'],
    isStateOwned: false,
    description: 'a private Azerbaijani news agency',
  },
  {
    name: 'Reuters',
    aliases: [],
    domains: ['reuters.com'],
    isStateOwned: false,
    description: 'an international wire agency',
  },
  {
    name: 'AFP',
    aliases: ['Agence France-Presse', 'Agence France Presse'],
    domains: ['afp.com'],
    isStateOwned: false,
    description: 'an international wire agency',
  },
  {
    name: 'Anadolu',
    aliases: ['AA', 'Anadolu Ajansı', 'Anadolu Agency'],
    domains: ['aa.com.tr'],
    isStateOwned: true,
    description: 'the Turkish state news agency',
  },
  {
    name: 'TASS',
    aliases: ['ТАСС'],
    domains: ['tass.ru', 'tass.com'],
    isStateOwned: true,
    description: 'the Russian state news agency',
  },
];

const BY_NAME = new Map(
  KNOWN_AGENCIES.flatMap((agency) =>
    [agency.name, ...agency.aliases].map((name) => [foldWord(name), agency] as const),
  ),
);
const BY_DOMAIN = new Map(
  KNOWN_AGENCIES.flatMap((agency) => agency.domains.map((d) => [d, agency] as const)),
);

/** The agency called `name` (any case, accents ignored), or `undefined`. Pure. */
export function findAgencyByName(name: string): KnownAgency | undefined {
  return BY_NAME.get(foldWord(name.trim()));
}

/** The agency owning `domain` or a subdomain of it (`fr.azertac.az`), or `undefined`. */
export function findAgencyByDomain(domain: string): KnownAgency | undefined {
  const labels = domain.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const agency = BY_DOMAIN.get(labels.slice(i).join('.'));
    if (agency) return agency;
  }
  return undefined;
}
