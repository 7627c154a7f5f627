/**
 * Lenient zod schemas for reading `.sourcemark.json`: unknown keys are dropped, missing
 * optional collections default to empty, so files from older or sloppier writers still
 * load. Items are parsed one by one (see `native-envelope.ts`) so one bad annotation does
 * not sink the file.
 */
import { z } from 'zod';
import { MAX_AUTHOR_NAME, MAX_COMMENT_BODY } from './set-comments';

const id = z.string().min(1);
const timestamp = z.string().min(1);

/** The envelope, with the items left unparsed for per-item reporting. */
export const envelopeSchema = z.object({
  type: z.string(),
  version: z.number().int().min(1),
  exportedAt: z.string().optional(),
  exportedBy: z.object({ id, name: z.string().default('') }).optional(),
  generator: z.string().optional(),
  set: z.object({
    author: z.object({ id, name: z.string().default('') }),
    codebook: z.object({ codebookId: z.string(), version: z.number().int() }),
    articles: z.array(z.unknown()).default([]),
    annotations: z.array(z.unknown()).default([]),
    entities: z.array(z.unknown()).default([]),
    comments: z.array(z.unknown()).default([]),
  }),
});

/** One article of the set. */
export const articleSchema = z.object({
  id,
  title: z.string().default(''),
  textSha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/)
    .transform((s) => s.toLowerCase()),
  text: z.string().optional(),
  textLength: z.number().int().min(0).optional(),
  sourceName: z.string().default(''),
});

const attributeValue = z.union([z.string(), z.array(z.string()), z.boolean()]);

/**
 * Attribute values by name. zod's record skips a `__proto__` key without a word (it cannot
 * be an object key): the annotation is refused with a reason instead, as for a bad value.
 */
const attributes = z.preprocess(
  (raw, context) => {
    if (typeof raw === 'object' && raw !== null && Object.hasOwn(raw, '__proto__')) {
      context.addIssue({
        code: 'custom',
        message: 'the attribute name "__proto__" is reserved',
        path: ['__proto__'],
      });
    }
    return raw;
  },
  z.record(z.string(), attributeValue),
);

const base = {
  id,
  articleId: id,
  itemId: id,
  codebook: z.object({ codebookId: z.string(), version: z.number().int() }),
  attributes: attributes.default({}),
  note: z.string().default(''),
  author: id,
  createdAt: timestamp,
  modifiedAt: timestamp,
};

/** One annotation, span or document-level. */
export const annotationSchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('span'),
    span: z.object({ start: z.number().int(), end: z.number().int() }),
    quote: z.object({
      exact: z.string(),
      prefix: z.string().default(''),
      suffix: z.string().default(''),
    }),
    entityId: id.optional(),
    links: z
      .object({ sourceId: id.optional(), sourceEntityId: id.optional(), cueId: id.optional() })
      .optional(),
  }),
  z.object({ ...base, kind: z.literal('document') }),
]);

/** One registry entity. */
export const entitySchema = z.object({
  id,
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  typeItemId: id,
  wikidataQid: z
    .string()
    .regex(/^Q[1-9][0-9]*$/)
    .optional(),
  createdAt: timestamp,
  modifiedAt: timestamp,
});

/** One review comment (version 2 on). A rejection keeps its readable body beside the flag. */
export const commentSchema = z.object({
  id,
  annotationId: id,
  author: id,
  authorName: z.string().max(MAX_AUTHOR_NAME).default(''),
  body: z.string().trim().min(1).max(MAX_COMMENT_BODY),
  createdAt: timestamp,
  isRejection: z
    .boolean()
    .optional()
    .transform((flag) => (flag ? (true as const) : undefined)),
});

/** The first issue of a failed parse, as one line for a report. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${path}${issue.message}`;
}
