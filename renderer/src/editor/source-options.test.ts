import { describe, expect, it } from 'vitest';
import type { EntityId, RegistryEntity, SpanAnnotation } from '../annotation/types';
import { sourceGroups } from './source-options';

function mention(id: string, exact: string, start: number, entityId?: string): SpanAnnotation {
  return {
    id,
    kind: 'span',
    span: { start, end: start + exact.length },
    quote: { exact, prefix: '', suffix: '' },
    itemId: 'entity.gpe',
    ...(entityId ? { entityId: entityId as EntityId } : {}),
  } as unknown as SpanAnnotation;
}

const claim = mention('claim', 'the claim', 1000);

describe('the Source picker’s groups', () => {
  it('groups mentions of the same words (case and accents aside), nearest group and mention first', () => {
    const groups = sourceGroups(
      claim,
      [
        mention('a1', 'Azerbaïdjan', 10),
        mention('m1', 'Le ministre', 900),
        mention('a2', 'AZERBAIDJAN', 1200),
        mention('a3', 'Azerbaïdjan', 700),
      ],
      [],
    );
    expect(groups.map((group) => group.name)).toEqual(['Le ministre', 'Azerbaïdjan']);
    expect(
      groups[1]!.options.map((option) => [option.annotation.id, option.rank, option.side]),
    ).toEqual([
      ['a2', 1, 'after'],
      ['a3', 2, 'before'],
      ['a1', 3, 'before'],
    ]);
  });

  it('groups mentions linked to one registry entity under its name, whatever their words', () => {
    const entities = [{ id: 'e1', name: 'Jeyhun Bayramov' } as unknown as RegistryEntity];
    const groups = sourceGroups(
      claim,
      [
        mention('b1', 'Baïramov', 950, 'e1'),
        mention('b2', 'le ministre', 400, 'e1'),
        mention('x', 'Baïramov', 20),
      ],
      entities,
    );
    expect(groups.map((group) => [group.name, group.options.length])).toEqual([
      ['Jeyhun Bayramov', 2],
      ['Baïramov', 1],
    ]);
  });
});
