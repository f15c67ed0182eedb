import type { SupportedLanguage } from '../languages/supported-languages.js';

/** A role's name and description, and its sub-roles' names, in one language. */
export interface RoleTranslation {
  name: string;
  description: string;
  subRoles?: Record<string, { name: string; description: string }>;
}

/**
 * The seeded roles catalogue in French, Portuguese and Spanish (English is the catalogue itself,
 * and the fallback). Written for DHIS2 core teams, in the words ministries use.
 */
export const ROLES_CATALOGUE_TRANSLATIONS: Record<
  Exclude<SupportedLanguage, 'en'>,
  Record<string, RoleTranslation>
> = {
  fr: {
    'operational-lead': {
      name: 'Responsable opérationnel',
      description:
        'Dirige l’équipe centrale et gère les projets DHIS2 ; coordonne avec les directions du ministère et les partenaires, et veille à ce que DHIS2 reste un système intégré pour tout le ministère plutôt qu’une série de systèmes parallèles.',
    },
    implementer: {
      name: 'Responsable de la mise en œuvre',
      description:
        'Traduit les besoins en une configuration DHIS2 opérationnelle et l’étend : nouveaux programmes, ensembles de données et fonctionnalités, gestion des métadonnées et des utilisateurs, mises à niveau et appui aux utilisateurs.',
      subRoles: {
        program: {
          name: 'Programme',
          description:
            'Consacre plus de temps aux besoins, à la documentation et à l’utilisation du système.',
        },
        technical: {
          name: 'Technique',
          description:
            'Consacre plus de temps à la configuration elle-même : ensembles de données, programmes tracker, contrôle des accès.',
        },
      },
    },
    trainer: {
      name: 'Formateur',
      description:
        'Prépare supports de formation, documentation et aide-mémoire, forme les formateurs et les utilisateurs finaux, et organise l’assistance aux utilisateurs avec les administrateurs infranationaux. Tout formateur crée aussi des contenus pédagogiques (la responsabilité « générale »).',
      subRoles: {
        program: {
          name: 'Programme',
          description: 'Forme à l’utilisation de DHIS2 et aux processus qui l’entourent.',
        },
        technical: { name: 'Technique', description: 'Forme à la configuration de DHIS2.' },
      },
    },
    'integration-expert': {
      name: 'Expert en intégration',
      description:
        'Développeur qui fait circuler les données entre DHIS2 et d’autres systèmes : normes d’interopérabilité, API et outils qui échangent les données en toute sécurité.',
    },
    'server-administrator': {
      name: 'Administrateur de serveurs',
      description:
        'Assure le fonctionnement et la sécurité des serveurs et des instances DHIS2 : mises à jour de sécurité, supervision, sauvegardes, mises à niveau et gestion des instances, seul ou avec un hébergeur. Peut être à temps partiel.',
    },
    'subject-matter-expert': {
      name: 'Expert du domaine',
      description:
        'Connaît la manière dont les services sont fournis et les informations dont un programme a besoin ; aide à examiner et analyser les données et à définir les indicateurs et les analyses de routine.',
    },
    'program-manager': {
      name: 'Gestionnaire de programme',
      description:
        'Dirige un programme de santé et répond de ses résultats ; transmet au responsable opérationnel les besoins de suivi du programme.',
    },
    'security-manager': {
      name: 'Responsable de la sécurité',
      description:
        'Veille à la confidentialité, à l’intégrité et à la disponibilité des données et des systèmes, avec l’autorité nécessaire pour peser sur les décisions.',
    },
    'data-scientist': {
      name: 'Scientifique des données',
      description:
        'Utilise la statistique, la modélisation et la programmation pour tirer des enseignements des données DHIS2 et relier les interventions à leurs résultats.',
    },
    'app-developer': {
      name: 'Développeur d’applications',
      description:
        'Développe des applications DHIS2 sur mesure lorsqu’un besoin l’exige, en lien avec les responsables de la mise en œuvre.',
    },
    'security-expert': {
      name: 'Expert en sécurité',
      description:
        'Connaît les cadres juridiques et les pratiques techniques de protection de l’information, et conseille sur la gestion des utilisateurs, le stockage des données et les politiques nationales de sécurité.',
    },
  },
  pt: {
    'operational-lead': {
      name: 'Responsável operacional',
      description:
        'Lidera a equipa central e gere os projetos DHIS2; coordena com as direções do ministério e os parceiros, e garante que o DHIS2 continua a ser um sistema integrado para todo o ministério e não um conjunto de sistemas paralelos.',
    },
    implementer: {
      name: 'Implementador',
      description:
        'Transforma necessidades numa configuração DHIS2 em funcionamento e alarga-a: novos programas, conjuntos de dados e funcionalidades, gestão de metadados e de utilizadores, atualizações e apoio aos utilizadores.',
      subRoles: {
        program: {
          name: 'Programa',
          description: 'Dedica mais tempo às necessidades, à documentação e à utilização do sistema.',
        },
        technical: {
          name: 'Técnico',
          description:
            'Dedica mais tempo à própria configuração: conjuntos de dados, programas tracker, controlo de acessos.',
        },
      },
    },
    trainer: {
      name: 'Formador',
      description:
        'Prepara materiais de formação, documentação e guias práticos, forma formadores e utilizadores finais, e organiza o apoio aos utilizadores com os administradores subnacionais. Todo o formador também cria conteúdos de aprendizagem (a responsabilidade “geral”).',
      subRoles: {
        program: {
          name: 'Programa',
          description: 'Forma pessoas na utilização do DHIS2 e dos processos à sua volta.',
        },
        technical: { name: 'Técnico', description: 'Forma pessoas na configuração do DHIS2.' },
      },
    },
    'integration-expert': {
      name: 'Especialista em integração',
      description:
        'Programador que faz circular os dados entre o DHIS2 e outros sistemas: normas de interoperabilidade, APIs e ferramentas que trocam dados com segurança.',
    },
    'server-administrator': {
      name: 'Administrador de servidores',
      description:
        'Mantém os servidores e as instâncias DHIS2 a funcionar e seguros: atualizações de segurança, monitorização, cópias de segurança, atualizações de versão e gestão de instâncias, sozinho ou com um fornecedor de alojamento. Pode ser a tempo parcial.',
    },
    'subject-matter-expert': {
      name: 'Especialista na matéria',
      description:
        'Conhece a forma como os serviços são prestados e a informação de que um programa precisa; ajuda a rever e analisar os dados e a definir indicadores e análises de rotina.',
    },
    'program-manager': {
      name: 'Gestor de programa',
      description:
        'Dirige um programa de saúde e responde pelos seus resultados; transmite ao responsável operacional as necessidades de monitorização do programa.',
    },
    'security-manager': {
      name: 'Responsável pela segurança',
      description:
        'Zela pela confidencialidade, integridade e disponibilidade dos dados e dos sistemas, com autoridade suficiente para influenciar decisões.',
    },
    'data-scientist': {
      name: 'Cientista de dados',
      description:
        'Usa estatística, modelação e programação para tirar conclusões dos dados do DHIS2 e relacionar intervenções com os seus resultados.',
    },
    'app-developer': {
      name: 'Programador de aplicações',
      description:
        'Desenvolve aplicações DHIS2 à medida quando uma necessidade o justifica, em conjunto com os implementadores.',
    },
    'security-expert': {
      name: 'Especialista em segurança',
      description:
        'Conhece os quadros legais e as práticas técnicas de proteção da informação, e aconselha sobre a gestão de utilizadores, o armazenamento de dados e as políticas nacionais de segurança.',
    },
  },
  es: {
    'operational-lead': {
      name: 'Responsable operativo',
      description:
        'Dirige el equipo central y gestiona los proyectos de DHIS2; coordina con las direcciones del ministerio y los socios, y vela por que DHIS2 siga siendo un sistema integrado para todo el ministerio y no un conjunto de sistemas paralelos.',
    },
    implementer: {
      name: 'Implementador',
      description:
        'Convierte las necesidades en una configuración de DHIS2 que funciona y la amplía: nuevos programas, conjuntos de datos y funciones, gestión de metadatos y usuarios, actualizaciones y apoyo a los usuarios.',
      subRoles: {
        program: {
          name: 'Programa',
          description: 'Dedica más tiempo a las necesidades, la documentación y el uso del sistema.',
        },
        technical: {
          name: 'Técnico',
          description:
            'Dedica más tiempo a la configuración en sí: conjuntos de datos, programas tracker, control de accesos.',
        },
      },
    },
    trainer: {
      name: 'Formador',
      description:
        'Prepara materiales de formación, documentación y guías prácticas, forma a formadores y usuarios finales, y organiza el apoyo a los usuarios con los administradores subnacionales. Todo formador crea además contenidos de aprendizaje (la responsabilidad «general»).',
      subRoles: {
        program: {
          name: 'Programa',
          description: 'Forma en el uso de DHIS2 y en los procesos que lo rodean.',
        },
        technical: { name: 'Técnico', description: 'Forma en la configuración de DHIS2.' },
      },
    },
    'integration-expert': {
      name: 'Experto en integración',
      description:
        'Desarrollador que hace circular los datos entre DHIS2 y otros sistemas: normas de interoperabilidad, API y herramientas que intercambian datos con seguridad.',
    },
    'server-administrator': {
      name: 'Administrador de servidores',
      description:
        'Mantiene los servidores y las instancias de DHIS2 en funcionamiento y seguros: actualizaciones de seguridad, monitoreo, copias de seguridad, actualizaciones de versión y gestión de instancias, solo o con un proveedor de alojamiento. Puede ser a tiempo parcial.',
    },
    'subject-matter-expert': {
      name: 'Experto en la materia',
      description:
        'Conoce cómo se prestan los servicios y qué información necesita un programa; ayuda a revisar y analizar los datos y a definir indicadores y análisis de rutina.',
    },
    'program-manager': {
      name: 'Gerente de programa',
      description:
        'Dirige un programa de salud y responde de sus resultados; transmite al responsable operativo las necesidades de seguimiento del programa.',
    },
    'security-manager': {
      name: 'Responsable de seguridad',
      description:
        'Vela por la confidencialidad, la integridad y la disponibilidad de los datos y los sistemas, con autoridad suficiente para influir en las decisiones.',
    },
    'data-scientist': {
      name: 'Científico de datos',
      description:
        'Usa estadística, modelización y programación para extraer conclusiones de los datos de DHIS2 y relacionar las intervenciones con sus resultados.',
    },
    'app-developer': {
      name: 'Desarrollador de aplicaciones',
      description:
        'Desarrolla aplicaciones de DHIS2 a medida cuando una necesidad lo justifica, junto con los implementadores.',
    },
    'security-expert': {
      name: 'Experto en seguridad',
      description:
        'Conoce los marcos jurídicos y las prácticas técnicas de protección de la información, y asesora sobre la gestión de usuarios, el almacenamiento de datos y las políticas nacionales de seguridad.',
    },
  },
};

/**
 * A role in the reader's language. Only text still as seeded is translated: once a system admin
 * has rewritten a role's name or description, their words are shown as they wrote them.
 */
export interface TranslatableRole {
  key: string;
  name: string;
  description: string;
  subRoles: { key: string; name: string; description: string }[];
}

export function translateRole<T extends TranslatableRole>(
  role: T,
  language: SupportedLanguage,
  seeded: readonly TranslatableRole[],
): T {
  if (language === 'en') return role;
  const translation = ROLES_CATALOGUE_TRANSLATIONS[language][role.key];
  const original = seeded.find((candidate) => candidate.key === role.key);
  if (!translation || !original) return role;
  return {
    ...role,
    name: role.name === original.name ? translation.name : role.name,
    description: role.description === original.description ? translation.description : role.description,
    subRoles: role.subRoles.map((subRole) => {
      const seededSubRole = original.subRoles.find((candidate) => candidate.key === subRole.key);
      const translated = translation.subRoles?.[subRole.key];
      if (!translated || !seededSubRole) return subRole;
      return {
        ...subRole,
        name: subRole.name === seededSubRole.name ? translated.name : subRole.name,
        description:
          subRole.description === seededSubRole.description ? translated.description : subRole.description,
      };
    }),
  };
}
