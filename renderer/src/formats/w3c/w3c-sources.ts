/**
 * Article texts embedded in a W3C export, so that a colleague without the articles can
 * still import it: the collection lists each text once under `sourcemark:sources`, named
 * by the same `ni:` IRI its annotations' targets give as their source (the W3C model has
 * no term for a source's content; repeating the text in every target would multiply the
 * file by the number of annotations). Other tools ignore the member.
 */
import type { ArticleId } from '../../annotation/types';
import type { SetArticle } from '../native/annotation-set';
import { isObject } from '../shared/json-object';
import { niIriFromSha256Hex, sha256HexFromNiIri } from './ni-iri';
import { asList } from './w3c-read';

/** The collection member that holds the embedded texts. */
export const SOURCES_MEMBER = 'sourcemark:sources';

/** One embedded article text. */
export interface W3cEmbeddedSource {
  /** The `ni:///sha-256;…` IRI of the text, as the targets name it. */
  id: string;
  type: 'Text';
  title: string;
  'sourcemark:articleId': string;
  'sourcemark:sourceName': string;
  'sourcemark:text': string;
}

/** The embedded sources of `articles` that have a text (the others are left out). */
export function embedSources(
  articles: readonly SetArticle[],
  textOf: (article: SetArticle) => string | undefined,
): W3cEmbeddedSource[] {
  return articles.flatMap((article) => {
    const text = article.text ?? textOf(article);
    if (text === undefined) return [];
    return [
      {
        id: niIriFromSha256Hex(article.textSha256),
        type: 'Text' as const,
        title: article.title,
        'sourcemark:articleId': article.id,
        'sourcemark:sourceName': article.sourceName,
        'sourcemark:text': text,
      },
    ];
  });
}

/**
 * The articles a W3C document embeds, as set articles with their text and the SHA-256 its
 * IRI states (the caller checks the text against it: a file may lie). Lenient: a source
 * missing a member is skipped.
 */
export function readEmbeddedSources(document: unknown): SetArticle[] {
  if (!isObject(document)) return [];
  return asList(document[SOURCES_MEMBER]).flatMap((source) => {
    if (!isObject(source) || typeof source.id !== 'string') return [];
    const sha = sha256HexFromNiIri(source.id);
    const text = source['sourcemark:text'];
    if (sha === undefined || typeof text !== 'string') return [];
    const articleId = source['sourcemark:articleId'];
    const sourceName = source['sourcemark:sourceName'];
    return [
      {
        id: (typeof articleId === 'string' ? articleId : sha) as ArticleId,
        title: typeof source.title === 'string' ? source.title : '',
        textSha256: sha,
        text,
        sourceName: typeof sourceName === 'string' ? sourceName : '',
      },
    ];
  });
}
