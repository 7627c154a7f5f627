import { describe, expect, it } from 'vitest';
import { inferYearFromWeekday } from './infer-year';

describe('inferYearFromWeekday', () => {
  it('dates the AZERTAC dispatch "Bakou, 11 mars … ce mardi" in 2025, not the file year', () => {
    const text = 'Le ministre, Djeyhoun Baïramov, s’est entretenu ce mardi avec Murat Nurtleu.';
    // 11 March 2026 is a Wednesday; 11 March 2025 a Tuesday.
    expect(inferYearFromWeekday(text, 3, 11, 2026)).toBe(2025);
  });

  it('keeps the reference year when the weekday fits it', () => {
    expect(inferYearFromWeekday('Talks were held on Wednesday.', 3, 11, 2026)).toBe(2026);
  });

  it('reads Turkish, Russian and Azerbaijani weekdays, compounds before their prefixes', () => {
    // 10 August: Sunday in 2025, Saturday in 2024, Thursday in 2023, Monday in 2026.
    expect(inferYearFromWeekday('Bakan pazar günü konuştu.', 8, 10, 2026)).toBe(2025);
    expect(inferYearFromWeekday('Bakan pazartesi günü konuştu.', 8, 10, 2026)).toBe(2026);
    expect(inferYearFromWeekday('Встреча прошла в субботу.', 8, 10, 2026)).toBe(2024);
    expect(inferYearFromWeekday('Görüş cümə axşamı keçirilib.', 8, 10, 2026)).toBe(2023);
  });

  it('says nothing without a weekday, or when no recent year fits', () => {
    expect(
      inferYearFromWeekday('Le ministre s’est entretenu avec son homologue.', 3, 11, 2026),
    ).toBe(undefined);
    // 29 February falls on a Thursday in 2024 only within the window.
    expect(inferYearFromWeekday('ce jeudi', 2, 29, 2026)).toBe(2024);
    expect(inferYearFromWeekday('ce lundi', 2, 29, 2026)).toBe(undefined);
  });
});
