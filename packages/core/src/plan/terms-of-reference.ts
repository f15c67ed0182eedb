/*
 * Default terms of reference for the five core positions of a DHIS2 core team. A team starts from
 * these and edits them to fit its ministry's own job descriptions. Written here in English; the
 * French, Portuguese and Spanish versions are in content/terms-of-reference.
 */

export const CORE_POSITION_KEYS = [
  'operational-lead',
  'implementer',
  'trainer',
  'integration-expert',
  'server-administrator',
] as const;
export type CorePositionKey = (typeof CORE_POSITION_KEYS)[number];

export function isCorePositionKey(value: string): value is CorePositionKey {
  return (CORE_POSITION_KEYS as readonly string[]).includes(value);
}

export interface TermsOfReferenceText {
  purpose: string;
  responsibilities: string[];
  requiredCompetencies: string[];
  reportingLine: string;
}

export const DEFAULT_TERMS_OF_REFERENCE: Record<CorePositionKey, TermsOfReferenceText> = {
  'operational-lead': {
    purpose:
      'Leads the DHIS2 core team and manages DHIS2 work as a set of planned projects. Makes sure DHIS2 is run as one integrated system that meets the day-to-day information needs of the entire Ministry of Health, not as a collection of separate programme systems.',
    responsibilities: [
      'Lead and coordinate the core team day to day, assigning and following up work, and delegating project management of individual initiatives to team members where appropriate.',
      'Prepare, budget and monitor the annual DHIS2 work plan and the core team capacity building plan, and review both at least once a year.',
      'Act as the main contact on DHIS2 for ministry departments, health programmes, development partners and service providers, and keep their requests aligned with the national system.',
      'Guard the integrity of the national health information architecture: agree on how new programmes, data flows and systems join DHIS2 rather than running alongside it.',
      'Set, document and enforce standard operating procedures for configuration changes, metadata management, user administration, upgrades and data sharing.',
      "Organise the needs assessment of the team, agree each member's development priorities with them, and follow up on the activities in the capacity building plan.",
      'Promote the use of DHIS2 data for decision making, including data quality reviews and dashboards for management.',
      'Report progress, risks and resource needs to the governing body and to ministry management, and prepare proposals for funding and technical assistance.',
      'Plan for continuity: retention of trained staff, hand-over when members leave, and induction of new members.',
    ],
    requiredCompetencies: [
      'Project and programme management, including planning, budgeting and monitoring.',
      "Sound understanding of DHIS2 as a platform and of the country's health information system and its governance.",
      'Health information architecture and integration strategy.',
      'Stakeholder coordination, negotiation and communication with government and partners.',
      'Team leadership, coaching and staff development.',
      'Data use, data quality and information for decision making.',
    ],
    reportingLine:
      'Reports to the head of the HMIS/HIS unit of the Ministry of Health and, for DHIS2 matters, to the governing body (steering committee) of the implementation.',
  },
  implementer: {
    purpose:
      'Turns the information needs of ministry departments and health programmes into a working DHIS2 configuration and takes it to scale. Keeps the configuration coherent, documented and maintainable over the years, whether the work leans towards programme requirements or technical set-up.',
    responsibilities: [
      'Gather and analyse requirements with programmes and departments, and help harmonise data collection forms, indicators and definitions.',
      'Design and configure aggregate data sets, indicators, tracker programmes, dashboards and reports in line with agreed standards.',
      'Create and manage user-based access control: user authorities, user roles, user groups, and the sharing of metadata and data.',
      'Manage the metadata lifecycle: naming conventions, import and export, moving changes from development and test to production.',
      'Bring new programmes into the national DHIS2 instance and adapt working routines to use it, instead of building parallel systems.',
      'Set up data quality checks and routines, and help programmes analyse and use their data.',
      'Test new DHIS2 versions and apps against the national configuration before upgrades, together with the server administrator.',
      'Write and maintain configuration documentation and user guides, and support users with issues that sub-national administrators cannot resolve.',
    ],
    requiredCompetencies: [
      'DHIS2 design and systems analysis.',
      'DHIS2 configuration and metadata, both aggregate and tracker, including access control.',
      'Implementation good practice: working with users and stakeholders to harmonise forms, indicators and implementation strategy.',
      'Data analysis, data quality and the design of dashboards and reports.',
      'Understanding of health programme monitoring and evaluation.',
      'Clear documentation and communication skills.',
    ],
    reportingLine: 'Reports to the Operational Lead of the DHIS2 core team.',
  },
  trainer: {
    purpose:
      'Builds the skills of DHIS2 users and administrators across the health system through well-designed training and support. Makes sure the people who enter, manage and use data can do so confidently, from data entry to data use and system administration.',
    responsibilities: [
      'Assess training needs and define learning objectives for the different groups of users and administrators.',
      'Design training courses, materials, documentation and job aids that match the national configuration.',
      'Run training-of-trainers courses and train end users directly, in person and remotely.',
      'Prepare and maintain training environments with realistic data.',
      'Set up the user support arrangements with sub-national administrators, who are the first port of call for users, and handle the issues they escalate.',
      'Evaluate training outcomes and use the results to improve courses and materials.',
      'Work with implementers and other experts so that technical topics are taught by or with people who use those features in practice.',
      'Produce and maintain learning content with suitable tools, such as learning platforms, screen recordings and illustrations.',
    ],
    requiredCompetencies: [
      'Planning and running courses for trainers (ToT) and for end users.',
      'Instructional design and adult learning.',
      'Working knowledge of DHIS2 use, and of configuration for those training technical audiences.',
      'Data use and the interpretation of dashboards and reports.',
      'Creating learning content with learning management systems and media tools.',
      'Communication and facilitation skills.',
    ],
    reportingLine: 'Reports to the Operational Lead of the DHIS2 core team.',
  },
  'integration-expert': {
    purpose:
      'Makes data flow reliably between DHIS2 and the other systems of the health information architecture. Builds and maintains the interfaces, scripts and tools that let systems exchange data according to agreed standards.',
    responsibilities: [
      'Analyse data exchange needs with the implementers and the owners of the other systems, and agree what is exchanged, how often and under which agreements.',
      'Design, build and maintain integrations using the DHIS2 Web API and common interoperability standards and tools.',
      'Write scripts and small applications that automate data and metadata exchange and routine maintenance tasks.',
      'Map and align code lists, organisation units and identifiers between systems.',
      'Monitor integrations, handle failures and keep a log of exchanges and errors.',
      'Test integrations against new DHIS2 versions before upgrades, with the server administrator and the implementers.',
      'Document each interface, including data mappings, schedules, credentials management and responsibilities.',
      'Protect exchanged data through secure authentication, least-privilege accounts and encrypted connections.',
    ],
    requiredCompetencies: [
      'Software development and scripting.',
      'The DHIS2 Web API and DHIS2 metadata.',
      'Interoperability standards and integration frameworks used in health information systems.',
      'Databases and data formats such as JSON, XML and CSV.',
      'Secure handling of credentials and of personal health data.',
      'Technical documentation and collaboration with system owners.',
    ],
    reportingLine: 'Reports to the Operational Lead of the DHIS2 core team.',
  },
  'server-administrator': {
    purpose:
      'Keeps the servers and DHIS2 instances of the implementation secure, available and performing well. Carries out or oversees, with any hosting provider, the maintenance, backups and upgrades that make sure DHIS2 can be reached and trusted.',
    responsibilities: [
      'Install, configure and maintain the servers and the software that DHIS2 runs on, including the operating system, PostgreSQL, the application server and the reverse proxy.',
      'Apply security updates on a regular schedule and harden the servers, database and network access.',
      'Run automated, off-site backups and test restoring them regularly.',
      'Monitor uptime, performance and capacity, with alerts for problems, and act on them.',
      'Create, move and remove DHIS2 instances such as production, staging and training.',
      'Plan and carry out DHIS2 version upgrades with the implementers, including testing and a way back.',
      'Document the infrastructure, procedures and access rights, and keep the number of privileged accounts small.',
      'Manage the relationship with any hosting or service provider and check that agreed service levels are met.',
      'Take part in incident response and in off-boarding users and administrators who leave.',
    ],
    requiredCompetencies: [
      'Linux server administration.',
      'PostgreSQL administration, including backup and recovery.',
      'Web tier administration: reverse proxy, TLS and the application server.',
      'DHIS2 installation, upgrades and instance management.',
      'Monitoring, security hardening and incident response.',
      'Documentation of infrastructure and procedures.',
    ],
    reportingLine:
      'Reports to the Operational Lead of the DHIS2 core team; may work with a hosting provider under an agreed service arrangement.',
  },
};
