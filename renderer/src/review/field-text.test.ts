import { expect, it } from 'vitest';
import { indexCodebook } from '../codebook/codebook-lookup';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { fieldLabel, fieldValueText } from './field-text';

const codebook = indexCodebook(loadDefaultCodebook());

it('writes fields and values with the codebook labels, blanks as a dash', () => {
  expect(fieldLabel(codebook, 'claim.claim', 'verdict')).toBe('Verdict');
  expect(fieldLabel(codebook, 'claim.claim', 'gone')).toBe('gone');
  const verdict = codebook.byId.get('claim.claim')?.attributes.find((a) => a.key === 'verdict');
  const option = verdict?.kind === 'choice' ? verdict.options[0] : undefined;
  expect(fieldValueText(codebook, 'claim.claim', 'verdict', option?.value)).toBe(option?.label);
  expect(fieldValueText(codebook, 'claim.claim', 'verdict', undefined)).toBe('—');
  expect(fieldValueText(codebook, 'claim.claim', 'unattributed', true)).toBe('Yes');
  expect(fieldValueText(codebook, 'document.profile', 'frames', ['frame.economic'])).toMatch(
    /Economic/,
  );
  expect(fieldValueText(codebook, 'x', 'note', 'a'.repeat(100))).toHaveLength(60);
});
