/**
 * The annotation set the export and import benchmarks run over: one analyst's 100,000 span
 * annotations on 1,000 news articles, plus a document profile on every article, document-level
 * frames, notes, claim attributes, entity links to a registry (most with a Wikidata QID) and
 * attribution triples (source, cue, content linked). Records have exactly the shape the app
 * stores, assembled as `assembleSet` would return them.
 */
import { createHash } from 'node:crypto';
import { quoteOf } from '../../../renderer/src/anchoring/quote-of';
import type {
  Annotation,
  AnnotationId,
  AuthorId,
  CodebookItemId,
  CodebookRef,
  EntityId,
  RegistryEntity,
  SpanAnnotation,
  TextSpan,
} from '../../../renderer/src/annotation/types';
import type { ArticleId } from '../../../renderer/src/db/records';
import type { SetArticle } from '../../../renderer/src/formats/native/annotation-set';
import type { AssembledSet } from '../../../renderer/src/sets/set-repository';
import { newsArticle, ORGANISATIONS, PEOPLE, pick, PLACES, seeded } from './news-text';

export interface SetShape {
  articles: number;
  spansPerArticle: number;
  /** Average article length in UTF-16 code units. */
  articleChars: number;
}

export const AUTHOR = {
  id: 'a11ce000-0000-4000-8000-000000000001' as AuthorId,
  name: 'Leyla Həsənova',
};
const CODEBOOK: CodebookRef = { codebookId: 'sourcemark-news-default', version: 1 };
const BASE_TIME = Date.UTC(2026, 2, 1, 8, 0, 0);

const uuid = (prefix: number, n: number) =>
  `${String(prefix).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const stamp = (n: number) => new Date(BASE_TIME + n * 7_000).toISOString();

const TECHNIQUES = [
  'technique.loaded-language',
  'technique.name-calling',
  'technique.doubt',
  'technique.flag-waving',
  'technique.appeal-to-fear-prejudice',
  'technique.exaggeration-minimisation',
  'technique.causal-oversimplification',
  'technique.whataboutism',
  'technique.slogans',
  'technique.repetition',
  'technique.manipulative-wording',
] as const;
const FRAMES = ['frame.economic', 'frame.political', 'frame.security', 'frame.health'] as const;
const OTHER_ENTITIES = ['entity.date', 'entity.money', 'entity.percent', 'entity.event'] as const;
const NOTES = [
  '',
  '',
  '',
  'Check against the **ministry’s** own figures.',
  'Same wording as the wire copy — probably republished.',
  'Zitat unvollständig; see the café interview 🎥.',
];

/** One registry entity per name in the texts; most with a QID, as an analyst would link them. */
function registry(): { entities: RegistryEntity[]; byName: Map<string, EntityId> } {
  const names = [
    ...PEOPLE.map((name) => ({ name, type: 'entity.person' })),
    ...ORGANISATIONS.map((name) => ({
      name: name.replace(/^the /, ''),
      type: 'entity.organisation',
    })),
    ...PLACES.map((name) => ({ name, type: 'entity.gpe' })),
  ];
  const byName = new Map<string, EntityId>();
  const entities = names.map(({ name, type }, i): RegistryEntity => {
    const id = uuid(3, i) as EntityId;
    byName.set(name.normalize('NFC'), id);
    return {
      id,
      name: name.normalize('NFC'),
      aliases: i % 3 === 0 ? [`${name.split(' ')[0]}`] : [],
      typeItemId: type as CodebookItemId,
      ...(i % 4 !== 3 ? { wikidataQid: `Q${1000 + i * 37}` } : {}),
      createdAt: stamp(i),
      modifiedAt: stamp(i),
    };
  });
  return { entities, byName };
}

/** Builds the set, its texts and the SHA-256 of each text (as the library stores it). */
export function generateSet(shape: SetShape): AssembledSet {
  const { entities, byName } = registry();
  const articles: SetArticle[] = [];
  const texts = new Map<ArticleId, string>();
  const annotations: Annotation[] = [];
  let serial = 0;
  for (let index = 0; index < shape.articles; index++) {
    const article = newsArticle(index, shape.articleChars);
    const id = uuid(1, index) as ArticleId;
    texts.set(id, article.text);
    articles.push({
      id,
      title: article.title,
      textSha256: createHash('sha256').update(article.text, 'utf8').digest('hex'),
      textLength: article.text.length,
      sourceName: `article-${String(index).padStart(4, '0')}.html`,
      text: article.text,
    });
    const random = seeded(index + 1);
    const make = (itemId: string, span: TextSpan, extra: Partial<SpanAnnotation> = {}) => {
      const n = serial++;
      const annotation: SpanAnnotation = {
        id: uuid(2, n) as AnnotationId,
        articleId: id,
        kind: 'span',
        itemId: itemId as CodebookItemId,
        codebook: CODEBOOK,
        attributes: {},
        note: pick(random, NOTES),
        author: AUTHOR.id,
        createdAt: stamp(n),
        modifiedAt: stamp(n + (n % 5 === 0 ? 300 : 0)),
        span,
        quote: quoteOf(article.text, span),
        ...extra,
      };
      annotations.push(annotation);
      return annotation;
    };
    const words = article.words;
    /** A run of 1..maxWords words within one paragraph, starting at a random word. */
    const run = (maxWords: number): TextSpan => {
      const first = Math.floor(random() * words.length);
      let last = first;
      const wanted = Math.floor(random() * maxWords);
      while (
        last + 1 < words.length &&
        last - first < wanted &&
        words[last + 1]!.paragraph === words[first]!.paragraph
      )
        last++;
      return { start: words[first]!.start, end: words[last]!.end };
    };

    let made = 0;
    // Entity mentions on the names (about a third of the spans), most linked to the registry.
    for (const name of article.names) {
      if (made >= shape.spansPerArticle * 0.35) break;
      const quote = article.text.slice(name.start, name.end).replace(/^the /, '');
      const itemId =
        name.kind === 'person'
          ? 'entity.person'
          : name.kind === 'organisation'
            ? 'entity.organisation'
            : 'entity.gpe';
      const entityId = random() < 0.7 ? byName.get(quote) : undefined;
      make(itemId, name, entityId ? { entityId } : {});
      made++;
    }
    // Attribution triples: source (a name), cue (the next word), content (what follows).
    const people = article.names.filter((n) => n.kind === 'person');
    for (let t = 0; t < 5 && people.length > 0 && made + 3 <= shape.spansPerArticle; t++) {
      const source = people[Math.floor(random() * people.length)]!;
      const after = words.findIndex((w) => w.start > source.end);
      if (after < 0 || after + 6 >= words.length) continue;
      const cue = { start: words[after]!.start, end: words[after]!.end };
      const content = { start: words[after + 1]!.start, end: words[after + 6]!.end };
      const s = make('attribution.source', source);
      const c = make('attribution.cue', cue);
      make('attribution.content', content, { links: { sourceId: s.id, cueId: c.id } });
      made += 3;
    }
    // Everything else: claims with attributes, techniques, frames, other entities.
    while (made < shape.spansPerArticle) {
      const roll = random();
      if (roll < 0.3) {
        const sourceEntity = random() < 0.2 ? entities[index % entities.length]!.id : undefined;
        make('claim.claim', run(12), {
          attributes: {
            claimType: pick(random, ['factual', 'numerical', 'causal', 'predictive']),
            verdict: pick(random, ['unverified', 'supported', 'disputed', 'false']),
            checkWorthyClef: random() < 0.6 ? 'yes' : 'no',
            ...(random() < 0.2 ? { unattributed: true } : {}),
          },
          ...(sourceEntity ? { links: { sourceEntityId: sourceEntity } } : {}),
        });
      } else if (roll < 0.75) {
        make(pick(random, TECHNIQUES), run(6));
      } else if (roll < 0.85) {
        make(pick(random, FRAMES), run(10));
      } else {
        make(pick(random, OTHER_ENTITIES), run(2));
      }
      made++;
    }
    annotations.push(...documentAnnotations(index, id, random, () => serial++));
  }
  return {
    set: { author: AUTHOR, codebook: CODEBOOK, articles, annotations, entities },
    texts,
    comments: [],
  };
}

/** The document profile on every article, a document-level frame on half, a note on some. */
function documentAnnotations(
  index: number,
  articleId: ArticleId,
  random: () => number,
  next: () => number,
): Annotation[] {
  const base = (itemId: string, attributes: Annotation['attributes'], note = '') => {
    const n = next();
    return {
      id: uuid(2, n) as AnnotationId,
      articleId,
      kind: 'document' as const,
      itemId: itemId as CodebookItemId,
      codebook: CODEBOOK,
      attributes,
      note,
      author: AUTHOR.id,
      createdAt: stamp(n),
      modifiedAt: stamp(n),
    };
  };
  const out: Annotation[] = [
    base('document.profile', {
      genre: pick(random, ['reporting', 'opinion', 'satire']),
      outletType: pick(random, ['state-news-agency', 'commercial-independent', 'public-service']),
      authorRole: pick(random, ['staff-journalist', 'wire-agency', 'government-official']),
      publicationMode: pick(random, ['original', 'republished', 'translated']),
      frames: [pick(random, FRAMES), pick(random, FRAMES)].filter((f, i, a) => a.indexOf(f) === i),
      ...(random() < 0.3 ? { notes: 'Republished from the agency wire, lightly edited.' } : {}),
    }),
  ];
  if (index % 2 === 0) out.push(base(pick(random, FRAMES), {}));
  if (index % 5 === 0) out.push(base('document', {}, 'Compare with the İstanbul edition.'));
  return out;
}
