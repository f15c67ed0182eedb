import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { CourseCatalogue } from '@coreteam/core';
import { indexCatalogue, keyOf, offeringText } from './course-wording.js';

const catalogue = {
  categories: [
    {
      key: 'use',
      name: 'DHIS2 Use',
      description: '',
      position: 0,
      version: 1,
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
  courses: [
    {
      key: 'maps',
      kind: 'academy',
      categoryKey: 'use',
      name: 'Maps',
      description: '',
      offerings: [],
      prerequisiteKeys: [],
      developsCategoryKeys: [],
      recommendedRoleKeys: [],
      position: 0,
      version: 1,
      updatedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
} satisfies CourseCatalogue;

/** A t() that writes the key and its values, so the test reads what the page would ask for. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('course wording', () => {
  it('turns kebab-case values into the camelCase translation keys', () => {
    expect(keyOf('in-person-regional')).toBe('inPersonRegional');
    expect(keyOf('not-yet-eligible')).toBe('notYetEligible');
    expect(keyOf('done')).toBe('done');
  });

  it('names courses and categories from the catalogue, and falls back to the key', () => {
    const index = indexCatalogue(catalogue);
    expect(index.courseName('maps')).toBe('Maps');
    expect(index.courseName('unknown-course')).toBe('unknown-course');
    expect(index.categoryName('use')).toBe('DHIS2 Use');
    expect(index.categoryName(null)).toBeUndefined();
    expect(index.courses().map((course) => course.key)).toEqual(['maps']);
  });

  it('gives an offering’s format, length in days and cost of fees plus travel in the reader’s language', () => {
    const text = offeringText(
      {
        format: 'in-person-regional',
        durationDays: 6,
        feesMinor: 200_000,
        travelMinor: 180_000,
        currency: 'USD',
      },
      t,
      'en',
    );
    expect(JSON.parse(text.slice('offering.text '.length))).toEqual({
      format: 'formats.inPersonRegional',
      duration: '6 days',
      cost: '$3,800.00',
    });
    const french = offeringText(
      { format: 'in-country', durationDays: 1, feesMinor: 0, travelMinor: 0, currency: 'EUR' },
      t,
      'fr',
    );
    // French puts a no-break space between the number and its unit.
    const { duration } = JSON.parse(french.slice('offering.text '.length)) as { duration: string };
    expect(duration.replace(/\s/g, ' ')).toBe('1 jour');
  });
});
