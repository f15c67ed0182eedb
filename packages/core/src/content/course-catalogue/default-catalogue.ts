import type { CourseOffering } from '../../schemas/learning.schema.js';
import type { CourseCategoryDefinition, CourseDefinition } from '../../learning/course-catalogue.js';
import type { LearningPathDefinition } from '../../learning/learning-paths.js';

/*
 * The course catalogue every instance starts with: the DHIS2 Academy's courses (names as the
 * academy uses them; descriptions in the Coreteam project's own words) in the academy's 2024
 * categories, and resources outside the academy. Costs are default estimates per participant in
 * US dollars (cents): fees, plus travel and accommodation for in-person regional academies. A
 * system admin edits them to local prices. Keys are stored with learning records and plan
 * activities: once released, a key must not change.
 */

export const DEFAULT_COURSE_CATEGORIES: readonly CourseCategoryDefinition[] = [
  {
    key: 'introduction',
    name: 'Introduction to DHIS2',
    description: 'The foundation every other academy course builds on.',
  },
  {
    key: 'use',
    name: 'DHIS2 Use',
    description: 'Using DHIS2’s core features to enter, analyse and present data, without configuring it.',
  },
  {
    key: 'configuration',
    name: 'DHIS2 Configuration',
    description: 'Setting up and maintaining a DHIS2 instance, mostly through the Maintenance app.',
  },
  {
    key: 'domain-and-program-management',
    name: 'Domain & Program Management',
    description:
      'Running DHIS2 implementations and health programmes: data quality, community health, information systems.',
  },
  {
    key: 'architecture-and-extensions',
    name: 'Architecture & Extensions',
    description: 'What goes around and beyond DHIS2: servers, integration, scripts and apps.',
  },
];

const USD = 'USD';
const selfPaced = (durationDays: number): CourseOffering => ({
  format: 'online-self-paced',
  durationDays,
  feesMinor: 0,
  travelMinor: 0,
  currency: USD,
});
const instructorLed = (durationDays: number, feesMinor: number): CourseOffering => ({
  format: 'online-instructor-led',
  durationDays,
  feesMinor,
  travelMinor: 0,
  currency: USD,
});
/** A regional academy: fees, and travel with accommodation for the week. */
const regional = (durationDays: number, feesMinor: number, travelMinor: number): CourseOffering => ({
  format: 'in-person-regional',
  durationDays,
  feesMinor,
  travelMinor,
  currency: USD,
});

const EVERY_ROLE = [
  'operational-lead',
  'implementer',
  'trainer',
  'integration-expert',
  'server-administrator',
  'subject-matter-expert',
  'program-manager',
  'security-manager',
  'data-scientist',
  'app-developer',
  'security-expert',
];

export const DEFAULT_COURSES: readonly CourseDefinition[] = [
  {
    key: 'introduction-to-dhis2',
    kind: 'academy',
    categoryKey: 'introduction',
    name: 'Introduction to DHIS2',
    description:
      'A free, self-paced online course on what DHIS2 is and how its data model, data entry and analysis fit together. Everyone on the team takes it first: every academy course expects it.',
    offerings: [selfPaced(5)],
    prerequisiteKeys: [],
    developsCategoryKeys: ['implementer-program.user-support', 'trainer.use-topics'],
    recommendedRoleKeys: EVERY_ROLE,
  },
  {
    key: 'visualizing-data',
    kind: 'academy',
    categoryKey: 'use',
    name: 'Visualizing Data in DHIS2',
    description:
      'Building pivot tables, charts and dashboards that answer the questions managers ask, and reading them critically.',
    offerings: [instructorLed(10, 30_000), regional(5, 150_000, 150_000)],
    prerequisiteKeys: ['introduction-to-dhis2'],
    developsCategoryKeys: [
      'implementer-program.analysis-and-dashboards',
      'operational-lead.data-use',
      'trainer.use-topics',
    ],
    recommendedRoleKeys: [
      'operational-lead',
      'implementer',
      'trainer',
      'subject-matter-expert',
      'program-manager',
      'data-scientist',
    ],
  },
  {
    key: 'tracker-data-capture-and-analysis',
    kind: 'academy',
    categoryKey: 'use',
    name: 'Tracker Data Capture and Analysis',
    description:
      'Registering and following people through a tracker programme, then analysing individual-level data with line lists and event reports.',
    offerings: [instructorLed(10, 30_000), regional(5, 160_000, 160_000)],
    prerequisiteKeys: ['introduction-to-dhis2'],
    developsCategoryKeys: [
      'implementer-program.tracker-design',
      'implementer-program.analysis-and-dashboards',
      'trainer.use-topics',
    ],
    recommendedRoleKeys: ['implementer', 'trainer', 'program-manager'],
  },
  {
    key: 'configuring-data-access-and-outputs',
    kind: 'academy',
    categoryKey: 'configuration',
    name: 'Configuring Data Access and Outputs',
    description:
      'Setting up who may see and enter what (user roles, user groups, sharing) and the indicators and outputs built on aggregate data.',
    offerings: [instructorLed(10, 40_000), regional(6, 180_000, 170_000)],
    prerequisiteKeys: ['introduction-to-dhis2'],
    developsCategoryKeys: [
      'implementer-technical.user-access-controls',
      'implementer-technical.indicators-and-analytics',
      'implementer-technical.aggregate-configuration',
      'trainer.configuration-topics',
    ],
    recommendedRoleKeys: ['implementer', 'trainer'],
  },
  {
    key: 'tracker-configuration',
    kind: 'academy',
    categoryKey: 'configuration',
    name: 'Tracker Configuration',
    description:
      'Designing and configuring tracker programmes: stages, attributes, programme rules and indicators, and how to test them before roll-out.',
    offerings: [instructorLed(10, 45_000), regional(6, 200_000, 180_000)],
    prerequisiteKeys: ['tracker-data-capture-and-analysis'],
    developsCategoryKeys: [
      'implementer-technical.tracker-configuration',
      'implementer-program.tracker-design',
      'trainer.configuration-topics',
    ],
    recommendedRoleKeys: ['implementer', 'trainer'],
  },
  {
    key: 'android',
    kind: 'academy',
    categoryKey: 'configuration',
    name: 'Android',
    description:
      'Preparing DHIS2 for the Android Capture app: configuration for mobile use, device management and supporting users in the field.',
    offerings: [instructorLed(10, 35_000), regional(5, 170_000, 160_000)],
    prerequisiteKeys: ['tracker-data-capture-and-analysis'],
    developsCategoryKeys: ['implementer-technical.android'],
    recommendedRoleKeys: ['implementer'],
  },
  {
    key: 'data-quality',
    kind: 'academy',
    categoryKey: 'domain-and-program-management',
    name: 'Data Quality',
    description:
      'Finding and fixing data quality problems with DHIS2’s tools, and setting up routines so that they are caught every month.',
    offerings: [instructorLed(10, 30_000), regional(5, 150_000, 150_000)],
    prerequisiteKeys: ['introduction-to-dhis2'],
    developsCategoryKeys: ['implementer-program.data-quality', 'operational-lead.data-use'],
    recommendedRoleKeys: [
      'operational-lead',
      'implementer',
      'subject-matter-expert',
      'program-manager',
      'data-scientist',
    ],
  },
  {
    key: 'web-and-android-app-development',
    kind: 'academy',
    categoryKey: 'architecture-and-extensions',
    name: 'Web and Android App Development',
    description:
      'Building custom web and Android apps on the DHIS2 Web API and application platform, for needs the standard apps do not meet.',
    offerings: [instructorLed(15, 50_000), regional(6, 200_000, 180_000)],
    prerequisiteKeys: ['introduction-to-dhis2'],
    developsCategoryKeys: ['implementer-technical.data-exchange'],
    recommendedRoleKeys: ['app-developer', 'integration-expert'],
  },
  {
    key: 'implementing-information-systems',
    kind: 'academy',
    categoryKey: 'domain-and-program-management',
    name: 'Implementing Information Systems',
    description:
      'Planning and steering a DHIS2 implementation: governance, requirements, roll-out, and keeping one integrated national system.',
    offerings: [instructorLed(10, 40_000), regional(6, 180_000, 170_000)],
    prerequisiteKeys: ['introduction-to-dhis2'],
    developsCategoryKeys: [
      'operational-lead.governance-and-coordination',
      'operational-lead.project-management',
      'operational-lead.his-architecture',
      'operational-lead.procedures',
      'implementer-program.requirements',
    ],
    recommendedRoleKeys: ['operational-lead', 'implementer'],
  },
  {
    key: 'system-management',
    kind: 'academy',
    categoryKey: 'configuration',
    name: 'System Management',
    description:
      'Keeping an instance healthy from inside DHIS2: metadata management, user administration, scheduled jobs, and upgrades tested before they reach production.',
    offerings: [instructorLed(10, 40_000), regional(5, 170_000, 160_000)],
    prerequisiteKeys: ['introduction-to-dhis2'],
    developsCategoryKeys: [
      'implementer-technical.metadata-lifecycle',
      'implementer-technical.user-administration',
      'implementer-technical.upgrades-and-testing',
      'server-administrator.dhis2-application',
    ],
    recommendedRoleKeys: ['implementer', 'server-administrator', 'security-manager'],
  },
  {
    key: 'maps',
    kind: 'academy',
    categoryKey: 'use',
    name: 'Maps',
    description:
      'Making thematic, facility and event maps in DHIS2, and the organisation unit coordinates and boundaries they depend on.',
    offerings: [instructorLed(5, 25_000), regional(5, 140_000, 140_000)],
    prerequisiteKeys: ['introduction-to-dhis2'],
    developsCategoryKeys: ['implementer-program.analysis-and-dashboards', 'trainer.use-topics'],
    recommendedRoleKeys: ['implementer', 'trainer', 'data-scientist'],
  },
  {
    key: 'chis',
    kind: 'academy',
    categoryKey: 'domain-and-program-management',
    name: 'CHIS',
    description:
      'Community health information systems on DHIS2: community health workers’ data, tracker and aggregate designs for them, and their use at community level.',
    offerings: [instructorLed(10, 40_000), regional(6, 190_000, 180_000)],
    prerequisiteKeys: ['tracker-data-capture-and-analysis'],
    developsCategoryKeys: [
      'implementer-program.requirements',
      'implementer-program.tracker-design',
      'implementer-program.aggregate-design',
    ],
    recommendedRoleKeys: ['implementer', 'program-manager', 'subject-matter-expert'],
  },
  {
    key: 'server-administration',
    kind: 'academy',
    categoryKey: 'architecture-and-extensions',
    name: 'Server Administration',
    description:
      'Installing and running DHIS2 in production: Linux, PostgreSQL, the web proxy and Tomcat, backups, monitoring and security.',
    offerings: [instructorLed(15, 50_000), regional(6, 210_000, 180_000)],
    prerequisiteKeys: ['introduction-to-dhis2'],
    developsCategoryKeys: [
      'server-administrator.operating-system',
      'server-administrator.postgresql',
      'server-administrator.web-tier',
      'server-administrator.backups',
      'server-administrator.monitoring',
      'server-administrator.upgrades',
    ],
    recommendedRoleKeys: ['server-administrator', 'security-expert'],
  },
  {
    key: 'integration',
    kind: 'academy',
    categoryKey: 'architecture-and-extensions',
    name: 'Integration',
    description:
      'Moving data between DHIS2 and other systems safely: the Web API, interoperability standards and the tools that schedule and check exchanges.',
    offerings: [instructorLed(15, 50_000), regional(6, 210_000, 180_000)],
    prerequisiteKeys: ['introduction-to-dhis2'],
    developsCategoryKeys: ['implementer-technical.data-exchange', 'operational-lead.his-architecture'],
    recommendedRoleKeys: ['integration-expert', 'app-developer'],
  },
  {
    key: 'dhis2-documentation',
    kind: 'documentation',
    categoryKey: null,
    name: 'DHIS2 documentation',
    description:
      'Self-study with the official user, implementer and system administration guides, working through them on a test instance.',
    offerings: [selfPaced(3)],
    prerequisiteKeys: [],
    developsCategoryKeys: ['implementer-program.documentation', 'implementer-technical.metadata-lifecycle'],
    recommendedRoleKeys: EVERY_ROLE,
  },
  {
    key: 'community-of-practice',
    kind: 'community',
    categoryKey: null,
    name: 'DHIS2 Community of Practice',
    description:
      'Asking and answering questions on the DHIS2 community forum and following its announcements: a way to learn from other implementations.',
    offerings: [selfPaced(1)],
    prerequisiteKeys: [],
    developsCategoryKeys: ['implementer-program.user-support', 'server-administrator.dhis2-application'],
    recommendedRoleKeys: EVERY_ROLE,
  },
  {
    key: 'local-training',
    kind: 'local-training',
    categoryKey: null,
    name: 'In-country training of trainers',
    description:
      'A training of trainers organised in the country, with a local facilitator, on planning, delivering and evaluating DHIS2 training.',
    offerings: [
      {
        format: 'in-country',
        durationDays: 5,
        feesMinor: 40_000,
        travelMinor: 20_000,
        currency: USD,
      },
    ],
    prerequisiteKeys: ['introduction-to-dhis2'],
    developsCategoryKeys: [
      'trainer.needs-and-objectives',
      'trainer.course-design',
      'trainer.delivery',
      'trainer.evaluation',
    ],
    recommendedRoleKeys: ['trainer', 'implementer'],
  },
];

const step = (courseKey: string, ...subRoleKeys: string[]) => ({ courseKey, subRoleKeys });

/**
 * A learning path per role of the roles catalogue, Introduction to DHIS2 first. A step may be for
 * some sub-roles only (e.g. Implementer – Technical). Each course's prerequisites come earlier in
 * every sub-role's path.
 */
export const DEFAULT_LEARNING_PATHS: readonly LearningPathDefinition[] = [
  {
    roleKey: 'operational-lead',
    steps: [
      step('introduction-to-dhis2'),
      step('implementing-information-systems'),
      step('data-quality'),
      step('visualizing-data'),
    ],
  },
  {
    roleKey: 'implementer',
    steps: [
      step('introduction-to-dhis2'),
      step('visualizing-data', 'program'),
      step('tracker-data-capture-and-analysis'),
      step('configuring-data-access-and-outputs', 'technical'),
      step('tracker-configuration', 'technical'),
      step('android', 'technical'),
      step('data-quality'),
      step('chis', 'program'),
    ],
  },
  {
    roleKey: 'trainer',
    steps: [
      step('introduction-to-dhis2'),
      step('visualizing-data'),
      step('tracker-data-capture-and-analysis'),
      step('maps'),
      step('configuring-data-access-and-outputs', 'technical'),
      step('tracker-configuration', 'technical'),
      step('local-training'),
    ],
  },
  {
    roleKey: 'integration-expert',
    steps: [step('introduction-to-dhis2'), step('integration'), step('web-and-android-app-development')],
  },
  {
    roleKey: 'server-administrator',
    steps: [step('introduction-to-dhis2'), step('server-administration'), step('system-management')],
  },
  {
    roleKey: 'subject-matter-expert',
    steps: [step('introduction-to-dhis2'), step('visualizing-data'), step('data-quality')],
  },
  {
    roleKey: 'program-manager',
    steps: [step('introduction-to-dhis2'), step('visualizing-data'), step('data-quality')],
  },
  {
    roleKey: 'security-manager',
    steps: [step('introduction-to-dhis2'), step('system-management')],
  },
  {
    roleKey: 'data-scientist',
    steps: [step('introduction-to-dhis2'), step('visualizing-data'), step('data-quality')],
  },
  {
    roleKey: 'app-developer',
    steps: [step('introduction-to-dhis2'), step('web-and-android-app-development')],
  },
  {
    roleKey: 'security-expert',
    steps: [step('introduction-to-dhis2'), step('server-administration')],
  },
];
