/**
 * What a page's JSON-LD (schema.org) says about its article: the richest and most exact
 * metadata news sites publish (Google asks for it), in shapes that vary: one object, an
 * array, an `@graph` whose nodes point at each other by `@id`, authors as strings, objects
 * or arrays, types as strings or arrays.
 */

/** The article a page's JSON-LD describes, values as written (whitespace collapsed). */
export interface JsonLdArticle {
  /** The schema.org type that named it an article (`NewsArticle`, `BlogPosting`…). */
  type: string;
  /** Typed `OpinionNewsArticle` (alone or beside another type). */
  isOpinion: boolean;
  headline?: string;
  /** Authors that are people, or organisations other than the publisher. */
  authors: string[];
  datePublished?: string;
  publisher?: string;
  /** `articleSection`, as written ("Opinion", "World"). */
  sections: string[];
  inLanguage?: string;
}

/** What the JSON-LD blocks of a page give. */
export interface JsonLdFacts {
  article?: JsonLdArticle;
  /** The `WebSite` node's name, when there is one. */
  siteName?: string;
  /** The name of the first `Organization` a block describes at its top level (the site's). */
  organization?: string;
}

type Node = Record<string, unknown>;

// Article types of schema.org, best first: a page that holds a `NewsArticle` and a
// `WebPage` describes its article with the first.
const ORGANIZATION_TYPES = new Set(['Organization', 'NewsMediaOrganization', 'Corporation']);
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'OpinionNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
  'Article',
  'BlogPosting',
  'SocialMediaPosting',
  'Report',
  'TechArticle',
  'ScholarlyArticle',
];
const MAX_NODES = 2_000;
const MAX_CHARS = 300;
const MAX_AUTHORS = 10;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, MAX_CHARS);
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

function typesOf(node: Node): string[] {
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  return asList(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^.*[/:#]/, ''));
}

function parseBlock(text: string): unknown {
  // Sites wrap blocks in HTML comments or CDATA, and leave raw line breaks in strings.
  const bare = text
    .trim()
    .replace(/^(?:<!--|(?:\/\/|\/\*)?\s*<!\[CDATA\[(?:\s*\*\/)?)/, '')
    .replace(/(?:-->|(?:\/\/|\/\*)?\s*\]\]>(?:\s*\*\/)?)$/, '');
  // Pages put raw line breaks and tabs inside JSON strings, which JSON.parse refuses.
  // eslint-disable-next-line no-control-regex
  for (const candidate of [bare, bare.replace(/[\u0000-\u001f]+/g, ' ')]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // The next reading, or nothing.
    }
  }
  return undefined;
}

/** Every object in the blocks, depth first, with a bound on how many are visited. */
function allNodes(blocks: readonly unknown[]): Node[] {
  const nodes: Node[] = [];
  const stack = [...blocks].reverse();
  while (stack.length > 0 && nodes.length < MAX_NODES) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (isNode(value)) {
      nodes.push(value);
      const children = Object.values(value).filter((child) => typeof child === 'object');
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return nodes;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return collapse(value) || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A node's name, following an `@id` reference into the graph when it is one. */
function nameOf(value: unknown, byId: ReadonlyMap<string, Node>): string | undefined {
  if (typeof value === 'string') return text(value);
  if (!isNode(value)) return undefined;
  const id = typeof value['@id'] === 'string' ? value['@id'] : undefined;
  const node = value.name === undefined && id !== undefined ? (byId.get(id) ?? value) : value;
  return text(node.name) ?? text(asList(node.name)[0]);
}

function readArticle(node: Node, type: string, byId: ReadonlyMap<string, Node>): JsonLdArticle {
  const publisher = nameOf(asList(node.publisher)[0], byId);
  const authors = asList(node.author)
    .flatMap((author) => {
      const name = nameOf(author, byId);
      // "By Jane Doe and John Roe" in one string is two authors.
      return name === undefined ? [] : name.split(/\s+(?:and|&)\s+|\s*;\s*/);
    })
    .map((name) => name.trim())
    .filter((name) => name !== '' && name !== publisher)
    .slice(0, MAX_AUTHORS);
  const article: JsonLdArticle = {
    type,
    isOpinion: typesOf(node).includes('OpinionNewsArticle'),
    authors: [...new Set(authors)],
    sections: asList(node.articleSection)
      .map(text)
      .filter((section): section is string => section !== undefined),
  };
  const headline = text(node.headline) ?? text(node.name);
  if (headline) article.headline = headline;
  const date = text(node.datePublished) ?? text(node.dateCreated);
  if (date) article.datePublished = date;
  if (publisher) article.publisher = publisher;
  const language = text(node.inLanguage) ?? nameOf(node.inLanguage, byId);
  if (language) article.inLanguage = language;
  return article;
}

/**
 * The article and site name that `blocks` (the texts of a page's JSON-LD scripts) give.
 * The article is the node of the best-ranked article type (see `ARTICLE_TYPES`), the
 * first of that type in page order; blocks that are not JSON are skipped. Pure.
 */
export function readJsonLd(blocks: readonly string[]): JsonLdFacts {
  const parsed = blocks.map(parseBlock);
  const nodes = allNodes(parsed);
  const byId = new Map<string, Node>();
  for (const node of nodes) {
    // A bare `{ "@id": … }` is a reference to a node, not the node.
    const isReference = Object.keys(node).length === 1;
    if (typeof node['@id'] === 'string' && !isReference && !byId.has(node['@id'])) {
      byId.set(node['@id'], node);
    }
  }
  const facts: JsonLdFacts = {};
  let best: { rank: number; node: Node; type: string } | undefined;
  for (const node of nodes) {
    for (const type of typesOf(node)) {
      const rank = ARTICLE_TYPES.indexOf(type);
      if (rank >= 0 && (best === undefined || rank < best.rank)) best = { rank, node, type };
      if (type === 'WebSite' && facts.siteName === undefined) {
        const name = nameOf(node, byId);
        if (name) facts.siteName = name;
      }
    }
  }
  if (best) facts.article = readArticle(best.node, best.type, byId);
  // Top level: a block's object, its array's items, or its @graph's nodes.
  const roots = parsed.flatMap((block) =>
    asList(block).flatMap((item) =>
      isNode(item) && item['@graph'] ? asList(item['@graph']) : [item],
    ),
  );
  const organization = roots.find(
    (node): node is Node => isNode(node) && typesOf(node).some((t) => ORGANIZATION_TYPES.has(t)),
  );
  const organizationName = organization && nameOf(organization, byId);
  if (organizationName) facts.organization = organizationName;
  return facts;
}
