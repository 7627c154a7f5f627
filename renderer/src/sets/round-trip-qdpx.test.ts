// @vitest-environment jsdom
// (The page's DOMParser parses project.qde; under Node, jsdom's stands in for it.)
/**
 * The REFI-QDA round trip on generated sets (see `round-trip.test.ts`): every span and
 * document-level annotation comes back on the same characters with the same code, and the
 * second export imports to the same set.
 */
import 'fake-indexeddb/auto';
import { describe, it } from 'vitest';
import { roundTripProperty } from './round-trip-testing';

describe('round trip through REFI-QDA', () => {
  it('same characters and codes, and a fixed point', async () => {
    await roundTripProperty({ format: 'refi-qda', carried: {}, writes: () => true });
  }, 120_000);
});
