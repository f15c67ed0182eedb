import type {
  ActivityStatus,
  ActivityType,
  CostKind,
  FundingSourceKind,
  FundingStatus,
  SupportedLanguage,
} from '@coreteam/core';

/*
 * Every word of the plan document (PDF) and the budget workbook (XLSX), in each language the app
 * speaks. One typed record per language, so a missing or misspelt label fails the type check.
 * Where the web app already names the same thing (activity types, statuses, cost kinds, funding
 * statuses, "Funding gap"), the wording is the web app's (packages/web/src/features/plans/locales).
 * Sentences with figures are functions: each language puts the figures where its grammar wants them.
 */

export interface PlanDocumentLabels {
  /** The BCP 47 locale of numbers, money and dates (Intl). */
  locale: string;

  // Shared by the PDF and the workbook
  activityType: Record<ActivityType, string>;
  activityStatus: Record<ActivityStatus, string>;
  costKind: Record<CostKind, string>;
  fundingSourceKind: Record<FundingSourceKind, string>;
  /**
   * Lower case: it follows an amount in the PDF ("USD 100.00 secured"), and it is the text the
   * workbook's SUMIFS match in the Funding shares sheet.
   */
  fundingStatus: Record<FundingStatus, string>;
  quarter: (quarter: number, year: number) => string;
  duringYear: (year: number) => string;
  /** The budget's line for what no funding source covers. */
  notCoveredBySource: string;
  total: string;
  secured: string;
  pledged: string;
  unfunded: string;
  activity: string;
  type: string;
  year: string;
  timing: string;
  status: string;
  member: string;
  fundingSource: string;
  kind: string;
  currency: string;
  description: string;
  unitCost: string;
  lineTotal: string;
  byYear: string;
  byFundingSource: string;
  byMember: string;
  byActivityType: string;
  exchangeRates: string;

  document: {
    kicker: string;
    subject: (team: string) => string;
    team: string;
    country: string;
    period: string;
    baseCurrency: string;
    revision: string;
    generated: string;
    generatedAt: (date: string, time: string) => string;
    revisionOf: (number: number, date: string) => string;
    draft: string;
    fundingGap: string;
    fundingGapOf: (year: number) => string;
    ofPlanned: (total: string, share: string) => string;
    /** The headline sentence; the figures (T) are set in bold by the caller. */
    fundingSentence: <T>(figures: {
      period: T;
      total: T;
      secured: T;
      pledged: T;
      unfunded: T;
      share: string;
    }) => (string | T)[];
    summary: string;
    activitiesFact: (activities: number, members: number, teamSize: number, total: string) => string;
    fundingSourcesFact: (count: number, names: readonly string[]) => string;
    teamAndRoles: string;
    role: string;
    current: string;
    envisioned: string;
    assessmentSummary: string;
    area: string;
    baseline: string;
    latest: string;
    change: string;
    roundClosed: (label: string, roundName: string, closesOn: string) => string;
    noRoundYet: (label: string) => string;
    noAssessmentYet: string;
    scaleNote: string;
    priorityGapsPerMember: string;
    roles: string;
    priorityGapsMostPressingFirst: string;
    noneRecorded: string;
    fundingShare: (source: string, amount: string, status: string) => string;
    notYetCovered: (amount: string) => string;
    provider: (provider: string) => string;
    addresses: (categories: readonly string[]) => string;
    sharedWith: (names: string) => string;
    cancelledNote: string;
    noActivityPlanned: string;
    cost: string;
    funding: string;
    activitiesPerMember: string;
    costsNote: (currency: string) => string;
    forTheWholeTeam: string;
    costOfEachActivity: string;
    costKind: string;
    quantityShort: string;
    inCurrency: (currency: string) => string;
    conversionNote: (baseCurrency: string) => string;
    budget: string;
    budgetNote: (currency: string) => string;
    byRole: string;
    noRole: string;
    splitEvenly: string;
    noMember: string;
    warnings: string;
    overfunded: (activity: string, shared: string, total: string) => string;
    outsidePeriod: (activity: string, year: number, period: string) => string;
    nothingToShow: string;
    noExchangeRate: (baseCurrency: string) => string;
    rate: string;
    inForce: string;
    inForceBetween: (from: string, until: string) => string;
    inForceFrom: (from: string) => string;
    rateNote: string;
    termsOfReference: string;
    heldBy: (names: string) => string;
    envisionedHolder: (name: string) => string;
    purpose: string;
    responsibilities: string;
    requiredCompetencies: string;
    reportingLine: string;
    page: (current: number, count: number) => string;
  };

  workbook: {
    number: string;
    members: string;
    provider: string;
    totalIn: (currency: string) => string;
    gapsAddressed: string;
    outcomeNote: string;
    costKind: string;
    quantity: string;
    totalInBase: (currency: string) => string;
    activityStatus: string;
    sourceNumber: string;
    fundingStatus: string;
    amountIn: (currency: string) => string;
    memberNumber: string;
    shareIn: (currency: string) => string;
    noMember: string;
    summaryNote: (currency: string) => string;
    unfundedGap: string;
    memberSplitEvenly: string;
    rateIn: (baseCurrency: string) => string;
    inForceFrom: string;
  };
}

const en: PlanDocumentLabels = {
  // Day before month, as the plan document has always shown dates ("9 Mar 2026").
  locale: 'en-GB',
  activityType: {
    'academy-in-person': 'DHIS2 Academy (in person)',
    'online-course': 'Online course',
    'remote-training': 'Remote training',
    'in-person-training': 'In-person training',
    'on-the-job-coaching': 'On-the-job coaching',
    mentoring: 'Mentoring',
    'exchange-visit': 'Exchange visit',
    conference: 'Conference',
    scholarship: 'Scholarship (master’s, PhD)',
    other: 'Other',
  },
  activityStatus: {
    planned: 'Planned',
    approved: 'Approved',
    'in-progress': 'In progress',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
  costKind: {
    fees: 'Fees',
    travel: 'Travel',
    accommodation: 'Accommodation',
    'per-diem': 'Per diem',
    materials: 'Materials',
    other: 'Other',
  },
  fundingSourceKind: { government: 'Government', partner: 'Partner', other: 'Other' },
  fundingStatus: { secured: 'secured', pledged: 'pledged', unfunded: 'unfunded' },
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  duringYear: (year) => `During ${year}`,
  notCoveredBySource: 'Not yet funded',
  total: 'Total',
  secured: 'Secured',
  pledged: 'Pledged',
  unfunded: 'Unfunded',
  activity: 'Activity',
  type: 'Type',
  year: 'Year',
  timing: 'Timing',
  status: 'Status',
  member: 'Member',
  fundingSource: 'Funding source',
  kind: 'Kind',
  currency: 'Currency',
  description: 'Description',
  unitCost: 'Unit cost',
  lineTotal: 'Line total',
  byYear: 'By year',
  byFundingSource: 'By funding source',
  byMember: 'By member',
  byActivityType: 'By activity type',
  exchangeRates: 'Exchange rates',
  document: {
    kicker: 'DHIS2 core team · Capacity building plan',
    subject: (team) => `Capacity building plan of ${team}`,
    team: 'Team',
    country: 'Country',
    period: 'Period',
    baseCurrency: 'Base currency',
    revision: 'Revision',
    generated: 'Generated',
    generatedAt: (date, time) => `${date} at ${time} UTC`,
    revisionOf: (number, date) => `Revision ${number} of ${date}`,
    draft: 'Draft: not yet revised',
    fundingGap: 'Funding gap',
    fundingGapOf: (year) => `Funding gap ${year}`,
    ofPlanned: (total, share) => `of ${total} planned (${share})`,
    fundingSentence: (f) => [
      'Across ',
      f.period,
      ', the plan costs ',
      f.total,
      ', of which ',
      f.secured,
      ' is secured and ',
      f.pledged,
      ' pledged. ',
      f.unfunded,
      ` (${f.share}) has no funding yet.`,
    ],
    summary: 'Summary',
    activitiesFact: (activities, members, teamSize, total) =>
      `${activities} ${activities === 1 ? 'activity' : 'activities'} for ${members} of the team’s ` +
      `${teamSize} members, costing ${total} in all.`,
    fundingSourcesFact: (count, names) =>
      `${count} funding ${count === 1 ? 'source' : 'sources'}` +
      (names.length > 0 ? `: ${names.join('; ')}.` : '.'),
    teamAndRoles: 'Team and roles',
    role: 'Role',
    current: 'Current',
    envisioned: 'Envisioned',
    assessmentSummary: 'Assessment summary',
    area: 'Area',
    baseline: 'Baseline',
    latest: 'Latest',
    change: 'Change',
    roundClosed: (label, roundName, closesOn) => `${label}: ${roundName} (closed ${closesOn})`,
    noRoundYet: (label) => `${label}: none yet`,
    noAssessmentYet: 'No assessment round has been completed yet.',
    scaleNote: 'Team averages per area on the 0–3 scale of the needs assessment.',
    priorityGapsPerMember: 'Priority gaps per member',
    roles: 'Roles',
    priorityGapsMostPressingFirst: 'Priority gaps, most pressing first',
    noneRecorded: 'None recorded',
    fundingShare: (source, amount, status) => `${source}: ${amount} ${status}`,
    notYetCovered: (amount) => `Not yet covered: ${amount}`,
    provider: (provider) => `Provider: ${provider}`,
    addresses: (categories) => `Addresses: ${categories.join('; ')}`,
    sharedWith: (names) => `Shared with ${names}`,
    cancelledNote: 'Cancelled: not counted in the budget.',
    noActivityPlanned: 'No activity planned.',
    cost: 'Cost',
    funding: 'Funding',
    activitiesPerMember: 'Activities per member',
    costsNote: (currency) =>
      `Costs in ${currency}. An activity for several members shows its full cost under each of them; ` +
      'the budget tables split it evenly.',
    forTheWholeTeam: 'For the whole team',
    costOfEachActivity: 'Cost of each activity',
    costKind: 'Cost',
    quantityShort: 'Qty',
    inCurrency: (currency) => `In ${currency}`,
    conversionNote: (base) =>
      `Each cost line is quantity × unit cost in its own currency, converted to ${base} at the rate ` +
      `in force on the activity’s start and rounded to the ${base} minor unit (half to even).`,
    budget: 'Budget',
    budgetNote: (currency) =>
      `All amounts in ${currency}. Cancelled activities are left out. “Unfunded” is the funding gap: ` +
      'shares marked unfunded plus whatever no funding source covers.',
    byRole: 'By role',
    noRole: 'No role (team-wide activities)',
    splitEvenly: 'An activity for several members is split evenly between them.',
    noMember: 'No member (team-wide activities)',
    warnings: 'Warnings',
    overfunded: (activity, shared, total) =>
      `${activity}: Its funding shares add up to ${shared}, more than it costs (${total}); ` +
      'they are counted only up to its cost.',
    outsidePeriod: (activity, year, period) =>
      `${activity}: It starts in ${year}, outside the plan period (${period}).`,
    nothingToShow: 'Nothing to show: the plan has no costed activity yet.',
    noExchangeRate: (base) => `No exchange rate: every cost is in ${base}.`,
    rate: 'Rate',
    inForce: 'In force',
    inForceBetween: (from, until) => `${from} to ${until}`,
    inForceFrom: (from) => `${from} onwards`,
    rateNote:
      'Each cost line is converted with the rate in force on its activity’s start date; before a ' +
      'currency’s first rate, that first rate applies.',
    termsOfReference: 'Terms of reference',
    heldBy: (names) => `Held by: ${names}`,
    envisionedHolder: (name) => `${name} (envisioned)`,
    purpose: 'Purpose',
    responsibilities: 'Responsibilities',
    requiredCompetencies: 'Required competencies',
    reportingLine: 'Reporting line',
    page: (current, count) => `Page ${current} of ${count}`,
  },
  workbook: {
    number: 'No.',
    members: 'Members',
    provider: 'Provider',
    totalIn: (currency) => `Total (${currency})`,
    gapsAddressed: 'Gaps addressed',
    outcomeNote: 'Outcome note',
    costKind: 'Kind',
    quantity: 'Quantity',
    totalInBase: (currency) => `Total in ${currency}`,
    activityStatus: 'Activity status',
    sourceNumber: 'Source no.',
    fundingStatus: 'Funding status',
    amountIn: (currency) => `Amount (${currency})`,
    memberNumber: 'Member no.',
    shareIn: (currency) => `Share (${currency})`,
    noMember: 'No member (team-wide)',
    summaryNote: (currency) =>
      `Amounts in ${currency}. Cancelled activities are left out. Totals are formulas over the other sheets.`,
    unfundedGap: 'Unfunded (funding gap)',
    memberSplitEvenly: 'Member (an activity for several members is split evenly)',
    rateIn: (base) => `Rate (${base} per unit)`,
    inForceFrom: 'In force from',
  },
};

const fr: PlanDocumentLabels = {
  locale: 'fr',
  activityType: {
    'academy-in-person': 'DHIS2 Academy (en présentiel)',
    'online-course': 'Cours en ligne',
    'remote-training': 'Formation à distance',
    'in-person-training': 'Formation en présentiel',
    'on-the-job-coaching': 'Accompagnement en situation de travail',
    mentoring: 'Mentorat',
    'exchange-visit': 'Visite d’échange',
    conference: 'Conférence',
    scholarship: 'Bourse d’études (master ou doctorat)',
    other: 'Autre',
  },
  activityStatus: {
    planned: 'Prévue',
    approved: 'Approuvée',
    'in-progress': 'En cours',
    completed: 'Terminée',
    cancelled: 'Annulée',
  },
  costKind: {
    fees: 'Frais d’inscription',
    travel: 'Voyage',
    accommodation: 'Hébergement',
    'per-diem': 'Per diem',
    materials: 'Matériel',
    other: 'Autre',
  },
  fundingSourceKind: { government: 'Budget de l’État', partner: 'Partenaire', other: 'Autre' },
  fundingStatus: { secured: 'acquis', pledged: 'promis', unfunded: 'non financé' },
  quarter: (quarter, year) => `T${quarter} ${year}`,
  duringYear: (year) => `Au cours de ${year}`,
  notCoveredBySource: 'Non couvert par une source',
  total: 'Total',
  secured: 'Acquis',
  pledged: 'Promis',
  unfunded: 'Non financé',
  activity: 'Activité',
  type: 'Type',
  year: 'Année',
  timing: 'Quand',
  status: 'Statut',
  member: 'Membre',
  fundingSource: 'Source de financement',
  kind: 'Nature',
  currency: 'Devise',
  description: 'Description',
  unitCost: 'Coût unitaire',
  lineTotal: 'Total de la ligne',
  byYear: 'Par année',
  byFundingSource: 'Par source de financement',
  byMember: 'Par membre',
  byActivityType: 'Par type d’activité',
  exchangeRates: 'Taux de change',
  document: {
    kicker: 'Équipe centrale DHIS2 · Plan de renforcement des capacités',
    subject: (team) => `Plan de renforcement des capacités de ${team}`,
    team: 'Équipe',
    country: 'Pays',
    period: 'Période',
    baseCurrency: 'Devise de référence',
    revision: 'Révision',
    generated: 'Généré le',
    generatedAt: (date, time) => `${date} à ${time} UTC`,
    revisionOf: (number, date) => `Révision ${number} du ${date}`,
    draft: 'Projet : pas encore révisé',
    fundingGap: 'Déficit de financement',
    fundingGapOf: (year) => `Déficit de financement ${year}`,
    ofPlanned: (total, share) => `sur ${total} prévus (${share})`,
    fundingSentence: (f) => [
      'Sur la période ',
      f.period,
      ', le plan coûte ',
      f.total,
      ', dont ',
      f.secured,
      ' acquis et ',
      f.pledged,
      ' promis. ',
      f.unfunded,
      ` (${f.share}) n’a pas encore de financement.`,
    ],
    summary: 'Résumé',
    activitiesFact: (activities, members, teamSize, total) =>
      `${activities} ${activities <= 1 ? 'activité' : 'activités'} pour ${members} des ${teamSize} ` +
      `membres de l’équipe, pour un coût total de ${total}.`,
    fundingSourcesFact: (count, names) =>
      `${count} ${count <= 1 ? 'source' : 'sources'} de financement` +
      (names.length > 0 ? ` : ${names.join(' ; ')}.` : '.'),
    teamAndRoles: 'Équipe et rôles',
    role: 'Rôle',
    current: 'En poste',
    envisioned: 'Envisagés',
    assessmentSummary: 'Synthèse de l’évaluation',
    area: 'Domaine',
    baseline: 'Référence',
    latest: 'Dernier cycle',
    change: 'Évolution',
    roundClosed: (label, roundName, closesOn) => `${label} : ${roundName} (clos le ${closesOn})`,
    noRoundYet: (label) => `${label} : aucun pour l’instant`,
    noAssessmentYet: 'Aucun cycle d’évaluation n’est encore terminé.',
    scaleNote: 'Moyennes de l’équipe par domaine, sur l’échelle de 0 à 3 de l’évaluation des besoins.',
    priorityGapsPerMember: 'Lacunes prioritaires par membre',
    roles: 'Rôles',
    priorityGapsMostPressingFirst: 'Lacunes prioritaires, les plus urgentes d’abord',
    noneRecorded: 'Aucune relevée',
    fundingShare: (source, amount, status) => `${source} : ${amount} ${status}`,
    notYetCovered: (amount) => `Pas encore couvert : ${amount}`,
    provider: (provider) => `Prestataire : ${provider}`,
    addresses: (categories) => `Traite : ${categories.join(' ; ')}`,
    sharedWith: (names) => `Partagée avec ${names}`,
    cancelledNote: 'Annulée : non comptée dans le budget.',
    noActivityPlanned: 'Aucune activité prévue.',
    cost: 'Coût',
    funding: 'Financement',
    activitiesPerMember: 'Activités par membre',
    costsNote: (currency) =>
      `Coûts en ${currency}. Une activité pour plusieurs membres figure sous chacun d’eux avec son coût ` +
      'total ; les tableaux du budget la répartissent à parts égales.',
    forTheWholeTeam: 'Pour toute l’équipe',
    costOfEachActivity: 'Coût de chaque activité',
    costKind: 'Nature',
    quantityShort: 'Qté',
    inCurrency: (currency) => `En ${currency}`,
    conversionNote: (base) =>
      `Chaque ligne de coût vaut quantité × coût unitaire dans sa propre devise, convertie en ${base} au ` +
      `taux en vigueur au début de l’activité et arrondie à la plus petite unité de la devise ${base} ` +
      '(arrondi au pair le plus proche).',
    budget: 'Budget',
    budgetNote: (currency) =>
      `Tous les montants en ${currency}. Les activités annulées ne sont pas comptées. « Non financé » est ` +
      'le déficit de financement : les parts marquées non financées plus ce qu’aucune source de ' +
      'financement ne couvre.',
    byRole: 'Par rôle',
    noRole: 'Sans rôle (activités pour toute l’équipe)',
    splitEvenly: 'Une activité pour plusieurs membres est répartie à parts égales entre eux.',
    noMember: 'Aucun membre (activités pour toute l’équipe)',
    warnings: 'Avertissements',
    overfunded: (activity, shared, total) =>
      `${activity} : ses parts de financement totalisent ${shared}, plus que son coût (${total}) ; ` +
      'elles ne sont comptées qu’à hauteur de ce coût.',
    outsidePeriod: (activity, year, period) =>
      `${activity} : elle commence en ${year}, hors de la période du plan (${period}).`,
    nothingToShow: 'Rien à afficher : le plan n’a pas encore d’activité chiffrée.',
    noExchangeRate: (base) => `Aucun taux de change : tous les coûts sont en ${base}.`,
    rate: 'Taux',
    inForce: 'En vigueur',
    inForceBetween: (from, until) => `du ${from} au ${until}`,
    inForceFrom: (from) => `à partir du ${from}`,
    rateNote:
      'Chaque ligne de coût est convertie au taux en vigueur à la date de début de son activité ; avant ' +
      'le premier taux d’une devise, c’est ce premier taux qui s’applique.',
    termsOfReference: 'Termes de référence',
    heldBy: (names) => `Occupé par : ${names}`,
    envisionedHolder: (name) => `${name} (envisagé)`,
    purpose: 'Objet',
    responsibilities: 'Responsabilités',
    requiredCompetencies: 'Compétences requises',
    reportingLine: 'Rattachement hiérarchique',
    page: (current, count) => `Page ${current} sur ${count}`,
  },
  workbook: {
    number: 'N°',
    members: 'Membres',
    provider: 'Prestataire',
    totalIn: (currency) => `Total (${currency})`,
    gapsAddressed: 'Lacunes traitées',
    outcomeNote: 'Note sur les résultats',
    costKind: 'Nature',
    quantity: 'Quantité',
    totalInBase: (currency) => `Total en ${currency}`,
    activityStatus: 'Statut de l’activité',
    sourceNumber: 'N° de source',
    fundingStatus: 'Statut du financement',
    amountIn: (currency) => `Montant (${currency})`,
    memberNumber: 'N° de membre',
    shareIn: (currency) => `Part (${currency})`,
    noMember: 'Aucun membre (toute l’équipe)',
    summaryNote: (currency) =>
      `Montants en ${currency}. Les activités annulées ne sont pas comptées. Les totaux sont des formules ` +
      'sur les autres feuilles.',
    unfundedGap: 'Non financé (déficit de financement)',
    memberSplitEvenly: 'Membre (une activité pour plusieurs membres est répartie à parts égales)',
    rateIn: (base) => `Taux (${base} par unité)`,
    inForceFrom: 'En vigueur à partir du',
  },
};

const pt: PlanDocumentLabels = {
  locale: 'pt',
  activityType: {
    'academy-in-person': 'DHIS2 Academy (presencial)',
    'online-course': 'Curso online',
    'remote-training': 'Formação à distância',
    'in-person-training': 'Formação presencial',
    'on-the-job-coaching': 'Acompanhamento no posto de trabalho',
    mentoring: 'Mentoria',
    'exchange-visit': 'Visita de intercâmbio',
    conference: 'Conferência',
    scholarship: 'Bolsa de estudo (mestrado ou doutoramento)',
    other: 'Outra',
  },
  activityStatus: {
    planned: 'Planeada',
    approved: 'Aprovada',
    'in-progress': 'Em curso',
    completed: 'Concluída',
    cancelled: 'Cancelada',
  },
  costKind: {
    fees: 'Propinas e taxas',
    travel: 'Viagem',
    accommodation: 'Alojamento',
    'per-diem': 'Ajudas de custo',
    materials: 'Materiais',
    other: 'Outro',
  },
  fundingSourceKind: { government: 'Orçamento do Estado', partner: 'Parceiro', other: 'Outra' },
  fundingStatus: { secured: 'garantido', pledged: 'prometido', unfunded: 'sem financiamento' },
  quarter: (quarter, year) => `T${quarter} ${year}`,
  duringYear: (year) => `Durante ${year}`,
  notCoveredBySource: 'Não coberto por nenhuma fonte',
  total: 'Total',
  secured: 'Garantido',
  pledged: 'Prometido',
  unfunded: 'Sem financiamento',
  activity: 'Atividade',
  type: 'Tipo',
  year: 'Ano',
  timing: 'Quando',
  status: 'Estado',
  member: 'Membro',
  fundingSource: 'Fonte de financiamento',
  kind: 'Natureza',
  currency: 'Moeda',
  description: 'Descrição',
  unitCost: 'Custo unitário',
  lineTotal: 'Total da linha',
  byYear: 'Por ano',
  byFundingSource: 'Por fonte de financiamento',
  byMember: 'Por membro',
  byActivityType: 'Por tipo de atividade',
  exchangeRates: 'Taxas de câmbio',
  document: {
    kicker: 'Equipa central DHIS2 · Plano de desenvolvimento de capacidades',
    subject: (team) => `Plano de desenvolvimento de capacidades de ${team}`,
    team: 'Equipa',
    country: 'País',
    period: 'Período',
    baseCurrency: 'Moeda de referência',
    revision: 'Revisão',
    generated: 'Gerado em',
    generatedAt: (date, time) => `${date}, às ${time} UTC`,
    revisionOf: (number, date) => `Revisão ${number}, de ${date}`,
    draft: 'Rascunho: ainda não revisto',
    fundingGap: 'Défice de financiamento',
    fundingGapOf: (year) => `Défice de financiamento ${year}`,
    ofPlanned: (total, share) => `de ${total} previstos (${share})`,
    fundingSentence: (f) => [
      'No período ',
      f.period,
      ', o plano custa ',
      f.total,
      ', dos quais ',
      f.secured,
      ' garantidos e ',
      f.pledged,
      ' prometidos. ',
      f.unfunded,
      ` (${f.share}) ainda não tem financiamento.`,
    ],
    summary: 'Resumo',
    activitiesFact: (activities, members, teamSize, total) =>
      `${activities} ${activities === 1 ? 'atividade' : 'atividades'} para ${members} dos ${teamSize} ` +
      `membros da equipa, com um custo total de ${total}.`,
    fundingSourcesFact: (count, names) =>
      `${count} ${count === 1 ? 'fonte' : 'fontes'} de financiamento` +
      (names.length > 0 ? `: ${names.join('; ')}.` : '.'),
    teamAndRoles: 'Equipa e funções',
    role: 'Função',
    current: 'Atuais',
    envisioned: 'Previstos',
    assessmentSummary: 'Resumo da avaliação',
    area: 'Área',
    baseline: 'Referência',
    latest: 'Mais recente',
    change: 'Evolução',
    roundClosed: (label, roundName, closesOn) => `${label}: ${roundName} (encerrada em ${closesOn})`,
    noRoundYet: (label) => `${label}: ainda nenhuma`,
    noAssessmentYet: 'Ainda não foi concluída nenhuma ronda de avaliação.',
    scaleNote: 'Médias da equipa por área, na escala de 0 a 3 da avaliação de necessidades.',
    priorityGapsPerMember: 'Lacunas prioritárias por membro',
    roles: 'Funções',
    priorityGapsMostPressingFirst: 'Lacunas prioritárias, as mais urgentes primeiro',
    noneRecorded: 'Nenhuma registada',
    fundingShare: (source, amount, status) => `${source}: ${amount} ${status}`,
    notYetCovered: (amount) => `Ainda não coberto: ${amount}`,
    provider: (provider) => `Fornecedor: ${provider}`,
    addresses: (categories) => `Aborda: ${categories.join('; ')}`,
    sharedWith: (names) => `Partilhada com ${names}`,
    cancelledNote: 'Cancelada: não conta para o orçamento.',
    noActivityPlanned: 'Nenhuma atividade planeada.',
    cost: 'Custo',
    funding: 'Financiamento',
    activitiesPerMember: 'Atividades por membro',
    costsNote: (currency) =>
      `Custos em ${currency}. Uma atividade para vários membros aparece em cada um deles com o custo ` +
      'total; as tabelas do orçamento dividem-na em partes iguais.',
    forTheWholeTeam: 'Para toda a equipa',
    costOfEachActivity: 'Custo de cada atividade',
    costKind: 'Natureza',
    quantityShort: 'Qtd.',
    inCurrency: (currency) => `Em ${currency}`,
    conversionNote: (base) =>
      `Cada linha de custo é a quantidade × o custo unitário na sua própria moeda, convertida para ${base} ` +
      `à taxa em vigor no início da atividade e arredondada à menor unidade de ${base} (arredondamento ` +
      'para o par mais próximo).',
    budget: 'Orçamento',
    budgetNote: (currency) =>
      `Todos os valores em ${currency}. As atividades canceladas ficam de fora. “Sem financiamento” é o ` +
      'défice de financiamento: as quotas marcadas sem financiamento mais o que nenhuma fonte de ' +
      'financiamento cobre.',
    byRole: 'Por função',
    noRole: 'Sem função (atividades de toda a equipa)',
    splitEvenly: 'Uma atividade para vários membros é dividida em partes iguais entre eles.',
    noMember: 'Nenhum membro (atividades de toda a equipa)',
    warnings: 'Avisos',
    overfunded: (activity, shared, total) =>
      `${activity}: as suas quotas de financiamento somam ${shared}, mais do que o seu custo (${total}); ` +
      'só contam até ao valor do custo.',
    outsidePeriod: (activity, year, period) =>
      `${activity}: começa em ${year}, fora do período do plano (${period}).`,
    nothingToShow: 'Nada a mostrar: o plano ainda não tem atividades orçamentadas.',
    noExchangeRate: (base) => `Sem taxas de câmbio: todos os custos estão em ${base}.`,
    rate: 'Taxa',
    inForce: 'Em vigor',
    inForceBetween: (from, until) => `de ${from} a ${until}`,
    inForceFrom: (from) => `a partir de ${from}`,
    rateNote:
      'Cada linha de custo é convertida à taxa em vigor na data de início da sua atividade; antes da ' +
      'primeira taxa de uma moeda, aplica-se essa primeira taxa.',
    termsOfReference: 'Termos de referência',
    heldBy: (names) => `Ocupada por: ${names}`,
    envisionedHolder: (name) => `${name} (prevista)`,
    purpose: 'Propósito',
    responsibilities: 'Responsabilidades',
    requiredCompetencies: 'Competências exigidas',
    reportingLine: 'Linha de reporte',
    page: (current, count) => `Página ${current} de ${count}`,
  },
  workbook: {
    number: 'N.º',
    members: 'Membros',
    provider: 'Fornecedor',
    totalIn: (currency) => `Total (${currency})`,
    gapsAddressed: 'Lacunas que aborda',
    outcomeNote: 'Nota de resultados',
    costKind: 'Natureza',
    quantity: 'Quantidade',
    totalInBase: (currency) => `Total em ${currency}`,
    activityStatus: 'Estado da atividade',
    sourceNumber: 'N.º da fonte',
    fundingStatus: 'Estado do financiamento',
    amountIn: (currency) => `Valor (${currency})`,
    memberNumber: 'N.º do membro',
    shareIn: (currency) => `Parte (${currency})`,
    noMember: 'Nenhum membro (toda a equipa)',
    summaryNote: (currency) =>
      `Valores em ${currency}. As atividades canceladas ficam de fora. Os totais são fórmulas sobre as ` +
      'outras folhas.',
    unfundedGap: 'Sem financiamento (défice de financiamento)',
    memberSplitEvenly: 'Membro (uma atividade para vários membros é dividida em partes iguais)',
    rateIn: (base) => `Taxa (${base} por unidade)`,
    inForceFrom: 'Em vigor desde',
  },
};

const es: PlanDocumentLabels = {
  locale: 'es',
  activityType: {
    'academy-in-person': 'DHIS2 Academy (presencial)',
    'online-course': 'Curso en línea',
    'remote-training': 'Formación a distancia',
    'in-person-training': 'Formación presencial',
    'on-the-job-coaching': 'Acompañamiento en el puesto de trabajo',
    mentoring: 'Mentoría',
    'exchange-visit': 'Visita de intercambio',
    conference: 'Conferencia',
    scholarship: 'Beca (máster o doctorado)',
    other: 'Otra',
  },
  activityStatus: {
    planned: 'Planificada',
    approved: 'Aprobada',
    'in-progress': 'En curso',
    completed: 'Completada',
    cancelled: 'Cancelada',
  },
  costKind: {
    fees: 'Matrícula y tasas',
    travel: 'Viaje',
    accommodation: 'Alojamiento',
    'per-diem': 'Viáticos',
    materials: 'Materiales',
    other: 'Otro',
  },
  fundingSourceKind: { government: 'Presupuesto público', partner: 'Socio', other: 'Otra' },
  fundingStatus: { secured: 'asegurado', pledged: 'comprometido', unfunded: 'sin financiar' },
  quarter: (quarter, year) => `T${quarter} ${year}`,
  duringYear: (year) => `En algún momento de ${year}`,
  notCoveredBySource: 'Sin cubrir por ninguna fuente',
  total: 'Total',
  secured: 'Asegurado',
  pledged: 'Comprometido',
  unfunded: 'Sin financiar',
  activity: 'Actividad',
  type: 'Tipo',
  year: 'Año',
  timing: 'Cuándo',
  status: 'Estado',
  member: 'Miembro',
  fundingSource: 'Fuente de financiación',
  kind: 'Tipo',
  currency: 'Moneda',
  description: 'Descripción',
  unitCost: 'Costo unitario',
  lineTotal: 'Total de la línea',
  byYear: 'Por año',
  byFundingSource: 'Por fuente de financiación',
  byMember: 'Por miembro',
  byActivityType: 'Por tipo de actividad',
  exchangeRates: 'Tipos de cambio',
  document: {
    kicker: 'Equipo central de DHIS2 · Plan de desarrollo de capacidades',
    subject: (team) => `Plan de desarrollo de capacidades de ${team}`,
    team: 'Equipo',
    country: 'País',
    period: 'Período',
    baseCurrency: 'Moneda de referencia',
    revision: 'Revisión',
    generated: 'Generado el',
    generatedAt: (date, time) => `${date}, a las ${time} UTC`,
    revisionOf: (number, date) => `Revisión ${number} del ${date}`,
    draft: 'Borrador: aún sin revisar',
    fundingGap: 'Déficit de financiación',
    fundingGapOf: (year) => `Déficit de financiación ${year}`,
    ofPlanned: (total, share) => `de ${total} previstos (${share})`,
    fundingSentence: (f) => [
      'En el período ',
      f.period,
      ', el plan cuesta ',
      f.total,
      ', de los cuales ',
      f.secured,
      ' están asegurados y ',
      f.pledged,
      ' comprometidos. ',
      f.unfunded,
      ` (${f.share}) aún no tiene financiación.`,
    ],
    summary: 'Resumen',
    activitiesFact: (activities, members, teamSize, total) =>
      `${activities} ${activities === 1 ? 'actividad' : 'actividades'} para ${members} de los ${teamSize} ` +
      `miembros del equipo, con un costo total de ${total}.`,
    fundingSourcesFact: (count, names) =>
      `${count} ${count === 1 ? 'fuente' : 'fuentes'} de financiación` +
      (names.length > 0 ? `: ${names.join('; ')}.` : '.'),
    teamAndRoles: 'Equipo y funciones',
    role: 'Función',
    current: 'Actuales',
    envisioned: 'Previstos',
    assessmentSummary: 'Resumen de la evaluación',
    area: 'Área',
    baseline: 'Referencia',
    latest: 'Más reciente',
    change: 'Evolución',
    roundClosed: (label, roundName, closesOn) => `${label}: ${roundName} (cerrada el ${closesOn})`,
    noRoundYet: (label) => `${label}: todavía ninguna`,
    noAssessmentYet: 'Todavía no se ha completado ninguna ronda de evaluación.',
    scaleNote: 'Medias del equipo por área, en la escala de 0 a 3 de la evaluación de necesidades.',
    priorityGapsPerMember: 'Brechas prioritarias por miembro',
    roles: 'Funciones',
    priorityGapsMostPressingFirst: 'Brechas prioritarias, las más urgentes primero',
    noneRecorded: 'Ninguna registrada',
    fundingShare: (source, amount, status) => `${source}: ${amount} ${status}`,
    notYetCovered: (amount) => `Aún sin cubrir: ${amount}`,
    provider: (provider) => `Proveedor: ${provider}`,
    addresses: (categories) => `Aborda: ${categories.join('; ')}`,
    sharedWith: (names) => `Compartida con ${names}`,
    cancelledNote: 'Cancelada: no se cuenta en el presupuesto.',
    noActivityPlanned: 'Ninguna actividad planificada.',
    cost: 'Costo',
    funding: 'Financiación',
    activitiesPerMember: 'Actividades por miembro',
    costsNote: (currency) =>
      `Costos en ${currency}. Una actividad para varios miembros aparece en cada uno de ellos con su costo ` +
      'total; las tablas del presupuesto la reparten a partes iguales.',
    forTheWholeTeam: 'Para todo el equipo',
    costOfEachActivity: 'Costo de cada actividad',
    costKind: 'Concepto',
    quantityShort: 'Cant.',
    inCurrency: (currency) => `En ${currency}`,
    conversionNote: (base) =>
      `Cada línea de costo es cantidad × costo unitario en su propia moneda, convertida a ${base} al tipo ` +
      `vigente al inicio de la actividad y redondeada a la unidad mínima de ${base} (redondeo al par más ` +
      'cercano).',
    budget: 'Presupuesto',
    budgetNote: (currency) =>
      `Todos los importes en ${currency}. Las actividades canceladas no se cuentan. «Sin financiar» es el ` +
      'déficit de financiación: las partes marcadas sin financiar más lo que ninguna fuente de ' +
      'financiación cubre.',
    byRole: 'Por función',
    noRole: 'Sin función (actividades de todo el equipo)',
    splitEvenly: 'Una actividad para varios miembros se reparte a partes iguales entre ellos.',
    noMember: 'Ningún miembro (actividades de todo el equipo)',
    warnings: 'Advertencias',
    overfunded: (activity, shared, total) =>
      `${activity}: sus partes de financiación suman ${shared}, más que su costo (${total}); solo se ` +
      'cuentan hasta su costo.',
    outsidePeriod: (activity, year, period) =>
      `${activity}: empieza en ${year}, fuera del período del plan (${period}).`,
    nothingToShow: 'Nada que mostrar: el plan aún no tiene actividades presupuestadas.',
    noExchangeRate: (base) => `Sin tipos de cambio: todos los costos están en ${base}.`,
    rate: 'Tipo',
    inForce: 'Vigente',
    inForceBetween: (from, until) => `del ${from} al ${until}`,
    inForceFrom: (from) => `desde el ${from}`,
    rateNote:
      'Cada línea de costo se convierte al tipo vigente en la fecha de inicio de su actividad; antes del ' +
      'primer tipo de una moneda, se aplica ese primer tipo.',
    termsOfReference: 'Términos de referencia',
    heldBy: (names) => `Ocupado por: ${names}`,
    envisionedHolder: (name) => `${name} (prevista)`,
    purpose: 'Propósito',
    responsibilities: 'Responsabilidades',
    requiredCompetencies: 'Competencias requeridas',
    reportingLine: 'Línea de dependencia',
    page: (current, count) => `Página ${current} de ${count}`,
  },
  workbook: {
    number: 'N.º',
    members: 'Miembros',
    provider: 'Proveedor',
    totalIn: (currency) => `Total (${currency})`,
    gapsAddressed: 'Brechas que aborda',
    outcomeNote: 'Nota de resultados',
    costKind: 'Concepto',
    quantity: 'Cantidad',
    totalInBase: (currency) => `Total en ${currency}`,
    activityStatus: 'Estado de la actividad',
    sourceNumber: 'N.º de fuente',
    fundingStatus: 'Estado de la financiación',
    amountIn: (currency) => `Importe (${currency})`,
    memberNumber: 'N.º de miembro',
    shareIn: (currency) => `Parte (${currency})`,
    noMember: 'Ningún miembro (todo el equipo)',
    summaryNote: (currency) =>
      `Importes en ${currency}. Las actividades canceladas no se cuentan. Los totales son fórmulas sobre ` +
      'las demás hojas.',
    unfundedGap: 'Sin financiar (déficit de financiación)',
    memberSplitEvenly: 'Miembro (una actividad para varios miembros se reparte a partes iguales)',
    rateIn: (base) => `Tipo (${base} por unidad)`,
    inForceFrom: 'Vigente desde',
  },
};

export const PLAN_DOCUMENT_LABELS: Record<SupportedLanguage, PlanDocumentLabels> = { en, fr, pt, es };

export function planDocumentLabels(language: SupportedLanguage): PlanDocumentLabels {
  return PLAN_DOCUMENT_LABELS[language];
}
