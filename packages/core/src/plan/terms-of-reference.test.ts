import { describe, expect, it } from 'vitest';
import { putTermsOfReferenceRequestSchema } from '../schemas/plan.schema.js';
import { DEFAULT_ROLES_CATALOGUE } from '../team-structure/roles-catalogue.js';
import { CORE_POSITION_KEYS, DEFAULT_TERMS_OF_REFERENCE, isCorePositionKey } from './terms-of-reference.js';

const sentences = (text: string) => text.split(/(?<=\.)\s+/).filter((s) => s.trim() !== '');

describe('DEFAULT_TERMS_OF_REFERENCE', () => {
  it('covers exactly the five core positions', () => {
    expect(Object.keys(DEFAULT_TERMS_OF_REFERENCE).sort()).toEqual([...CORE_POSITION_KEYS].sort());
  });

  it('uses role keys of the default roles catalogue', () => {
    const catalogueKeys = DEFAULT_ROLES_CATALOGUE.map((role) => role.key);
    for (const key of CORE_POSITION_KEYS) expect(catalogueKeys).toContain(key);
  });

  it.each(CORE_POSITION_KEYS)(
    'gives %s a short purpose, 6–10 responsibilities and 4–8 competencies',
    (key) => {
      const tor = DEFAULT_TERMS_OF_REFERENCE[key];
      expect(sentences(tor.purpose).length).toBeGreaterThanOrEqual(2);
      expect(sentences(tor.purpose).length).toBeLessThanOrEqual(3);
      expect(tor.responsibilities.length).toBeGreaterThanOrEqual(6);
      expect(tor.responsibilities.length).toBeLessThanOrEqual(10);
      expect(tor.requiredCompetencies.length).toBeGreaterThanOrEqual(4);
      expect(tor.requiredCompetencies.length).toBeLessThanOrEqual(8);
      expect(tor.reportingLine).not.toBe('');
    },
  );

  it.each(CORE_POSITION_KEYS)('is text a team could save back unchanged for %s', (key) => {
    expect(
      putTermsOfReferenceRequestSchema.safeParse({ version: 0, ...DEFAULT_TERMS_OF_REFERENCE[key] }).success,
    ).toBe(true);
  });

  it('has the operational lead report to the ministry and the governing body, everyone else to the lead', () => {
    expect(DEFAULT_TERMS_OF_REFERENCE['operational-lead'].reportingLine).toMatch(
      /HMIS\/HIS unit.*governing body/,
    );
    for (const key of CORE_POSITION_KEYS.filter((k) => k !== 'operational-lead')) {
      expect(DEFAULT_TERMS_OF_REFERENCE[key].reportingLine).toMatch(/^Reports to the Operational Lead/);
    }
  });
});

describe('isCorePositionKey', () => {
  it('tells core positions from other roles', () => {
    expect(isCorePositionKey('trainer')).toBe(true);
    expect(isCorePositionKey('data-scientist')).toBe(false);
  });
});
