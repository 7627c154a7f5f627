import { describe, expect, it } from 'vitest';
import { readDeclaredDate } from './declared-date';

describe('readDeclaredDate', () => {
  it('keeps the time as written and its zone beside it', () => {
    expect(readDeclaredDate('2025-03-11T08:30:00+04:00')).toEqual({
      isoDate: '2025-03-11T08:30',
      timeZone: '+04:00',
    });
    expect(readDeclaredDate('2015-03-27T13:07:55.096Z')).toEqual({
      isoDate: '2015-03-27T13:07',
      timeZone: 'Z',
    });
    expect(readDeclaredDate('2020-07-10T14:15:42+00:00')?.timeZone).toBe('Z');
    expect(readDeclaredDate('2017-12-01T03:00:00-0800')?.timeZone).toBe('-08:00');
    expect(readDeclaredDate('2017-11-03 03:01:00.000000')).toEqual({ isoDate: '2017-11-03T03:01' });
  });

  it('reads dates written as prose, and refuses what holds no real day', () => {
    expect(readDeclaredDate('Wed, 11 Mar 2015 15:46:00 -0400')).toEqual({
      isoDate: '2015-03-11T15:46',
      timeZone: '-04:00',
    });
    expect(readDeclaredDate('March 11, 2015 3:46 PM EDT')).toEqual({
      isoDate: '2015-03-11T15:46',
      timeZone: '-04:00',
    });
    expect(readDeclaredDate('2025-02-30')).toBeUndefined();
    expect(readDeclaredDate('12:55 AM')).toBeUndefined();
  });
});
