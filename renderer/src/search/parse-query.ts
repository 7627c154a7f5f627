/**
 * The search box's language, parsed into `ParsedQuery`:
 *
 *   Kourmanghazy                 a word (case and diacritics ignored)
 *   "central bank"               a phrase
 *   infla*                       a prefix
 *   a b, a AND b, a OR b, NOT a, -a, ( … )      AND binds tighter than OR
 *   title:word  byline:"Ayşe Yıldız"            the title or the bylines only
 *   label:claim  verdict=false  "claim type"=numerical  analyst:ana  note:source  entity:NATO
 *                                conditions one span annotation meets together
 *   genre=opinion  role=elected-official  outletType=state-affiliated   the document profile
 *   lang:fr  outlet:"Le Monde"  date:2025  date:2025-01..2025-06  status:done
 *
 * Field conditions (everything with `:` or `=` but title and byline) narrow the whole search,
 * so they combine with AND only: under OR or NOT they are refused with a message, never
 * silently read another way. With annotation conditions, words give their hits inside the
 * matching annotations; text that marks no place in the body (`-réforme`, `title:x`) only
 * chooses the articles whose matching annotations are the rows.
 */
import { foldText } from './fold-text';
import type {
  AnnotationConditions,
  ArticleFilters,
  DateRange,
  ParsedQuery,
  TextField,
  TextNode,
} from './query-types';
import { tokenise } from './tokenise';

/** Loose keys already worked out: an annotation query compares the same few attribute keys
 * and values tens of thousands of times, and folding each again was most of its time. */
const looseKeys = new Map<string, string>();
/** Enough for any codebook's keys and options; free-text values beyond it start it afresh. */
const LOOSE_KEYS_KEPT = 10_000;

/** A key or value compared loosely: folded, spaces, hyphens and underscores ignored. */
export function looseKey(text: string): string {
  let key = looseKeys.get(text);
  if (key === undefined) {
    key = foldText(text).replace(/[\s_-]+/g, '');
    if (looseKeys.size >= LOOSE_KEYS_KEPT) looseKeys.clear();
    looseKeys.set(text, key);
  }
  return key;
}

/** Profile attributes of the document profile (`document.profile`), by loose key. */
const PROFILE_KEYS: Readonly<Record<string, string>> = {
  genre: 'genre',
  authorrole: 'authorRole',
  role: 'authorRole',
  outlettype: 'outletType',
};

type Lexeme =
  | { kind: 'open' | 'close' | 'not' }
  | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { kind: 'atom'; field?: string; separator?: ':' | '='; value: string; isQuoted: boolean };

class QueryError extends Error {}

function readQuoted(input: string, at: number): { value: string; next: number } {
  const close = input.indexOf('"', at + 1);
  if (close === -1) throw new QueryError('A quotation mark is not closed.');
  return { value: input.slice(at + 1, close), next: close + 1 };
}

function lex(input: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let at = 0;
  const isStop = (char: string) => /[\s()"]/.test(char);
  while (at < input.length) {
    const char = input[at]!;
    if (/\s/.test(char)) at++;
    else if (char === '(' || char === ')') {
      lexemes.push({ kind: char === '(' ? 'open' : 'close' });
      at++;
    } else if (char === '-' && at + 1 < input.length && !/\s/.test(input[at + 1]!)) {
      lexemes.push({ kind: 'not' });
      at++;
    } else if (char === '"') {
      const { value, next } = readQuoted(input, at);
      lexemes.push({ kind: 'atom', value, isQuoted: true });
      at = next;
    } else {
      let end = at;
      while (end < input.length && !isStop(input[end]!)) end++;
      const word = input.slice(at, end);
      at = end;
      const field = /^([^:=]+)([:=])(.*)$/u.exec(word);
      if (word === 'AND' || word === 'OR' || word === 'NOT') lexemes.push({ kind: 'op', op: word });
      else if (field) {
        const [, name, separator, rest] = field;
        if (rest === '' && input[at] === '"') {
          const { value, next } = readQuoted(input, at);
          at = next;
          lexemes.push({
            kind: 'atom',
            field: name,
            separator: separator as ':',
            value,
            isQuoted: true,
          });
        } else {
          lexemes.push({
            kind: 'atom',
            field: name,
            separator: separator as ':',
            value: rest!,
            isQuoted: false,
          });
        }
      } else lexemes.push({ kind: 'atom', value: word, isQuoted: false });
    }
  }
  return mergeQuotedKeys(lexemes);
}

/** `"claim type"=numerical` lexes as a quoted atom then `=numerical`: join them. */
function mergeQuotedKeys(lexemes: Lexeme[]): Lexeme[] {
  const merged: Lexeme[] = [];
  for (const lexeme of lexemes) {
    const previous = merged.at(-1);
    const value = lexeme.kind === 'atom' && !lexeme.isQuoted ? lexeme.value : '';
    if (
      /^[:=]./u.test(value) &&
      previous?.kind === 'atom' &&
      previous.isQuoted &&
      previous.field === undefined
    ) {
      merged[merged.length - 1] = {
        kind: 'atom',
        field: previous.value,
        separator: value[0] as ':' | '=',
        value: value.slice(1),
        isQuoted: false,
      };
    } else merged.push(lexeme);
  }
  return merged;
}

function emptyFilters(): ArticleFilters {
  return { outlets: [], languages: [], dates: [], statuses: [], profile: {} };
}

function emptyConditions(): AnnotationConditions {
  return { labels: [], attributes: [], analysts: [], notes: [], entities: [] };
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function parseDates(value: string): DateRange {
  const [from = '', to = from] = value.split('..');
  if (!DATE.test(from) || !DATE.test(to)) {
    throw new QueryError(
      `“${value}” is not a date: write 2025, 2025-03, 2025-03-14 or 2025-01..2025-06.`,
    );
  }
  return { from, to };
}

const STATUSES: Readonly<Record<string, string>> = {
  new: 'new',
  inprogress: 'in-progress',
  progress: 'in-progress',
  done: 'done',
};

/** Field conditions found while parsing, gathered for the whole query. */
interface Gathered {
  filters: ArticleFilters;
  annotation: AnnotationConditions;
}

/** A field atom's condition; false when the field is a text field (title, byline). */
function gatherField(field: string, value: string, separator: string, into: Gathered): boolean {
  const key = looseKey(field);
  if (value.trim() === '') throw new QueryError(`“${field}${separator}” needs a value.`);
  const { filters, annotation } = into;
  if (separator === ':') {
    if (key === 'title' || key === 'byline') return false;
    if (key === 'lang' || key === 'language') filters.languages.push(foldText(value));
    else if (key === 'outlet') filters.outlets.push(foldText(value));
    else if (key === 'date') filters.dates.push(parseDates(value));
    else if (key === 'status') {
      const status = STATUSES[looseKey(value)];
      if (!status) throw new QueryError(`Status is new, in-progress or done, not “${value}”.`);
      filters.statuses.push(status);
    } else if (key === 'label' || key === 'category') annotation.labels.push(looseKey(value));
    else if (key === 'analyst' || key === 'annotator') annotation.analysts.push(foldText(value));
    else if (key === 'note') annotation.notes.push(foldText(value));
    else if (key === 'entity') annotation.entities.push(foldText(value));
    else if (PROFILE_KEYS[key]) (filters.profile[PROFILE_KEYS[key]] ??= []).push(looseKey(value));
    else {
      throw new QueryError(
        `Unknown field “${field}:”. Fields: title, byline, label, analyst, note, entity, lang, outlet, date, status; attributes as key=value.`,
      );
    }
    return true;
  }
  if (PROFILE_KEYS[key]) (filters.profile[PROFILE_KEYS[key]] ??= []).push(looseKey(value));
  else annotation.attributes.push({ key, value: looseKey(value) });
  return true;
}

class Parser {
  private at = 0;
  constructor(
    private readonly lexemes: Lexeme[],
    private readonly gathered: Gathered,
  ) {}

  parse(): TextNode | null {
    const node = this.or(true);
    if (this.at < this.lexemes.length)
      throw new QueryError('A closing parenthesis has no opening one.');
    return node;
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.at];
  }

  private or(isTop: boolean): TextNode | null {
    const children = [this.and(isTop)];
    const firstHadFields = this.branchHadFields;
    while (this.peek()?.kind === 'op' && (this.peek() as { op: string }).op === 'OR') {
      // Once an OR is seen, the first branch's fields were under it too.
      if (firstHadFields) throw this.fieldsUnderOperator('OR');
      this.at++;
      children.push(this.and(false));
    }
    const present = children.filter((child) => child !== null);
    if (children.length > 1 && present.length !== children.length) {
      throw new QueryError('Each side of OR needs words to search.');
    }
    if (present.length === 0) return null;
    return present.length === 1 ? present[0]! : { kind: 'or', children: present };
  }

  private branchHadFields = false;

  private fieldsUnderOperator(op: string): QueryError {
    return new QueryError(
      `Field conditions (label:, lang:, verdict=…) apply to the whole search and cannot sit under ${op}.`,
    );
  }

  private and(isTop: boolean): TextNode | null {
    const children: TextNode[] = [];
    this.branchHadFields = false;
    for (;;) {
      const next = this.peek();
      if (next === undefined || next.kind === 'close') break;
      if (next.kind === 'op' && next.op === 'OR') break;
      if (next.kind === 'op' && next.op === 'AND') {
        this.at++;
        continue;
      }
      const node = this.unary(isTop);
      if (node !== null) children.push(node);
    }
    if (children.length === 0) return null;
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  }

  private unary(isTop: boolean): TextNode | null {
    const next = this.peek()!;
    if (next.kind === 'not' || (next.kind === 'op' && next.op === 'NOT')) {
      this.at++;
      if (this.peek() === undefined) throw new QueryError('NOT needs something after it.');
      const child = this.unary(false);
      if (child === null) throw this.fieldsUnderOperator('NOT');
      return { kind: 'not', child };
    }
    if (next.kind === 'open') {
      this.at++;
      const inner = this.or(false);
      if (this.peek()?.kind !== 'close') throw new QueryError('A parenthesis is not closed.');
      this.at++;
      return inner;
    }
    if (next.kind !== 'atom') throw new QueryError('A search cannot start with an operator.');
    this.at++;
    return this.atom(next, isTop);
  }

  private atom(lexeme: Extract<Lexeme, { kind: 'atom' }>, isTop: boolean): TextNode | null {
    let field: TextField = 'body';
    if (lexeme.field !== undefined) {
      const key = looseKey(lexeme.field);
      if (lexeme.separator === ':' && (key === 'title' || key === 'byline')) field = key;
      else {
        if (!isTop) throw this.fieldsUnderOperator('OR, NOT or parentheses');
        gatherField(lexeme.field, lexeme.value, lexeme.separator ?? ':', this.gathered);
        this.branchHadFields = true;
        return null;
      }
    }
    const isPrefix = !lexeme.isQuoted && lexeme.value.endsWith('*');
    const text = isPrefix ? lexeme.value.slice(0, -1) : lexeme.value;
    const terms = tokenise(text);
    if (terms.length === 0) {
      if (lexeme.isQuoted) throw new QueryError(`“${lexeme.value}” holds no word to search.`);
      return null;
    }
    return { kind: 'term', field, terms, isPrefix, raw: lexeme.value };
  }
}

/** Parses what the analyst typed; an error says what is wrong in words. */
export function parseQuery(input: string): ParsedQuery {
  const gathered: Gathered = { filters: emptyFilters(), annotation: emptyConditions() };
  try {
    const text = new Parser(lex(input), gathered).parse();
    return { ok: true, text, ...gathered };
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, error: error.message };
    throw error;
  }
}
