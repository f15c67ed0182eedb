import { randomUUID } from 'node:crypto';
import { defaultTermsOfReferenceIn } from '@coreteam/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { aTeam } from '../../../test/actors.js';
import {
  aFramework,
  aFrameworkDocument,
  anAssessment,
  aRosterMember,
  aRound,
} from '../../../test/assessment-results-data.js';
import { describeForEachEngine } from '../../../test/database-engines.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { createPlanActivity } from './activities.service.js';
import { planFileName, buildPlanReport } from './plan-report.builder.js';
import { createPlan, getBudget } from './plans.service.js';
import { putTermsOfReference } from './terms-of-reference.service.js';

const ACTOR = { userId: null, ip: '127.0.0.1' };

/*
 * Three implementers assessed by their supervisor in a baseline and a follow-up round, every skill
 * of a member rated alike: baseline 1, 1, 2 (team mean 1.33), follow-up 2, 2, 3 (2.33). The
 * framework expects level 3 in "Data entry forms" and 2 in "Validation rules", so after the
 * follow-up Ana and Bea (at 2) have one priority gap, "Data entry forms", and Caio (at 3) none.
 */
describeForEachEngine('the plan report', (engine) => {
  let testApp: TestApp;
  let teamId: string;
  let planId: string;
  const caller = { userId: randomUUID(), systemAdmin: true };
  const members: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await createTestApp(engine);
    const db = testApp.database.db;
    teamId = (await aTeam(testApp)).id;
    const document = aFrameworkDocument({
      areas: [
        {
          key: 'implementation',
          name: 'Implementation',
          roleKey: 'implementer',
          categories: [
            { key: 'implementation.forms', name: 'Data entry forms', skills: ['forms.a', 'forms.b'] },
            { key: 'implementation.validation', name: 'Validation rules', skills: ['validation.a'] },
          ],
        },
      ],
      targets: [
        { roleKey: 'implementer', categoryKey: 'implementation.forms', level: 3 },
        { roleKey: 'implementer', categoryKey: 'implementation.validation', level: 2 },
      ],
    });
    const { versionIds } = await aFramework(db, teamId, [document]);
    const baseline = await aRound(db, {
      teamId,
      frameworkVersionId: versionIds[0]!,
      name: 'Baseline 2026',
      opensOn: '2026-01-05',
      closesOn: '2026-01-31',
    });
    const followUp = await aRound(db, {
      teamId,
      frameworkVersionId: versionIds[0]!,
      name: 'Follow-up 2026',
      opensOn: '2026-06-01',
      closesOn: '2026-06-30',
    });
    const levels: Record<string, [number, number]> = { Ana: [1, 2], Bea: [1, 2], Caio: [2, 3] };
    for (const [name, [before, after]] of Object.entries(levels)) {
      const memberId = await aRosterMember(db, { teamId, name, assignments: [{ roleKey: 'implementer' }] });
      members[name] = memberId;
      for (const [roundId, level] of [
        [baseline, before],
        [followUp, after],
      ] as const) {
        await anAssessment(db, {
          roundId,
          memberId,
          mode: 'supervisor',
          areaKeys: ['implementation'],
          ratings: { 'forms.a': level, 'forms.b': level, 'validation.a': level },
        });
      }
    }

    const plan = await createPlan(
      testApp.context,
      teamId,
      {
        title: 'Plan de renforcement 2026–2027',
        startYear: 2026,
        endYear: 2027,
        baseCurrency: 'XOF',
        summary: 'Strengthen the core team.',
        exchangeRates: [{ currency: 'USD', rate: '600', effectiveOn: '2026-01-01' }],
      },
      ACTOR,
    );
    planId = plan.id;
    await createPlanActivity(
      testApp.context,
      planId,
      {
        title: 'Forms coaching',
        type: 'on-the-job-coaching',
        provider: 'HISP WCA',
        timing: { kind: 'quarter', year: 2026, quarter: 3 },
        status: 'planned',
        outcomeNote: '',
        memberIds: [members.Ana!, members.Bea!],
        // The team's own category, and one of the built-in framework's (named in the reader's language).
        gapCategoryKeys: ['implementation.forms', 'operational-lead.governance-and-coordination'],
        // 2 × 150.00 USD at 600 XOF = 180,000 XOF (no minor unit).
        costLines: [{ kind: 'fees', description: '', quantity: 2, unitCostMinor: 15_000, currency: 'USD' }],
        fundingShares: [],
      },
      caller,
      ACTOR,
    );
    await putTermsOfReference(
      testApp.context,
      teamId,
      'trainer',
      {
        version: 0,
        purpose: 'Trains users.',
        responsibilities: ['Run trainings.'],
        requiredCompetencies: [],
        reportingLine: '',
      },
      ACTOR,
    );
  });
  afterAll(() => testApp.close());

  it('sums up the baseline and the latest round as team means per area, to two decimals', async () => {
    const report = await buildPlanReport(testApp.context, planId, caller);
    expect(report.assessmentSummary).toEqual({
      baseline: { roundName: 'Baseline 2026', closesOn: '2026-01-31' },
      latest: { roundName: 'Follow-up 2026', closesOn: '2026-06-30' },
      areas: [{ areaName: 'Implementation', baseline: '1.33', latest: '2.33' }],
    });
  });

  it('names each member’s priority gaps and the gaps an activity addresses, never scores', async () => {
    const report = await buildPlanReport(testApp.context, planId, caller);
    const byName = Object.fromEntries(report.members.map((member) => [member.name, member]));
    expect(byName.Ana!.priorityGaps).toEqual(['Data entry forms']);
    expect(byName.Caio!.priorityGaps).toEqual([]);
    expect(byName.Ana!.roleNames).toEqual(['Implementer']);
    expect(byName.Ana!.activities.map((activity) => activity.title)).toEqual(['Forms coaching']);
    expect(byName.Caio!.activities).toEqual([]);
    expect(report.activities[0]).toMatchObject({
      memberNames: ['Ana', 'Bea'],
      gapCategoryNames: ['Data entry forms', 'Governance and coordination'],
      totalMinor: 180_000,
    });
    expect(report.activities[0]!.costLines[0]).toMatchObject({ currencyDigits: 2, baseTotalMinor: 180_000 });
  });

  it('carries the plan, the roles, the budget a lead sees and the five core ToRs', async () => {
    const report = await buildPlanReport(testApp.context, planId, caller);
    expect(report.team).toMatchObject({ id: teamId, country: 'Mozambique' });
    expect(report.plan).toMatchObject({ baseCurrency: 'XOF', baseCurrencyDigits: 0, latestRevision: null });
    expect(report.budget).toEqual(await getBudget(testApp.context, planId, caller, undefined));
    expect(report.budget.visibility).toBe('full');
    const implementers = report.roles.find((role) => role.roleKey === 'implementer')!;
    expect(implementers.people.map((person) => person.name)).toEqual(['Ana', 'Bea', 'Caio']);
    expect(report.termsOfReference.map((tor) => tor.roleKey)).toEqual([
      'operational-lead',
      'implementer',
      'trainer',
      'integration-expert',
      'server-administrator',
    ]);
    const trainer = report.termsOfReference.find((tor) => tor.roleKey === 'trainer')!;
    expect(trainer).toMatchObject({ purpose: 'Trains users.', isDefault: false, roleName: 'Trainer' });
    expect(planFileName(report, 'pdf')).toBe('plan-de-renforcement-2026-2027.pdf');
  });

  it('gives the seeded text in the reader’s language and the team’s own text as written', async () => {
    const report = await buildPlanReport(testApp.context, planId, caller, 'pt');
    expect(report.language).toBe('pt');
    expect(report.team.country).toBe('Moçambique');
    const byName = Object.fromEntries(report.members.map((member) => [member.name, member]));
    expect(byName.Ana!.roleNames).toEqual(['Implementador']);
    expect(report.roles.find((role) => role.roleKey === 'implementer')!.roleName).toBe('Implementador');
    // The team's framework is its own text; the built-in category is translated.
    expect(byName.Ana!.priorityGaps).toEqual(['Data entry forms']);
    expect(report.activities[0]!.gapCategoryNames).toEqual(['Data entry forms', 'Governação e coordenação']);
    expect(report.assessmentSummary.areas.map((area) => area.areaName)).toEqual(['Implementation']);
    const lead = report.termsOfReference.find((tor) => tor.roleKey === 'operational-lead')!;
    expect(lead).toMatchObject({
      isDefault: true,
      roleName: 'Responsável operacional',
      purpose: defaultTermsOfReferenceIn('operational-lead', 'pt').purpose,
    });
    expect(lead.purpose).not.toBe(defaultTermsOfReferenceIn('operational-lead', 'en').purpose);
    const trainer = report.termsOfReference.find((tor) => tor.roleKey === 'trainer')!;
    expect(trainer).toMatchObject({ purpose: 'Trains users.', isDefault: false });
    expect(report.budget).toEqual(await getBudget(testApp.context, planId, caller, undefined));
  });
});
