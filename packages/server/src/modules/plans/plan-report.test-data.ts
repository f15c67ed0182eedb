import type { PlanReport, PlanReportActivity } from './plan-report.js';

/*
 * A realistic plan report for the document and workbook tests: four members, five activities over
 * 2026–2027 (one cancelled), cost lines in USD and XOF with USD as the base currency, shares between
 * a government budget line and a partner. Every figure below is worked out by hand:
 *
 *   XOF rates: 0.0016 USD from 2026-01-01, 0.00165 USD from 2027-01-01.
 *   A1 academy      2026  fees 2×1,500.00 USD + travel 2×450,000 XOF (1,440.00) + per diem 10×35,000 XOF (560.00)
 *                         = 5,000.00; secured 2,000.00 MoH + 3,000.00 partner.
 *   A2 coaching     2026  fees 4×625.00 USD + materials 125,000 XOF (200.00) = 2,700.00; pledged 1,000.00 MoH.
 *   A3 remote       2027  fees 800.00 USD + materials 3×7,500 XOF (37.125 → 37.12, half to even) = 837.12;
 *                         pledged 510.00 partner, unfunded share 90.00 MoH, 237.12 uncovered.
 *   A4 scholarship  2027  fees 12,000.00 USD + accommodation 10×250,000 XOF (4,125.00) = 16,125.00;
 *                         pledged 8,000.00 partner.
 *   A5 conference   2026  cancelled: 1,860.00 that counts nowhere.
 *   Plan: 24,662.12 = secured 5,000.00 + pledged 9,510.00 + unfunded 10,152.12.
 */

const MOH = 'MoH budget line 4.2.1 – HMIS strengthening';
const PARTNER = 'HISP West & Central Africa';

const member = {
  amelie: { id: '01JD0000000000000000000M01', name: 'Amélie Ndiaye' },
  joao: { id: '01JD0000000000000000000M02', name: 'João Pereira' },
  fatou: { id: '01JD0000000000000000000M03', name: 'Fatou Diallo' },
  jose: { id: '01JD0000000000000000000M04', name: 'José Martínez' },
};

function academy(): PlanReportActivity {
  return {
    id: '01JD0000000000000000000A01',
    title: 'DHIS2 Level 1 Academy – Design & Customization',
    type: 'academy-in-person',
    provider: 'HISP West & Central Africa (Lomé)',
    timing: { kind: 'dates', startsOn: '2026-03-09', endsOn: '2026-03-13' },
    year: 2026,
    status: 'approved',
    outcomeNote: 'Both can configure data sets and programme rules without outside help.',
    memberNames: [member.joao.name, member.fatou.name],
    gapCategoryNames: ['Configure aggregate data sets', 'Design tracker programmes'],
    costLines: [
      {
        kind: 'fees',
        description: 'Academy fee',
        quantity: 2,
        unitCostMinor: 150_000,
        currency: 'USD',
        currencyDigits: 2,
        totalMinor: 300_000,
        baseTotalMinor: 300_000,
      },
      {
        kind: 'travel',
        description: 'Return flight Dakar – Lomé',
        quantity: 2,
        unitCostMinor: 450_000,
        currency: 'XOF',
        currencyDigits: 0,
        totalMinor: 900_000,
        baseTotalMinor: 144_000,
      },
      {
        kind: 'per-diem',
        description: 'Per diem (5 days × 2 people)',
        quantity: 10,
        unitCostMinor: 35_000,
        currency: 'XOF',
        currencyDigits: 0,
        totalMinor: 350_000,
        baseTotalMinor: 56_000,
      },
    ],
    fundingShares: [
      { fundingSourceName: MOH, amountMinor: 200_000, status: 'secured' },
      { fundingSourceName: PARTNER, amountMinor: 300_000, status: 'secured' },
    ],
    totalMinor: 500_000,
    uncoveredMinor: 0,
  };
}

function coaching(): PlanReportActivity {
  return {
    id: '01JD0000000000000000000A02',
    title: 'On-the-job coaching: server hardening and backups',
    type: 'on-the-job-coaching',
    provider: 'National HIS unit',
    timing: { kind: 'quarter', year: 2026, quarter: 3 },
    year: 2026,
    status: 'planned',
    outcomeNote: '',
    memberNames: [member.jose.name],
    gapCategoryNames: ['Back up and restore DHIS2 instances'],
    costLines: [
      {
        kind: 'fees',
        description: 'Coach, 4 days',
        quantity: 4,
        unitCostMinor: 62_500,
        currency: 'USD',
        currencyDigits: 2,
        totalMinor: 250_000,
        baseTotalMinor: 250_000,
      },
      {
        kind: 'materials',
        description: 'Backup disk',
        quantity: 1,
        unitCostMinor: 125_000,
        currency: 'XOF',
        currencyDigits: 0,
        totalMinor: 125_000,
        baseTotalMinor: 20_000,
      },
    ],
    fundingShares: [{ fundingSourceName: MOH, amountMinor: 100_000, status: 'pledged' }],
    totalMinor: 270_000,
    uncoveredMinor: 170_000,
  };
}

function remoteTraining(): PlanReportActivity {
  return {
    id: '01JD0000000000000000000A03',
    title: '“Data use” remote training for district focal points',
    type: 'remote-training',
    provider: 'Université Cheikh Anta Diop – Santé publique',
    timing: { kind: 'quarter', year: 2027, quarter: 1 },
    year: 2027,
    status: 'planned',
    outcomeNote: 'Districts review their own dashboards each month.',
    memberNames: [member.amelie.name, member.joao.name, member.fatou.name],
    gapCategoryNames: ['Facilitate data use', 'Design dashboards'],
    costLines: [
      {
        kind: 'fees',
        description: 'Facilitation',
        quantity: 1,
        unitCostMinor: 80_000,
        currency: 'USD',
        currencyDigits: 2,
        totalMinor: 80_000,
        baseTotalMinor: 80_000,
      },
      {
        kind: 'materials',
        description: 'Printed job aids',
        quantity: 3,
        unitCostMinor: 7_500,
        currency: 'XOF',
        currencyDigits: 0,
        totalMinor: 22_500,
        baseTotalMinor: 3_712,
      },
    ],
    fundingShares: [
      { fundingSourceName: PARTNER, amountMinor: 51_000, status: 'pledged' },
      { fundingSourceName: MOH, amountMinor: 9_000, status: 'unfunded' },
    ],
    totalMinor: 83_712,
    uncoveredMinor: 23_712,
  };
}

function scholarship(): PlanReportActivity {
  return {
    id: '01JD0000000000000000000A04',
    title: 'Master’s in Health Informatics',
    type: 'scholarship',
    provider: 'Universidade de São Paulo',
    timing: { kind: 'dates', startsOn: '2027-02-01', endsOn: '2027-12-15' },
    year: 2027,
    status: 'planned',
    outcomeNote: '',
    memberNames: [member.amelie.name],
    gapCategoryNames: ['Plan the HIS architecture'],
    costLines: [
      {
        kind: 'fees',
        description: 'Tuition',
        quantity: 1,
        unitCostMinor: 1_200_000,
        currency: 'USD',
        currencyDigits: 2,
        totalMinor: 1_200_000,
        baseTotalMinor: 1_200_000,
      },
      {
        kind: 'accommodation',
        description: 'Housing allowance, 10 months',
        quantity: 10,
        unitCostMinor: 250_000,
        currency: 'XOF',
        currencyDigits: 0,
        totalMinor: 2_500_000,
        baseTotalMinor: 412_500,
      },
    ],
    fundingShares: [{ fundingSourceName: PARTNER, amountMinor: 800_000, status: 'pledged' }],
    totalMinor: 1_612_500,
    uncoveredMinor: 812_500,
  };
}

function cancelledConference(): PlanReportActivity {
  return {
    id: '01JD0000000000000000000A05',
    title: 'Annual DHIS2 Symposium',
    type: 'conference',
    provider: 'DHIS2 / University of Oslo',
    timing: { kind: 'quarter', year: 2026, quarter: null },
    year: 2026,
    status: 'cancelled',
    outcomeNote: 'Replaced by the regional academy.',
    memberNames: [member.fatou.name],
    gapCategoryNames: [],
    costLines: [
      {
        kind: 'fees',
        description: 'Registration',
        quantity: 1,
        unitCostMinor: 90_000,
        currency: 'USD',
        currencyDigits: 2,
        totalMinor: 90_000,
        baseTotalMinor: 90_000,
      },
      {
        kind: 'travel',
        description: 'Flight',
        quantity: 1,
        unitCostMinor: 600_000,
        currency: 'XOF',
        currencyDigits: 0,
        totalMinor: 600_000,
        baseTotalMinor: 96_000,
      },
    ],
    fundingShares: [{ fundingSourceName: MOH, amountMinor: 186_000, status: 'secured' }],
    totalMinor: 186_000,
    uncoveredMinor: 0,
  };
}

const line = (totalMinor: number, securedMinor: number, pledgedMinor: number, unfundedMinor: number) => ({
  totalMinor,
  securedMinor,
  pledgedMinor,
  unfundedMinor,
});

/** A fresh report each call, so a test may change it freely. */
export function aPlanReport(): PlanReport {
  const [a1, a2, a3, a4, a5] = [
    academy(),
    coaching(),
    remoteTraining(),
    scholarship(),
    cancelledConference(),
  ];
  const activities = [a1, a2, a3, a4, a5];
  const fundingSources = [
    { id: '01JD0000000000000000000F01', name: MOH, kind: 'government' as const },
    { id: '01JD0000000000000000000F02', name: PARTNER, kind: 'partner' as const },
  ];
  return {
    language: 'en',
    generatedAt: '2026-02-14T09:30:00.000Z',
    team: {
      id: '01JD0000000000000000000T01',
      name: 'Ministry of Health – Ruritania DHIS2 core team',
      country: 'Ruritania',
    },
    plan: {
      id: '01JD0000000000000000000P01',
      title: 'Core team capacity building plan 2026–2027',
      startYear: 2026,
      endYear: 2027,
      baseCurrency: 'USD',
      baseCurrencyDigits: 2,
      summary:
        'Following the 2025 needs assessment, this plan closes the team’s “priority gaps” in tracker design, ' +
        'data use and server administration over two years, so that the Ministry runs DHIS2 without outside support.',
      version: 7,
      exchangeRates: [
        { currency: 'XOF', rate: '0.0016', effectiveOn: '2026-01-01' },
        { currency: 'XOF', rate: '0.00165', effectiveOn: '2027-01-01' },
      ],
      latestRevision: {
        number: 2,
        note: 'Annual review after the partner’s pledge',
        createdAt: '2026-02-10T14:00:00.000Z',
      },
    },
    roles: [
      {
        roleKey: 'operational-lead',
        roleName: 'Operational Lead',
        people: [{ memberId: member.amelie.id, name: member.amelie.name, status: 'current' }],
      },
      {
        roleKey: 'implementer',
        roleName: 'Implementer',
        people: [{ memberId: member.joao.id, name: member.joao.name, status: 'current' }],
      },
      {
        roleKey: 'trainer',
        roleName: 'Trainer',
        people: [{ memberId: member.fatou.id, name: member.fatou.name, status: 'current' }],
      },
      {
        roleKey: 'integration-expert',
        roleName: 'Integration Expert',
        people: [{ memberId: member.joao.id, name: member.joao.name, status: 'envisioned' }],
      },
      {
        roleKey: 'server-administrator',
        roleName: 'Server Administrator',
        people: [{ memberId: member.jose.id, name: member.jose.name, status: 'current' }],
      },
    ],
    assessmentSummary: {
      baseline: { roundName: 'Baseline assessment 2025', closesOn: '2025-06-30' },
      latest: { roundName: 'Follow-up assessment 2026', closesOn: '2026-01-31' },
      areas: [
        { areaName: 'Operational Lead', baseline: '1.50', latest: '2.00' },
        { areaName: 'Implementer – Program', baseline: '1.25', latest: '1.80' },
        { areaName: 'Implementer – Technical', baseline: '0.90', latest: '1.45' },
        { areaName: 'Trainer', baseline: '2.10', latest: '2.05' },
        { areaName: 'Server Administrator', baseline: null, latest: '1.10' },
      ],
    },
    members: [
      {
        memberId: member.amelie.id,
        name: member.amelie.name,
        roleNames: ['Operational Lead'],
        priorityGaps: ['Plan the HIS architecture', 'Facilitate data use'],
        activities: [a3, a4],
      },
      {
        memberId: member.joao.id,
        name: member.joao.name,
        roleNames: ['Implementer', 'Integration Expert (envisioned)'],
        priorityGaps: ['Design tracker programmes', 'Configure aggregate data sets', 'Design dashboards'],
        activities: [a1, a3],
      },
      {
        memberId: member.fatou.id,
        name: member.fatou.name,
        roleNames: ['Trainer'],
        priorityGaps: ['Configure aggregate data sets', 'Facilitate data use'],
        activities: [a1, a3, a5],
      },
      {
        memberId: member.jose.id,
        name: member.jose.name,
        roleNames: ['Server Administrator'],
        priorityGaps: ['Back up and restore DHIS2 instances'],
        activities: [a2],
      },
    ],
    activities,
    fundingSources,
    budget: {
      planId: '01JD0000000000000000000P01',
      baseCurrency: 'USD',
      year: null,
      visibility: 'full',
      totals: line(2_466_212, 500_000, 951_000, 1_015_212),
      byYear: [
        { year: 2026, ...line(770_000, 500_000, 100_000, 170_000) },
        { year: 2027, ...line(1_696_212, 0, 851_000, 845_212) },
      ],
      byFundingSource: [
        {
          fundingSourceId: fundingSources[0]!.id,
          name: MOH,
          kind: 'government',
          ...line(309_000, 200_000, 100_000, 9_000),
        },
        {
          fundingSourceId: fundingSources[1]!.id,
          name: PARTNER,
          kind: 'partner',
          ...line(1_151_000, 300_000, 851_000, 0),
        },
        { fundingSourceId: null, name: 'Not yet funded', kind: null, ...line(1_006_212, 0, 0, 1_006_212) },
      ],
      byActivityType: [
        { type: 'academy-in-person', ...line(500_000, 500_000, 0, 0) },
        { type: 'remote-training', ...line(83_712, 0, 51_000, 32_712) },
        { type: 'on-the-job-coaching', ...line(270_000, 0, 100_000, 170_000) },
        { type: 'scholarship', ...line(1_612_500, 0, 800_000, 812_500) },
      ],
      byRole: [
        { roleKey: 'operational-lead', ...line(1_640_404, 0, 817_000, 823_404) },
        { roleKey: 'implementer', ...line(277_904, 250_000, 17_000, 10_904) },
        { roleKey: 'trainer', ...line(277_904, 250_000, 17_000, 10_904) },
        { roleKey: 'server-administrator', ...line(270_000, 0, 100_000, 170_000) },
      ],
      byMember: [
        { memberId: member.amelie.id, name: member.amelie.name, ...line(1_640_404, 0, 817_000, 823_404) },
        { memberId: member.joao.id, name: member.joao.name, ...line(277_904, 250_000, 17_000, 10_904) },
        { memberId: member.fatou.id, name: member.fatou.name, ...line(277_904, 250_000, 17_000, 10_904) },
        { memberId: member.jose.id, name: member.jose.name, ...line(270_000, 0, 100_000, 170_000) },
      ],
      warnings: [],
    },
    termsOfReference: [
      tor('operational-lead', 'Operational Lead', {
        purpose:
          'Leads the DHIS2 core team and coordinates DHIS2 work across the Ministry and its partners, so that one ' +
          'integrated system serves the whole ministry rather than parallel sub-systems.',
        responsibilities: [
          'Plan, prioritise and follow up the core team’s work plan.',
          'Coordinate with programmes, departments and partners on DHIS2 activities.',
          'Report progress and risks to the HMIS unit head and the governing body.',
          'Keep the capacity building plan and its budget up to date.',
        ],
        requiredCompetencies: [
          'Project management',
          'Health information systems governance',
          'Stakeholder engagement',
        ],
        reportingLine: 'Head of the HMIS unit, Ministry of Health; the DHIS2 governing body.',
      }),
      tor('implementer', 'Implementer', {
        purpose:
          'Turns the Ministry’s information needs into a maintained DHIS2 configuration and scales it up.',
        responsibilities: [
          'Gather requirements with programmes.',
          'Configure data sets, tracker programmes, indicators and dashboards.',
          'Manage metadata, users and access rights.',
        ],
        requiredCompetencies: ['DHIS2 configuration', 'Requirements analysis', 'Documentation'],
        reportingLine: 'Operational Lead',
      }),
      tor('trainer', 'Trainer', {
        purpose: 'Builds users’ skills in DHIS2 through training, job aids and second-line support.',
        responsibilities: [
          'Write training material and job aids.',
          'Run training of trainers and end-user training.',
          'Support sub-national administrators with issues they cannot solve.',
        ],
        requiredCompetencies: ['Adult learning', 'DHIS2 data entry, analysis and data use', 'Facilitation'],
        reportingLine: 'Operational Lead',
      }),
      tor('integration-expert', 'Integration Expert', {
        purpose:
          'Makes data flow between DHIS2 and the other systems of the health information architecture.',
        responsibilities: [
          'Design and build data exchange with other systems.',
          'Monitor interoperability jobs.',
        ],
        requiredCompetencies: ['DHIS2 Web API', 'Interoperability standards (FHIR, ADX)', 'Scripting'],
        reportingLine: 'Operational Lead',
      }),
      tor('server-administrator', 'Server Administrator', {
        purpose: 'Keeps the DHIS2 servers and instances secure, available and backed up.',
        responsibilities: [
          'Apply security updates and monitor performance.',
          'Upgrade DHIS2 instances.',
          'Run and test backups.',
        ],
        requiredCompetencies: ['Linux administration', 'PostgreSQL', 'Network security'],
        reportingLine: 'Operational Lead',
      }),
    ],
  };
}

function tor(
  roleKey: string,
  roleName: string,
  text: {
    purpose: string;
    responsibilities: string[];
    requiredCompetencies: string[];
    reportingLine: string;
  },
): PlanReport['termsOfReference'][number] {
  return {
    teamId: '01JD0000000000000000000T01',
    roleKey,
    roleName,
    ...text,
    isDefault: roleKey !== 'operational-lead',
    version: roleKey === 'operational-lead' ? 2 : 0,
    updatedAt: roleKey === 'operational-lead' ? '2026-01-20T10:00:00.000Z' : null,
  };
}
