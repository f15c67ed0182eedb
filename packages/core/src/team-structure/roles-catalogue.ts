/**
 * The roles of a DHIS2 core team, after the core team framework. Seeded into every instance and
 * editable by a system admin (the latest public framework moved the Integration Expert to the
 * optional roles, so a role's kind can change).
 */
export const ROLE_KINDS = ['core', 'contributing', 'optional'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const DEDICATIONS = ['full-time', 'part-time-acceptable', 'as-needed'] as const;
export type Dedication = (typeof DEDICATIONS)[number];

/** The six competencies the framework says a core team needs between its members. */
export const REQUIRED_COMPETENCIES = [
  'design-and-systems-analysis',
  'customization-architecture-metadata',
  'implementation-best-practices',
  'data-use-and-dashboards',
  'training',
  'project-management',
] as const;
export type RequiredCompetency = (typeof REQUIRED_COMPETENCIES)[number];

export interface SubRoleDefinition {
  key: string;
  name: string;
  description: string;
}

export interface RoleDefinition {
  key: string;
  kind: RoleKind;
  name: string;
  description: string;
  dedication: Dedication;
  /** Position in the framework's build order (1 = fill first); null for roles outside it. */
  buildOrder: number | null;
  competencies: RequiredCompetency[];
  subRoles: SubRoleDefinition[];
}

export const DEFAULT_ROLES_CATALOGUE: readonly RoleDefinition[] = [
  {
    key: 'operational-lead',
    kind: 'core',
    name: 'Operational Lead',
    description:
      'Leads the core team and manages DHIS2 projects; coordinates with ministry departments and partners, and keeps DHIS2 one integrated system for the whole ministry rather than a set of parallel ones.',
    dedication: 'full-time',
    buildOrder: 1,
    competencies: ['project-management', 'implementation-best-practices'],
    subRoles: [],
  },
  {
    key: 'implementer',
    kind: 'core',
    name: 'Implementer',
    description:
      'Turns requirements into a working DHIS2 configuration and scales it up: new programmes, data sets and features, metadata and user management, upgrades, and support to users.',
    dedication: 'full-time',
    buildOrder: 2,
    competencies: [
      'design-and-systems-analysis',
      'customization-architecture-metadata',
      'implementation-best-practices',
      'data-use-and-dashboards',
    ],
    subRoles: [
      {
        key: 'program',
        name: 'Program',
        description: 'More time on requirements, documentation and how the system is used.',
      },
      {
        key: 'technical',
        name: 'Technical',
        description: 'More time on the configuration itself: data sets, tracker programmes, access control.',
      },
    ],
  },
  {
    key: 'trainer',
    kind: 'core',
    name: 'Trainer',
    description:
      'Prepares training material, documentation and job aids, trains trainers and end users, and organises user support with sub-national administrators. Every trainer also creates learning content (the "general" responsibility).',
    dedication: 'full-time',
    buildOrder: 3,
    competencies: ['training', 'data-use-and-dashboards'],
    subRoles: [
      {
        key: 'program',
        name: 'Program',
        description: 'Trains people in using DHIS2 and the processes around it.',
      },
      { key: 'technical', name: 'Technical', description: 'Trains people in configuring DHIS2.' },
    ],
  },
  {
    key: 'integration-expert',
    kind: 'core',
    name: 'Integration Expert',
    description:
      'A developer who makes data flow between DHIS2 and other systems: interoperability standards, APIs and the tools that move data safely.',
    dedication: 'full-time',
    buildOrder: null,
    competencies: ['customization-architecture-metadata'],
    subRoles: [],
  },
  {
    key: 'server-administrator',
    kind: 'core',
    name: 'Server Administrator',
    description:
      'Keeps the servers and DHIS2 instances running and safe: security updates, monitoring, backups, upgrades and instance management, alone or with a hosting provider. May be part-time.',
    dedication: 'part-time-acceptable',
    buildOrder: 4,
    competencies: ['customization-architecture-metadata'],
    subRoles: [],
  },
  {
    key: 'subject-matter-expert',
    kind: 'contributing',
    name: 'Subject Matter Expert',
    description:
      'Knows how services are delivered and what information a programme needs; helps review and analyse data and define indicators and routine analyses.',
    dedication: 'as-needed',
    buildOrder: null,
    competencies: ['data-use-and-dashboards', 'design-and-systems-analysis'],
    subRoles: [],
  },
  {
    key: 'program-manager',
    kind: 'contributing',
    name: 'Program Manager',
    description:
      'Runs a health programme and answers for its results; brings the programme’s monitoring needs to the Operational Lead.',
    dedication: 'as-needed',
    buildOrder: null,
    competencies: ['project-management'],
    subRoles: [],
  },
  {
    key: 'security-manager',
    kind: 'contributing',
    name: 'Security Manager',
    description:
      'Looks after the confidentiality, integrity and availability of data and systems, with enough seniority to influence decisions.',
    dedication: 'as-needed',
    buildOrder: null,
    competencies: [],
    subRoles: [],
  },
  {
    key: 'data-scientist',
    kind: 'contributing',
    name: 'Data Scientist',
    description:
      'Uses statistics, modelling and programming to draw insight from DHIS2 data and relate interventions to their outcomes.',
    dedication: 'as-needed',
    buildOrder: null,
    competencies: ['data-use-and-dashboards'],
    subRoles: [],
  },
  {
    key: 'app-developer',
    kind: 'optional',
    name: 'App Developer',
    description:
      'Builds custom DHIS2 apps for needs best met by a custom solution, working with implementers.',
    dedication: 'as-needed',
    buildOrder: null,
    competencies: ['customization-architecture-metadata'],
    subRoles: [],
  },
  {
    key: 'security-expert',
    kind: 'optional',
    name: 'Security Expert',
    description:
      'Knows the legal frameworks and technical practices for protecting information, and advises on user management, data storage and national security policies.',
    dedication: 'as-needed',
    buildOrder: null,
    competencies: [],
    subRoles: [],
  },
];
