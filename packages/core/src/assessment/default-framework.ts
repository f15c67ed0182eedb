import type { AssessmentFramework, RatingScale } from './framework.js';

/*
 * The framework every instance starts with: the five areas the DHIS2 core team framework assesses,
 * each split into skill categories and granular skills, written by the Coreteam project in its own
 * words. Keys are spelled out in full (never built from the parents' keys at run time) because they
 * are stored with every rating and are how rounds are compared: once released, a key must not
 * change. To change the meaning of a skill, give it a new key in a new framework version.
 */

export const DEFAULT_RATING_SCALE: RatingScale = {
  levels: [
    {
      level: 0,
      name: 'No experience',
      description: 'Has not done this yet, or has only watched someone else do it.',
    },
    {
      level: 1,
      name: 'Basic',
      description: 'Has done it a few times with guidance and still needs help to finish it or get it right.',
    },
    {
      level: 2,
      name: 'Independent',
      description: 'Does it alone and reliably in our own implementation, looking things up when needed.',
    },
    {
      level: 3,
      name: 'Expert',
      description: 'Handles the unusual cases, sets how it is done here, and can teach or coach others.',
    },
  ],
  notApplicable: {
    name: 'Not applicable',
    description:
      'Not part of this person’s work, or not used in this implementation. Left out of every score.',
  },
};

export const DEFAULT_FRAMEWORK: AssessmentFramework = {
  key: 'dhis2-core-team',
  version: '1',
  name: 'DHIS2 core team capacity framework',
  description:
    'The skills a DHIS2 core team needs across its five assessed roles: Operational Lead, Implementer – Program, Implementer – Technical, Trainer and Server Administrator. Scores set a baseline for capacity building; they are not a performance evaluation.',
  ratingScale: DEFAULT_RATING_SCALE,
  areas: [
    // -----------------------------------------------------------------------------------------
    {
      key: 'operational-lead',
      name: 'Operational Lead',
      description:
        'Leading the core team and steering DHIS2 as one integrated system for the whole ministry.',
      roleKey: 'operational-lead',
      subRoleKey: null,
      categories: [
        {
          key: 'operational-lead.governance-and-coordination',
          name: 'Governance and coordination',
          description: 'Working with the body that sets DHIS2 priorities, and with partners and programmes.',
          skills: [
            {
              key: 'operational-lead.governance-and-coordination.governance-committee',
              name: 'Working with the governance committee',
              description:
                'Prepares agendas, progress reports and decisions for the committee that steers DHIS2, and follows its decisions up.',
            },
            {
              key: 'operational-lead.governance-and-coordination.partner-coordination',
              name: 'Coordinating partners',
              description:
                'Keeps partners’ DHIS2 activities and funding in line with the ministry’s plan and heads off parallel systems.',
            },
            {
              key: 'operational-lead.governance-and-coordination.programme-onboarding',
              name: 'Bringing health programmes on board',
              description:
                'Agrees with programme managers how their data moves into the integrated system instead of a separate tool.',
            },
            {
              key: 'operational-lead.governance-and-coordination.reporting-to-leadership',
              name: 'Reporting to ministry leadership',
              description:
                'Explains progress, risks and decisions needed to senior officials in terms they can act on.',
            },
          ],
        },
        {
          key: 'operational-lead.planning-and-budgeting',
          name: 'Planning and budgeting',
          description:
            'Turning the HIS strategy into a costed DHIS2 work plan and the money to carry it out.',
          skills: [
            {
              key: 'operational-lead.planning-and-budgeting.annual-work-plan',
              name: 'Annual work plan',
              description:
                'Drafts a yearly DHIS2 work plan linked to the national health information strategy and agreed with the governance body.',
            },
            {
              key: 'operational-lead.planning-and-budgeting.costing',
              name: 'Costing and budget follow-up',
              description:
                'Estimates the cost of hosting, staff, training, devices and travel, and tracks spending against the budget.',
            },
            {
              key: 'operational-lead.planning-and-budgeting.funding-proposals',
              name: 'Funding proposals',
              description:
                'Writes concept notes and proposals that ask partners for funding or technical assistance, backed by assessment results.',
            },
            {
              key: 'operational-lead.planning-and-budgeting.sustainable-financing',
              name: 'Sustainable financing',
              description:
                'Works to move core team salaries and hosting into the government’s routine budget, with an exit plan for partner-funded posts.',
            },
          ],
        },
        {
          key: 'operational-lead.project-management',
          name: 'Project management',
          description:
            'Running DHIS2 projects such as a new programme or a national roll-out from start to finish.',
          skills: [
            {
              key: 'operational-lead.project-management.scope-and-milestones',
              name: 'Scope and milestones',
              description:
                'Breaks a project into scope, milestones and named responsibilities that the team and partners agree on.',
            },
            {
              key: 'operational-lead.project-management.task-tracking',
              name: 'Tracking the team’s work',
              description:
                'Keeps a shared task list or issue tracker up to date and follows deadlines with the team.',
            },
            {
              key: 'operational-lead.project-management.risks-and-issues',
              name: 'Risks and issues',
              description:
                'Keeps a log of risks and issues, decides what to do about each, and escalates blockers in time.',
            },
            {
              key: 'operational-lead.project-management.roll-out-planning',
              name: 'Roll-out planning',
              description:
                'Plans a phased roll-out, from pilot districts to national scale, including training, accounts and devices.',
            },
            {
              key: 'operational-lead.project-management.change-requests',
              name: 'Change requests',
              description:
                'Weighs each requested change for effort and impact and gets it prioritised by the right body.',
            },
          ],
        },
        {
          key: 'operational-lead.his-architecture',
          name: 'Health information architecture and integration strategy',
          description:
            'Knowing where DHIS2 sits among the country’s systems and which data should flow where.',
          skills: [
            {
              key: 'operational-lead.his-architecture.system-landscape',
              name: 'System landscape',
              description:
                'Maps the country’s health information systems (logistics, HR, patient records, civil registration, facility registry) and their links to DHIS2.',
            },
            {
              key: 'operational-lead.his-architecture.exchange-priorities',
              name: 'Data exchange priorities',
              description:
                'Decides which data exchanges matter most, such as aggregate reports from patient records or stock data, and in what order to build them.',
            },
            {
              key: 'operational-lead.his-architecture.standards',
              name: 'Standards and shared registries',
              description:
                'Understands why a master facility list, shared code lists and exchange standards such as ADX or FHIR matter, and argues for them.',
            },
            {
              key: 'operational-lead.his-architecture.data-sharing-agreements',
              name: 'Data-sharing agreements',
              description:
                'Sets up agreements that say which data is shared with which institution, for what purpose and under what protection.',
            },
          ],
        },
        {
          key: 'operational-lead.team-development',
          name: 'Team development and retention',
          description: 'Building the core team’s skills over time and keeping the people who have them.',
          skills: [
            {
              key: 'operational-lead.team-development.roles-and-terms-of-reference',
              name: 'Roles and terms of reference',
              description:
                'Defines the core team’s roles and terms of reference and matches them to local job titles.',
            },
            {
              key: 'operational-lead.team-development.capacity-building-plan',
              name: 'Capacity building plan',
              description:
                'Turns needs assessment results into a costed, long-term plan for each member and reviews it every year.',
            },
            {
              key: 'operational-lead.team-development.growth-opportunities',
              name: 'Growth opportunities',
              description:
                'Finds academies, mentoring, regional expert roles, scholarships and conferences that keep skilled staff motivated.',
            },
            {
              key: 'operational-lead.team-development.succession',
              name: 'Succession and hand-over',
              description:
                'Makes sure no task depends on one person alone and that knowledge is handed over when someone leaves.',
            },
          ],
        },
        {
          key: 'operational-lead.procedures',
          name: 'Standards and operating procedures',
          description: 'The rules that keep the system consistent, safe and maintainable over the years.',
          skills: [
            {
              key: 'operational-lead.procedures.metadata-governance',
              name: 'Metadata governance',
              description:
                'Sets who may create or change data elements, indicators and programmes, the naming rules, and how new ones are approved.',
            },
            {
              key: 'operational-lead.procedures.release-process',
              name: 'Release process',
              description:
                'Enforces that configuration changes and upgrades go from development through testing to production, with notes for users.',
            },
            {
              key: 'operational-lead.procedures.user-account-policy',
              name: 'User account policy',
              description:
                'Puts in place how accounts are requested, approved and closed, including removing access when staff leave.',
            },
            {
              key: 'operational-lead.procedures.reporting-calendar',
              name: 'Reporting calendar',
              description:
                'Agrees reporting deadlines, completeness expectations and data approval steps with programmes and regions.',
            },
            {
              key: 'operational-lead.procedures.privacy-and-security-policy',
              name: 'Privacy and security policy',
              description:
                'Makes sure there are rules for personal data, confidentiality and incident response, and that the team follows them.',
            },
          ],
        },
        {
          key: 'operational-lead.data-use',
          name: 'Promoting data use',
          description: 'Making sure DHIS2 data is looked at and used for decisions, not only collected.',
          skills: [
            {
              key: 'operational-lead.data-use.review-meetings',
              name: 'Data review meetings',
              description:
                'Sets up routine meetings where national and sub-national managers review DHIS2 data and agree actions.',
            },
            {
              key: 'operational-lead.data-use.information-products',
              name: 'Information products',
              description:
                'Commissions bulletins, scorecards and dashboards that answer the questions decision-makers actually ask.',
            },
            {
              key: 'operational-lead.data-use.data-quality-accountability',
              name: 'Accountability for data quality',
              description:
                'Makes data quality a shared responsibility, with regular feedback to the units that report.',
            },
            {
              key: 'operational-lead.data-use.advocacy',
              name: 'Advocating for data use',
              description:
                'Encourages leaders to cite DHIS2 data in plans and decisions, and shows examples where it made a difference.',
            },
          ],
        },
        {
          key: 'operational-lead.implementation-oversight',
          name: 'Implementation oversight',
          description: 'Knowing how well the system is doing and acting on it.',
          skills: [
            {
              key: 'operational-lead.implementation-oversight.reporting-performance',
              name: 'Reporting performance',
              description:
                'Follows reporting rates, timeliness and system usage figures to judge how the implementation is going.',
            },
            {
              key: 'operational-lead.implementation-oversight.user-feedback',
              name: 'User feedback',
              description:
                'Collects feedback from users and programmes and turns it into a prioritised list of improvements.',
            },
            {
              key: 'operational-lead.implementation-oversight.service-providers',
              name: 'Service providers',
              description:
                'Manages contracts and service levels with hosting providers and consultants, and checks they are met.',
            },
          ],
        },
      ],
    },
    // -----------------------------------------------------------------------------------------
    {
      key: 'implementer-program',
      name: 'Implementer – Program',
      description:
        'Understanding what programmes need and turning it into designs, documentation, data quality routines and data use.',
      roleKey: 'implementer',
      subRoleKey: 'program',
      categories: [
        {
          key: 'implementer-program.requirements',
          name: 'Requirements gathering and harmonisation',
          description:
            'Finding out what information a programme needs and fitting it into one coherent system.',
          skills: [
            {
              key: 'implementer-program.requirements.workshops',
              name: 'Requirements workshops',
              description:
                'Runs sessions with programme staff that capture their information needs, decisions and reports.',
            },
            {
              key: 'implementer-program.requirements.form-review',
              name: 'Reviewing forms and registers',
              description:
                'Goes through existing paper forms, registers and reports to find overlaps, gaps and duplicate data.',
            },
            {
              key: 'implementer-program.requirements.indicator-harmonisation',
              name: 'Harmonising indicators',
              description:
                'Aligns indicators and data elements across programmes and with national and international standards, removing duplicates.',
            },
            {
              key: 'implementer-program.requirements.workflow-analysis',
              name: 'Workflow analysis',
              description:
                'Describes who collects what, when and at which level, and where DHIS2 changes the daily work.',
            },
            {
              key: 'implementer-program.requirements.fit-assessment',
              name: 'Fit with standard DHIS2',
              description:
                'Judges which needs standard DHIS2 features meet, and when a custom app, another tool or a change in the request is better.',
            },
          ],
        },
        {
          key: 'implementer-program.aggregate-design',
          name: 'Indicator and data set design',
          description: 'Designing aggregate reporting that is easy to fill in and analyses well over time.',
          skills: [
            {
              key: 'implementer-program.aggregate-design.data-sets',
              name: 'Data set design',
              description:
                'Designs data sets: reporting period, which units report, sections and a form layout that matches the paper form.',
            },
            {
              key: 'implementer-program.aggregate-design.disaggregations',
              name: 'Disaggregations',
              description:
                'Chooses disaggregations such as age and sex that can be compared across data sets and years, and avoids needless ones.',
            },
            {
              key: 'implementer-program.aggregate-design.indicator-definitions',
              name: 'Indicator definitions',
              description:
                'Defines indicators with numerator, denominator and factor, and records them in an indicator reference sheet.',
            },
            {
              key: 'implementer-program.aggregate-design.organisation-units',
              name: 'Organisation unit design',
              description:
                'Designs the organisation unit hierarchy, its levels, and the groups used for analysis such as ownership or facility type.',
            },
            {
              key: 'implementer-program.aggregate-design.denominators',
              name: 'Population and target data',
              description:
                'Plans where population and target figures come from so that coverage indicators can be calculated.',
            },
          ],
        },
        {
          key: 'implementer-program.tracker-design',
          name: 'Tracker programme design',
          description:
            'Designing individual-level data collection that supports the care or follow-up workflow.',
          skills: [
            {
              key: 'implementer-program.tracker-design.tracker-or-aggregate',
              name: 'Choosing tracker, event or aggregate',
              description:
                'Decides when individual-level data is worth its cost in effort and privacy, and when aggregate data is enough.',
            },
            {
              key: 'implementer-program.tracker-design.program-structure',
              name: 'Programme structure',
              description:
                'Designs the tracked entity type, attributes, enrolment, program stages and repeatable stages for a workflow.',
            },
            {
              key: 'implementer-program.tracker-design.business-rules',
              name: 'Business rules',
              description:
                'Writes skip logic, validations and calculated values in plain language so they can be built as program rules.',
            },
            {
              key: 'implementer-program.tracker-design.follow-up-workflows',
              name: 'Follow-up workflows',
              description:
                'Designs working lists, overdue visits, referrals and relationships so staff can find who needs attention.',
            },
            {
              key: 'implementer-program.tracker-design.privacy-by-design',
              name: 'Privacy by design',
              description:
                'Collects only the personal data a programme needs and decides which attributes are searchable and who may see them.',
            },
          ],
        },
        {
          key: 'implementer-program.documentation',
          name: 'Documentation',
          description: 'Writing down what was built and why, so others can use and maintain it.',
          skills: [
            {
              key: 'implementer-program.documentation.design-document',
              name: 'System design document',
              description:
                'Keeps a design document for each programme recording configuration decisions and the reasons for them.',
            },
            {
              key: 'implementer-program.documentation.data-dictionary',
              name: 'Data dictionary',
              description:
                'Maintains a dictionary of data elements and indicators, with definitions users can look up.',
            },
            {
              key: 'implementer-program.documentation.operating-procedures',
              name: 'Standard operating procedures',
              description:
                'Writes procedures for data entry, review, approval and correction that match the configured system.',
            },
            {
              key: 'implementer-program.documentation.user-guides',
              name: 'User guides',
              description:
                'Writes short, up-to-date guides with screenshots for the tasks users do in the configured system.',
            },
          ],
        },
        {
          key: 'implementer-program.analysis-and-dashboards',
          name: 'Data analysis and dashboards',
          description: 'Building outputs that answer programme questions, and reading them correctly.',
          skills: [
            {
              key: 'implementer-program.analysis-and-dashboards.data-visualizer',
              name: 'Pivot tables and charts',
              description:
                'Builds pivot tables and charts in Data Visualizer with the right choice of data, periods, organisation units and dimensions.',
            },
            {
              key: 'implementer-program.analysis-and-dashboards.maps',
              name: 'Maps',
              description:
                'Builds thematic, facility and event maps in the Maps app, with legends that make the pattern clear.',
            },
            {
              key: 'implementer-program.analysis-and-dashboards.dashboards',
              name: 'Dashboards',
              description:
                'Designs dashboards for a specific audience and shares them with the right user groups.',
            },
            {
              key: 'implementer-program.analysis-and-dashboards.tracker-analysis',
              name: 'Analysing tracker data',
              description:
                'Analyses individual-level data with Line Listing, event reports and program indicators.',
            },
            {
              key: 'implementer-program.analysis-and-dashboards.interpretation',
              name: 'Interpreting results',
              description:
                'Explains what the numbers show and their limits, and writes interpretations and bulletins with clear messages.',
            },
          ],
        },
        {
          key: 'implementer-program.data-quality',
          name: 'Data quality routines',
          description: 'Finding and fixing data problems routinely, close to where the data is collected.',
          skills: [
            {
              key: 'implementer-program.data-quality.validation-rules-design',
              name: 'Designing validation checks',
              description:
                'Agrees validation rules and expected value ranges with programmes, so errors are caught at entry.',
            },
            {
              key: 'implementer-program.data-quality.data-quality-app',
              name: 'Data Quality app',
              description:
                'Runs validation rule analysis, outlier detection and follow-up analysis, and gets suspicious values checked.',
            },
            {
              key: 'implementer-program.data-quality.completeness-and-timeliness',
              name: 'Completeness and timeliness',
              description:
                'Monitors reporting rates and timeliness and follows up with the units that report late or not at all.',
            },
            {
              key: 'implementer-program.data-quality.annual-review',
              name: 'Data quality reviews',
              description:
                'Carries out a periodic review of consistency over time and between related indicators, for example with the WHO Data Quality Tool.',
            },
            {
              key: 'implementer-program.data-quality.feedback',
              name: 'Feedback to reporting units',
              description:
                'Sends regular feedback on data quality to districts and facilities and checks that problems get corrected.',
            },
          ],
        },
        {
          key: 'implementer-program.testing-and-piloting',
          name: 'Testing and piloting',
          description: 'Checking that a configuration does what the programme needs before it is scaled up.',
          skills: [
            {
              key: 'implementer-program.testing-and-piloting.test-scenarios',
              name: 'Test scenarios',
              description:
                'Writes test cases from the requirements, such as which warning must appear for which input.',
            },
            {
              key: 'implementer-program.testing-and-piloting.acceptance-testing',
              name: 'Acceptance testing',
              description:
                'Runs acceptance testing sessions with programme staff and follows every finding to a decision.',
            },
            {
              key: 'implementer-program.testing-and-piloting.pilot-review',
              name: 'Pilot review',
              description:
                'Runs a pilot in a few sites, reviews what worked and what did not, and adjusts before scaling up.',
            },
          ],
        },
        {
          key: 'implementer-program.user-support',
          name: 'User support',
          description: 'Helping users with problems the sub-national level cannot solve.',
          skills: [
            {
              key: 'implementer-program.user-support.triage',
              name: 'Triage',
              description:
                'Logs incoming questions and tells apart user error, a configuration problem and a software bug.',
            },
            {
              key: 'implementer-program.user-support.troubleshooting',
              name: 'Troubleshooting common problems',
              description:
                'Solves frequent problems such as a missing form, data that does not show in analysis, or an account that cannot log in.',
            },
            {
              key: 'implementer-program.user-support.sub-national-network',
              name: 'Working with sub-national administrators',
              description:
                'Supports the district and regional administrators who are users’ first point of contact, and learns from their cases.',
            },
            {
              key: 'implementer-program.user-support.community-of-practice',
              name: 'Using the DHIS2 community',
              description:
                'Searches the DHIS2 documentation and Community of Practice, asks good questions there, and reports bugs with clear steps.',
            },
          ],
        },
      ],
    },
    // -----------------------------------------------------------------------------------------
    {
      key: 'implementer-technical',
      name: 'Implementer – Technical',
      description:
        'Building and maintaining the DHIS2 configuration: metadata, tracker programs, access control, data exchange and Android.',
      roleKey: 'implementer',
      subRoleKey: 'technical',
      categories: [
        {
          key: 'implementer-technical.aggregate-configuration',
          name: 'Aggregate data configuration',
          description: 'Setting up the metadata behind routine aggregate reporting.',
          skills: [
            {
              key: 'implementer-technical.aggregate-configuration.data-elements',
              name: 'Data elements',
              description:
                'Creates data elements with the right value type, aggregation type and domain, and knows when zeros must be stored.',
            },
            {
              key: 'implementer-technical.aggregate-configuration.category-combinations',
              name: 'Categories and category combinations',
              description:
                'Builds category options, categories and category combinations, and knows what changing them does to data already entered.',
            },
            {
              key: 'implementer-technical.aggregate-configuration.data-sets-and-forms',
              name: 'Data sets and forms',
              description:
                'Configures data sets: period type, expiry days, assigned units, and section or custom data entry forms.',
            },
            {
              key: 'implementer-technical.aggregate-configuration.organisation-units',
              name: 'Organisation units and groups',
              description:
                'Maintains the organisation unit hierarchy, coordinates, groups and group sets as facilities open, close and move.',
            },
            {
              key: 'implementer-technical.aggregate-configuration.option-and-legend-sets',
              name: 'Option sets and legend sets',
              description:
                'Creates option sets for coded values and legend sets for colouring analysis outputs.',
            },
            {
              key: 'implementer-technical.aggregate-configuration.validation-rules',
              name: 'Validation rules and min-max values',
              description:
                'Builds validation rules, rule groups and notifications, and generates or sets min-max ranges.',
            },
          ],
        },
        {
          key: 'implementer-technical.indicators-and-analytics',
          name: 'Indicators and analytics set-up',
          description: 'Making the data available for analysis, correctly and on time.',
          skills: [
            {
              key: 'implementer-technical.indicators-and-analytics.indicators',
              name: 'Indicators',
              description:
                'Creates indicators and indicator types with numerator and denominator expressions, and checks the results by hand.',
            },
            {
              key: 'implementer-technical.indicators-and-analytics.program-indicators',
              name: 'Program indicators',
              description:
                'Builds program indicators with the right analytics type (event or enrolment), filters and period boundaries.',
            },
            {
              key: 'implementer-technical.indicators-and-analytics.predictors',
              name: 'Predictors',
              description:
                'Uses predictors to calculate values from past data, such as alert thresholds, and schedules them to run.',
            },
            {
              key: 'implementer-technical.indicators-and-analytics.analytics-tables',
              name: 'Analytics tables',
              description:
                'Runs and schedules analytics table updates and explains why new data or metadata does not yet appear in outputs.',
            },
            {
              key: 'implementer-technical.indicators-and-analytics.analysis-dimensions',
              name: 'Analysis dimensions',
              description:
                'Sets up group sets, category option group sets and attribute dimensions so data can be sliced the way users need.',
            },
          ],
        },
        {
          key: 'implementer-technical.tracker-configuration',
          name: 'Tracker and event program configuration',
          description: 'Building individual-level programs that work in the field.',
          skills: [
            {
              key: 'implementer-technical.tracker-configuration.tracked-entity-attributes',
              name: 'Tracked entity types and attributes',
              description:
                'Configures tracked entity types and attributes, unique and generated identifiers, and search settings.',
            },
            {
              key: 'implementer-technical.tracker-configuration.programs-and-stages',
              name: 'Programs and stages',
              description:
                'Configures tracker and event programs: stages, sections, enrolment settings, scheduling and assigned units.',
            },
            {
              key: 'implementer-technical.tracker-configuration.program-rules',
              name: 'Program rules',
              description:
                'Builds program rules and rule variables (show and hide, assign, warnings and errors), with priorities that give the intended result.',
            },
            {
              key: 'implementer-technical.tracker-configuration.relationships',
              name: 'Relationships',
              description:
                'Configures relationship types between tracked entities, enrolments and events, such as mother and child or index case and contacts.',
            },
            {
              key: 'implementer-technical.tracker-configuration.notifications-and-working-lists',
              name: 'Notifications and working lists',
              description:
                'Sets up program notifications by SMS or email and working lists that show staff whom to follow up.',
            },
            {
              key: 'implementer-technical.tracker-configuration.ownership-and-access-levels',
              name: 'Ownership and access levels',
              description:
                'Chooses a program’s access level (open, audited, protected, closed) and manages ownership transfer between units.',
            },
          ],
        },
        {
          key: 'implementer-technical.user-access-controls',
          name: 'Create and manage user-based access controls',
          description:
            'Controlling who can do what, and who can see which metadata and data, through authorities, roles, groups and sharing.',
          skills: [
            {
              key: 'implementer-technical.user-access-controls.user-authorities',
              name: 'User authorities',
              description:
                'Knows what the sensitive authorities allow, such as deleting data or editing expired periods, and grants only those needed.',
            },
            {
              key: 'implementer-technical.user-access-controls.user-roles',
              name: 'User roles',
              description:
                'Designs a small set of user roles that match job functions, and keeps superuser roles to very few people.',
            },
            {
              key: 'implementer-technical.user-access-controls.user-groups',
              name: 'User groups',
              description:
                'Uses user groups to give access and send messages to many people at once, and decides who manages each group.',
            },
            {
              key: 'implementer-technical.user-access-controls.metadata-and-data-sharing',
              name: 'Metadata and data sharing',
              description:
                'Sets metadata sharing (view, edit) and data sharing (view, capture) on data sets, programs, stages, category options and dashboards.',
            },
          ],
        },
        {
          key: 'implementer-technical.user-administration',
          name: 'User administration',
          description: 'Creating and looking after user accounts at the scale of a national system.',
          skills: [
            {
              key: 'implementer-technical.user-administration.user-accounts',
              name: 'User accounts and their units',
              description:
                'Creates accounts and assigns the units a person captures data for, views data for and searches in.',
            },
            {
              key: 'implementer-technical.user-administration.bulk-user-management',
              name: 'Bulk user management',
              description:
                'Creates or updates many accounts at once from a file or through the API, without breaking existing ones.',
            },
            {
              key: 'implementer-technical.user-administration.account-lifecycle',
              name: 'Account life cycle',
              description:
                'Disables inactive and departed users, applies the password and two-factor policy, and reviews who holds powerful roles.',
            },
          ],
        },
        {
          key: 'implementer-technical.metadata-lifecycle',
          name: 'Metadata management from development to production',
          description: 'Moving configuration safely between instances and keeping it clean.',
          skills: [
            {
              key: 'implementer-technical.metadata-lifecycle.import-export',
              name: 'Metadata import and export',
              description:
                'Exports and imports metadata with the Import/Export app, uses dry runs, and resolves identifier conflicts and missing dependencies.',
            },
            {
              key: 'implementer-technical.metadata-lifecycle.development-to-production',
              name: 'Development to production',
              description:
                'Makes and tests changes on a development instance and moves them to production in a controlled way, keeping identifiers stable.',
            },
            {
              key: 'implementer-technical.metadata-lifecycle.metadata-packages',
              name: 'Metadata packages',
              description:
                'Installs standard metadata packages, for example for a disease programme, and adapts them without breaking existing configuration.',
            },
            {
              key: 'implementer-technical.metadata-lifecycle.cleanup-and-integrity',
              name: 'Clean-up and integrity checks',
              description:
                'Finds unused or duplicate metadata and fixes the problems the data integrity checks report.',
            },
            {
              key: 'implementer-technical.metadata-lifecycle.naming-and-codes',
              name: 'Names, codes and attributes',
              description:
                'Applies naming conventions, codes and custom attributes consistently so that metadata can be found and exchanged.',
            },
          ],
        },
        {
          key: 'implementer-technical.data-exchange',
          name: 'Data import and exchange',
          description: 'Getting data into and out of DHIS2 without retyping it.',
          skills: [
            {
              key: 'implementer-technical.data-exchange.aggregate-data-import',
              name: 'Aggregate data import',
              description:
                'Imports aggregate data from CSV, JSON or ADX, maps identifiers or codes, and fixes the values the import rejects.',
            },
            {
              key: 'implementer-technical.data-exchange.tracker-data-import',
              name: 'Tracker data import',
              description:
                'Imports tracked entities, enrolments and events, for example when moving records from an old system.',
            },
            {
              key: 'implementer-technical.data-exchange.web-api',
              name: 'Using the Web API',
              description:
                'Reads and writes metadata and data through the Web API with a tool such as curl or Postman, handling authentication and paging.',
            },
            {
              key: 'implementer-technical.data-exchange.aggregate-data-exchange',
              name: 'Aggregate data exchange',
              description:
                'Configures aggregate data exchanges that move data between instances or turn tracker data into aggregate values.',
            },
            {
              key: 'implementer-technical.data-exchange.scheduled-jobs',
              name: 'Scheduled jobs',
              description:
                'Sets up and monitors scheduled jobs in the Scheduler app, such as analytics, predictors and data synchronisation.',
            },
          ],
        },
        {
          key: 'implementer-technical.android',
          name: 'Android implementation',
          description: 'Making programs and data sets work on the DHIS2 Android Capture app in the field.',
          skills: [
            {
              key: 'implementer-technical.android.settings-app',
              name: 'Android Settings app',
              description:
                'Configures synchronisation, download limits, appearance and analytics for the Android app through the Android Settings app.',
            },
            {
              key: 'implementer-technical.android.program-compatibility',
              name: 'Android-ready programs',
              description:
                'Checks that forms, program rules and sharing behave on Android as on the web, including when offline.',
            },
            {
              key: 'implementer-technical.android.device-deployment',
              name: 'Device deployment',
              description:
                'Plans how devices are prepared, enrolled, updated and replaced, with device management where available.',
            },
            {
              key: 'implementer-technical.android.troubleshooting',
              name: 'Android troubleshooting',
              description:
                'Diagnoses synchronisation errors and conflicts and uses the app’s troubleshooting tools to find the cause.',
            },
          ],
        },
        {
          key: 'implementer-technical.upgrades-and-testing',
          name: 'Upgrades and configuration testing',
          description: 'Keeping the configuration and apps working as DHIS2 versions change.',
          skills: [
            {
              key: 'implementer-technical.upgrades-and-testing.release-notes',
              name: 'Reading release notes',
              description:
                'Reads upgrade notes for a new version and lists what affects the local configuration, apps and integrations.',
            },
            {
              key: 'implementer-technical.upgrades-and-testing.upgrade-testing',
              name: 'Testing an upgrade',
              description:
                'Tests a copy of production on the new version: forms, program rules, analytics outputs, Android and installed apps.',
            },
            {
              key: 'implementer-technical.upgrades-and-testing.app-management',
              name: 'Managing apps',
              description:
                'Installs and updates apps from the App Hub and checks they work with the DHIS2 version in use.',
            },
            {
              key: 'implementer-technical.upgrades-and-testing.bug-reports',
              name: 'Reporting bugs',
              description:
                'Reports software bugs to the DHIS2 developers with the version, steps to reproduce and what was expected.',
            },
          ],
        },
      ],
    },
    // -----------------------------------------------------------------------------------------
    {
      key: 'trainer',
      name: 'Trainer',
      description:
        'Training staff to use and configure DHIS2: materials, delivery, training environments, evaluation and learning content.',
      roleKey: 'trainer',
      subRoleKey: null,
      categories: [
        {
          key: 'trainer.needs-and-objectives',
          name: 'Training needs and learning objectives',
          description: 'Knowing who needs to learn what before designing any training.',
          skills: [
            {
              key: 'trainer.needs-and-objectives.audience-analysis',
              name: 'Audience analysis',
              description:
                'Finds out who needs training, their role, level, prior skills, language and access to computers or connectivity.',
            },
            {
              key: 'trainer.needs-and-objectives.learning-objectives',
              name: 'Learning objectives',
              description:
                'Writes clear objectives that say what participants will be able to do after each session.',
            },
            {
              key: 'trainer.needs-and-objectives.training-plan',
              name: 'Training plan',
              description:
                'Plans the sequence of trainings for a roll-out, including refreshers and training for new staff.',
            },
          ],
        },
        {
          key: 'trainer.course-design',
          name: 'Course design and materials',
          description: 'Turning objectives into sessions and materials that fit the local system.',
          skills: [
            {
              key: 'trainer.course-design.session-design',
              name: 'Session design',
              description:
                'Designs sessions that mix short demonstrations, hands-on practice and discussion.',
            },
            {
              key: 'trainer.course-design.realistic-exercises',
              name: 'Realistic exercises',
              description:
                'Writes exercises based on local forms, programmes and data, with answers a trainer can check.',
            },
            {
              key: 'trainer.course-design.training-materials',
              name: 'Training materials',
              description:
                'Produces manuals, slides and job aids in the local languages that match the current configuration.',
            },
            {
              key: 'trainer.course-design.adapting-existing-material',
              name: 'Adapting existing material',
              description:
                'Adapts DHIS2 Academy and documentation material to the local configuration instead of starting from scratch.',
            },
          ],
        },
        {
          key: 'trainer.delivery',
          name: 'Training delivery',
          description: 'Running trainings that leave people able to do the work.',
          skills: [
            {
              key: 'trainer.delivery.end-user-training',
              name: 'End-user training',
              description:
                'Delivers hands-on training to the people who enter and use data, at the pace of the group.',
            },
            {
              key: 'trainer.delivery.training-of-trainers',
              name: 'Training of trainers',
              description:
                'Trains sub-national trainers so that the cascade keeps the content accurate, and checks that it does.',
            },
            {
              key: 'trainer.delivery.facilitation',
              name: 'Facilitation',
              description:
                'Handles mixed skill levels, questions and group dynamics, and uses co-facilitators well.',
            },
            {
              key: 'trainer.delivery.online-training',
              name: 'Online training',
              description:
                'Delivers webinars and online sessions that keep participants active, and records them for later use.',
            },
          ],
        },
        {
          key: 'trainer.training-environment',
          name: 'Training environment',
          description: 'Giving trainees a safe, realistic system to practise on.',
          skills: [
            {
              key: 'trainer.training-environment.training-instance',
              name: 'Training instance',
              description:
                'Prepares and refreshes a training instance with the current configuration and realistic, non-personal data.',
            },
            {
              key: 'trainer.training-environment.trainee-accounts',
              name: 'Trainee accounts',
              description:
                'Creates trainee accounts with suitable roles and units in bulk, and resets or removes them afterwards.',
            },
            {
              key: 'trainer.training-environment.devices-and-connectivity',
              name: 'Devices and connectivity',
              description:
                'Gets laptops, Android devices and internet access ready for a session, with a fallback when the network fails.',
            },
          ],
        },
        {
          key: 'trainer.evaluation',
          name: 'Training evaluation and follow-up',
          description: 'Finding out whether training worked and supporting people afterwards.',
          skills: [
            {
              key: 'trainer.evaluation.knowledge-tests',
              name: 'Tests before and after',
              description: 'Uses short tests before and after a training to measure what was learnt.',
            },
            {
              key: 'trainer.evaluation.participant-feedback',
              name: 'Participant feedback',
              description: 'Collects participants’ feedback and changes the course because of it.',
            },
            {
              key: 'trainer.evaluation.on-the-job-follow-up',
              name: 'On-the-job follow-up',
              description:
                'Follows up after training through supervision visits, reporting rates or system usage to see whether practice changed.',
            },
            {
              key: 'trainer.evaluation.training-records',
              name: 'Training records',
              description: 'Keeps records of who was trained in what and when, and of certificates issued.',
            },
          ],
        },
        {
          key: 'trainer.use-topics',
          name: 'Teaching the use of DHIS2',
          description: 'Training people to use the system and the processes around it (Trainer – Program).',
          skills: [
            {
              key: 'trainer.use-topics.data-entry',
              name: 'Teaching data entry',
              description:
                'Teaches aggregate data entry, tracker capture on the web and the Android app, including working offline.',
            },
            {
              key: 'trainer.use-topics.analysis-tools',
              name: 'Teaching the analysis apps',
              description:
                'Teaches Data Visualizer, Maps, Line Listing and dashboards using the programme’s own indicators.',
            },
            {
              key: 'trainer.use-topics.data-quality-and-use',
              name: 'Teaching data quality and data use',
              description:
                'Teaches how to check data quality and how to use the results in review meetings and decisions.',
            },
            {
              key: 'trainer.use-topics.procedures',
              name: 'Teaching procedures',
              description:
                'Teaches the standard operating procedures and reporting calendar that go with the system.',
            },
          ],
        },
        {
          key: 'trainer.configuration-topics',
          name: 'Teaching DHIS2 configuration',
          description: 'Training administrators to configure and support the system (Trainer – Technical).',
          skills: [
            {
              key: 'trainer.configuration-topics.aggregate-configuration',
              name: 'Teaching aggregate configuration',
              description:
                'Teaches how data elements, category combinations, data sets and indicators are configured.',
            },
            {
              key: 'trainer.configuration-topics.tracker-configuration',
              name: 'Teaching tracker configuration',
              description: 'Teaches how tracker and event programs, stages and program rules are configured.',
            },
            {
              key: 'trainer.configuration-topics.user-management',
              name: 'Teaching user management',
              description:
                'Teaches sub-national administrators to manage accounts, user roles, user groups and sharing within their units.',
            },
            {
              key: 'trainer.configuration-topics.first-line-support',
              name: 'Teaching first-line support',
              description:
                'Teaches sub-national administrators to solve the common user problems themselves and to escalate the rest well.',
            },
          ],
        },
        {
          key: 'trainer.learning-content',
          name: 'Learning content and tools',
          description: 'Creating learning content with the tools around DHIS2 (Trainer – General).',
          skills: [
            {
              key: 'trainer.learning-content.video',
              name: 'Video tutorials',
              description: 'Records and edits short screen-capture videos that show one task each.',
            },
            {
              key: 'trainer.learning-content.images',
              name: 'Screenshots and graphics',
              description:
                'Produces annotated screenshots and simple graphics that make a step easy to follow.',
            },
            {
              key: 'trainer.learning-content.learning-platform',
              name: 'Learning platform',
              description:
                'Builds self-paced courses with quizzes and enrolment on a learning management system such as Moodle.',
            },
            {
              key: 'trainer.learning-content.content-maintenance',
              name: 'Keeping content current',
              description:
                'Keeps learning content versioned and updates it after DHIS2 upgrades or configuration changes.',
            },
          ],
        },
      ],
    },
    // -----------------------------------------------------------------------------------------
    {
      key: 'server-administrator',
      name: 'Server Administrator',
      description:
        'Keeping DHIS2 servers and instances available, fast and secure, alone or with a hosting provider.',
      roleKey: 'server-administrator',
      subRoleKey: null,
      categories: [
        {
          key: 'server-administrator.operating-system',
          name: 'Linux operating system',
          description: 'Running and securing the Linux servers DHIS2 is hosted on.',
          skills: [
            {
              key: 'server-administrator.operating-system.command-line',
              name: 'Linux command line',
              description:
                'Works confidently on the shell: files and permissions, processes, services with systemd, packages and logs.',
            },
            {
              key: 'server-administrator.operating-system.ssh-access',
              name: 'Secure remote access',
              description:
                'Allows SSH with keys only, disables root login, and gives named administrators sudo rights instead of shared accounts.',
            },
            {
              key: 'server-administrator.operating-system.patching',
              name: 'Security patching',
              description:
                'Applies operating system security updates on a schedule, with planned reboots, and keeps the release supported.',
            },
            {
              key: 'server-administrator.operating-system.containers',
              name: 'Isolating services',
              description:
                'Runs the database, DHIS2 and proxy in separate containers or machines so that one compromise does not expose all.',
            },
            {
              key: 'server-administrator.operating-system.resources',
              name: 'Disk, memory and logs',
              description:
                'Watches disk space, memory and CPU, rotates logs, and grows storage before it runs out.',
            },
          ],
        },
        {
          key: 'server-administrator.postgresql',
          name: 'PostgreSQL',
          description: 'Running the database DHIS2 depends on.',
          skills: [
            {
              key: 'server-administrator.postgresql.installation-and-tuning',
              name: 'Installation and tuning',
              description:
                'Installs a supported PostgreSQL and PostGIS version and tunes memory and connection settings for DHIS2.',
            },
            {
              key: 'server-administrator.postgresql.access-control',
              name: 'Database access control',
              description:
                'Gives database roles only the privileges they need and limits connections with host-based access rules.',
            },
            {
              key: 'server-administrator.postgresql.maintenance',
              name: 'Database maintenance',
              description:
                'Keeps an eye on database size, vacuum and slow queries, and plans maintenance windows.',
            },
            {
              key: 'server-administrator.postgresql.sql-troubleshooting',
              name: 'SQL for troubleshooting',
              description:
                'Writes read-only SQL queries to investigate problems without changing data or bypassing DHIS2.',
            },
          ],
        },
        {
          key: 'server-administrator.dhis2-application',
          name: 'DHIS2 application',
          description: 'Installing, configuring and securing DHIS2 instances.',
          skills: [
            {
              key: 'server-administrator.dhis2-application.configuration-file',
              name: 'DHIS2 configuration',
              description:
                'Sets up the DHIS2 home directory and configuration file: database connection, encryption password, file store and server base URL.',
            },
            {
              key: 'server-administrator.dhis2-application.privileged-accounts',
              name: 'Privileged accounts',
              description:
                'Removes default accounts and passwords, keeps superusers to a few named people, and requires two-factor login for them.',
            },
            {
              key: 'server-administrator.dhis2-application.instances',
              name: 'Managing instances',
              description:
                'Creates, moves and removes instances for production, staging, training and development, each with a clear purpose.',
            },
            {
              key: 'server-administrator.dhis2-application.security-settings',
              name: 'Security settings',
              description:
                'Sets password rules, temporary lockout after failed logins and the allowed origins (CORS) in the System Settings app.',
            },
          ],
        },
        {
          key: 'server-administrator.web-tier',
          name: 'Reverse proxy, TLS and Tomcat',
          description:
            'The layers between users and DHIS2: the web proxy, encryption and the Java application server.',
          skills: [
            {
              key: 'server-administrator.web-tier.reverse-proxy',
              name: 'Reverse proxy',
              description:
                'Configures nginx or Apache in front of DHIS2, with sensible upload limits, timeouts and caching.',
            },
            {
              key: 'server-administrator.web-tier.tls',
              name: 'TLS certificates',
              description:
                'Obtains and renews certificates automatically, allows only current protocol versions, and redirects all traffic to HTTPS.',
            },
            {
              key: 'server-administrator.web-tier.security-headers',
              name: 'Security headers and rate limits',
              description:
                'Adds security headers such as HSTS, hides version details, and limits request rates on login.',
            },
            {
              key: 'server-administrator.web-tier.tomcat-setup',
              name: 'Tomcat set-up and hardening',
              description:
                'Runs Tomcat as an unprivileged user with the Java version DHIS2 needs, removes the default apps, and listens only behind the proxy.',
            },
            {
              key: 'server-administrator.web-tier.jvm-memory',
              name: 'Java memory',
              description:
                'Sizes the Java heap for the server and recognises the signs of memory pressure in logs and behaviour.',
            },
            {
              key: 'server-administrator.web-tier.application-logs',
              name: 'Application logs',
              description:
                'Reads Tomcat and DHIS2 logs to find why an instance does not start or why a request fails.',
            },
          ],
        },
        {
          key: 'server-administrator.network',
          name: 'Network and firewall',
          description: 'Exposing only what must be exposed and seeing attacks coming.',
          skills: [
            {
              key: 'server-administrator.network.firewall',
              name: 'Layered firewall',
              description:
                'Sets host and network firewalls so that only web traffic is public and administration ports are restricted.',
            },
            {
              key: 'server-administrator.network.private-networking',
              name: 'Private networking',
              description:
                'Keeps the database and internal services on a private network, unreachable from the internet.',
            },
            {
              key: 'server-administrator.network.dns-and-domains',
              name: 'DNS and domain names',
              description: 'Manages domain names and DNS records for each instance and keeps them renewed.',
            },
            {
              key: 'server-administrator.network.intrusion-detection',
              name: 'Intrusion detection',
              description:
                'Bans repeated failed logins automatically and reviews access logs for signs of attack.',
            },
          ],
        },
        {
          key: 'server-administrator.backups',
          name: 'Backups and recovery',
          description: 'Being able to bring the system back after a failure, a mistake or an attack.',
          skills: [
            {
              key: 'server-administrator.backups.automated-backups',
              name: 'Automated backups',
              description:
                'Backs up the database and file store automatically every day and is alerted when a backup fails.',
            },
            {
              key: 'server-administrator.backups.off-site-copies',
              name: 'Off-site copies',
              description:
                'Keeps encrypted copies of backups in another location, with a retention period agreed with the ministry.',
            },
            {
              key: 'server-administrator.backups.restore-tests',
              name: 'Restore tests',
              description:
                'Restores backups on a separate machine regularly to prove they work and to know how long it takes.',
            },
            {
              key: 'server-administrator.backups.recovery-plan',
              name: 'Recovery plan',
              description:
                'Keeps a written plan for recovering from the loss of a server, with the data loss and downtime the ministry accepts.',
            },
          ],
        },
        {
          key: 'server-administrator.monitoring',
          name: 'Monitoring and performance',
          description: 'Knowing about problems before users report them, and fixing slowness.',
          skills: [
            {
              key: 'server-administrator.monitoring.uptime-and-alerts',
              name: 'Availability and alerts',
              description:
                'Monitors availability, resources and certificate expiry with a monitoring tool and receives alerts on problems.',
            },
            {
              key: 'server-administrator.monitoring.performance-troubleshooting',
              name: 'Performance troubleshooting',
              description:
                'Finds the cause of slowness, such as an analytics run, a slow query or memory pressure, with profiling and database tools.',
            },
            {
              key: 'server-administrator.monitoring.capacity-planning',
              name: 'Capacity planning',
              description:
                'Sizes servers for the number of users and the growth of data, and weighs cloud against local hosting.',
            },
          ],
        },
        {
          key: 'server-administrator.upgrades',
          name: 'Upgrades',
          description: 'Keeping DHIS2 and the platform under it on supported, patched versions.',
          skills: [
            {
              key: 'server-administrator.upgrades.patch-releases',
              name: 'Patch releases',
              description:
                'Applies DHIS2 patch releases every four to six weeks, on staging first and then on production.',
            },
            {
              key: 'server-administrator.upgrades.major-upgrades',
              name: 'Major version upgrades',
              description:
                'Plans about one major upgrade a year with the implementers: tested on a copy of production, announced, and done in a maintenance window.',
            },
            {
              key: 'server-administrator.upgrades.platform-upgrades',
              name: 'Platform upgrades',
              description:
                'Upgrades PostgreSQL, Java and the operating system when DHIS2 versions require or support it.',
            },
            {
              key: 'server-administrator.upgrades.rollback',
              name: 'Rolling back',
              description:
                'Keeps a tested way back, a backup and the previous version, in case an upgrade fails.',
            },
          ],
        },
        {
          key: 'server-administrator.governance',
          name: 'Security governance and incident response',
          description: 'The rules, records and agreements that keep the servers under control.',
          skills: [
            {
              key: 'server-administrator.governance.incident-response',
              name: 'Incident response',
              description:
                'Follows an agreed procedure when a breach or outage happens: contain, inform the right people, recover and learn.',
            },
            {
              key: 'server-administrator.governance.access-reviews',
              name: 'Access reviews and off-boarding',
              description:
                'Reviews who has server, database and superuser access, and removes it promptly when people leave.',
            },
            {
              key: 'server-administrator.governance.documentation',
              name: 'Server documentation',
              description:
                'Documents the servers, instances, procedures and where secrets are kept, so someone else could take over.',
            },
            {
              key: 'server-administrator.governance.hosting-agreements',
              name: 'Hosting and data agreements',
              description:
                'Makes sure agreements with hosting providers cover where the data is kept, who can reach it and what happens when the contract ends.',
            },
            {
              key: 'server-administrator.governance.audit-trails',
              name: 'Audit trails',
              description: 'Uses DHIS2 audit logs and server logs to find out who changed what and when.',
            },
          ],
        },
      ],
    },
  ],
};
