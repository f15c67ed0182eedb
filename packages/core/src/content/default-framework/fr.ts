import type { FrameworkTranslation } from './framework-translation.js';

/**
 * The built-in DHIS2 core team framework in French, as written for ministries of health and
 * HIS/HMIS teams in francophone West and Central Africa, Haiti and the Indian Ocean. DHIS2 terms
 * follow DHIS2's own French interface (ensembles de données, unités d’organisation, programmes
 * tracker, règles de programme, autorités, partage).
 */
export const DEFAULT_FRAMEWORK_FR: FrameworkTranslation = {
  name: 'Cadre des capacités de l’équipe centrale DHIS2',
  description:
    'Les compétences dont une équipe centrale DHIS2 a besoin dans ses cinq rôles évalués : responsable opérationnel, responsable de la mise en œuvre – programme, responsable de la mise en œuvre – technique, formateur et administrateur de serveurs. Les scores établissent une situation de référence pour le renforcement des capacités ; ils ne constituent pas une évaluation de performance.',
  ratingScale: {
    levels: [
      {
        name: 'Aucune expérience',
        description: 'Ne l’a pas encore fait, ou l’a seulement vu faire par quelqu’un d’autre.',
      },
      {
        name: 'Élémentaire',
        description:
          'L’a fait quelques fois avec un accompagnement et a encore besoin d’aide pour aller au bout ou pour bien le faire.',
      },
      {
        name: 'Autonome',
        description:
          'Le fait seul et de manière fiable dans notre propre mise en œuvre, en cherchant l’information au besoin.',
      },
      {
        name: 'Expert',
        description:
          'Gère les cas inhabituels, fixe la manière de faire ici, et peut former ou accompagner d’autres personnes.',
      },
    ],
    notApplicable: {
      name: 'Sans objet',
      description:
        'Ne fait pas partie du travail de cette personne, ou n’est pas utilisé dans cette mise en œuvre. Exclu de tous les scores.',
    },
  },
  elements: {
    // -----------------------------------------------------------------------------------------
    'operational-lead': {
      name: 'Responsable opérationnel',
      description:
        'Diriger l’équipe centrale et piloter DHIS2 comme un système intégré unique pour tout le ministère.',
    },
    'operational-lead.governance-and-coordination': {
      name: 'Gouvernance et coordination',
      description:
        'Travailler avec l’instance qui fixe les priorités de DHIS2, ainsi qu’avec les partenaires et les programmes.',
    },
    'operational-lead.governance-and-coordination.governance-committee': {
      name: 'Travail avec le comité de pilotage',
      description:
        'Prépare les ordres du jour, les rapports d’avancement et les décisions du comité qui pilote DHIS2, et assure le suivi de ses décisions.',
    },
    'operational-lead.governance-and-coordination.partner-coordination': {
      name: 'Coordination des partenaires',
      description:
        'Aligne les activités et les financements DHIS2 des partenaires sur le plan du ministère et prévient la création de systèmes parallèles.',
    },
    'operational-lead.governance-and-coordination.programme-onboarding': {
      name: 'Intégration des programmes de santé',
      description:
        'Convient avec les gestionnaires de programme de la manière dont leurs données passent dans le système intégré plutôt que dans un outil séparé.',
    },
    'operational-lead.governance-and-coordination.reporting-to-leadership': {
      name: 'Rendre compte à la direction du ministère',
      description:
        'Explique aux hauts responsables l’avancement, les risques et les décisions à prendre, en des termes qui leur permettent d’agir.',
    },
    'operational-lead.planning-and-budgeting': {
      name: 'Planification et budgétisation',
      description:
        'Traduire la stratégie du SIS en un plan de travail DHIS2 chiffré et obtenir les fonds pour le mettre en œuvre.',
    },
    'operational-lead.planning-and-budgeting.annual-work-plan': {
      name: 'Plan de travail annuel',
      description:
        'Élabore un plan de travail DHIS2 annuel, lié au plan stratégique national du système d’information sanitaire et validé par l’instance de gouvernance.',
    },
    'operational-lead.planning-and-budgeting.costing': {
      name: 'Chiffrage et suivi budgétaire',
      description:
        'Estime les coûts d’hébergement, de personnel, de formation, d’équipements et de déplacements, et suit les dépenses par rapport au budget.',
    },
    'operational-lead.planning-and-budgeting.funding-proposals': {
      name: 'Demandes de financement',
      description:
        'Rédige des notes conceptuelles et des propositions qui sollicitent des partenaires un financement ou une assistance technique, en s’appuyant sur les résultats d’évaluation.',
    },
    'operational-lead.planning-and-budgeting.sustainable-financing': {
      name: 'Financement durable',
      description:
        'Œuvre à faire passer les salaires de l’équipe centrale et l’hébergement dans le budget ordinaire de l’État, avec un plan de sortie pour les postes financés par les partenaires.',
    },
    'operational-lead.project-management': {
      name: 'Gestion de projet',
      description:
        'Mener des projets DHIS2, comme un nouveau programme ou un déploiement national, du début à la fin.',
    },
    'operational-lead.project-management.scope-and-milestones': {
      name: 'Périmètre et jalons',
      description:
        'Découpe un projet en périmètre, jalons et responsabilités nominatives sur lesquels l’équipe et les partenaires s’accordent.',
    },
    'operational-lead.project-management.task-tracking': {
      name: 'Suivi du travail de l’équipe',
      description:
        'Tient à jour une liste de tâches partagée ou un outil de suivi des tickets, et suit les échéances avec l’équipe.',
    },
    'operational-lead.project-management.risks-and-issues': {
      name: 'Risques et problèmes',
      description:
        'Tient un registre des risques et des problèmes, décide de la suite à donner à chacun et fait remonter les blocages à temps.',
    },
    'operational-lead.project-management.roll-out-planning': {
      name: 'Planification du déploiement',
      description:
        'Planifie un déploiement par phases, des districts pilotes à l’échelle nationale, y compris la formation, les comptes et les équipements.',
    },
    'operational-lead.project-management.change-requests': {
      name: 'Demandes de modification',
      description:
        'Évalue l’effort et l’impact de chaque modification demandée et la fait prioriser par l’instance compétente.',
    },
    'operational-lead.his-architecture': {
      name: 'Architecture de l’information sanitaire et stratégie d’intégration',
      description:
        'Savoir où DHIS2 se situe parmi les systèmes du pays et quelles données doivent circuler vers où.',
    },
    'operational-lead.his-architecture.system-landscape': {
      name: 'Paysage des systèmes',
      description:
        'Cartographie les systèmes d’information sanitaire du pays (logistique, RH, dossiers patients, état civil, registre des formations sanitaires) et leurs liens avec DHIS2.',
    },
    'operational-lead.his-architecture.exchange-priorities': {
      name: 'Priorités d’échange de données',
      description:
        'Décide quels échanges de données comptent le plus, comme les rapports agrégés tirés des dossiers patients ou les données de stock, et dans quel ordre les mettre en place.',
    },
    'operational-lead.his-architecture.standards': {
      name: 'Normes et registres partagés',
      description:
        'Comprend l’intérêt d’une liste maîtresse des formations sanitaires, de listes de codes partagées et de normes d’échange comme ADX ou FHIR, et plaide en leur faveur.',
    },
    'operational-lead.his-architecture.data-sharing-agreements': {
      name: 'Accords de partage de données',
      description:
        'Met en place des accords qui précisent quelles données sont partagées avec quelle institution, dans quel but et avec quelles garanties de protection.',
    },
    'operational-lead.team-development': {
      name: 'Développement et fidélisation de l’équipe',
      description:
        'Renforcer les compétences de l’équipe centrale dans la durée et retenir les personnes qui les possèdent.',
    },
    'operational-lead.team-development.roles-and-terms-of-reference': {
      name: 'Rôles et termes de référence',
      description:
        'Définit les rôles et les termes de référence de l’équipe centrale et les fait correspondre aux intitulés de poste locaux.',
    },
    'operational-lead.team-development.capacity-building-plan': {
      name: 'Plan de renforcement des capacités',
      description:
        'Transforme les résultats de l’évaluation des besoins en un plan chiffré à long terme pour chaque membre, et le revoit chaque année.',
    },
    'operational-lead.team-development.growth-opportunities': {
      name: 'Perspectives d’évolution',
      description:
        'Repère les académies, le mentorat, les rôles d’expert régional, les bourses et les conférences qui entretiennent la motivation du personnel qualifié.',
    },
    'operational-lead.team-development.succession': {
      name: 'Relève et passation',
      description:
        'Veille à ce qu’aucune tâche ne repose sur une seule personne et à ce que les connaissances soient transmises quand quelqu’un part.',
    },
    'operational-lead.procedures': {
      name: 'Normes et procédures opérationnelles',
      description: 'Les règles qui gardent le système cohérent, sûr et maintenable au fil des années.',
    },
    'operational-lead.procedures.metadata-governance': {
      name: 'Gouvernance des métadonnées',
      description:
        'Fixe qui peut créer ou modifier des éléments de données, des indicateurs et des programmes, les règles de nommage, et la manière dont les nouveaux sont approuvés.',
    },
    'operational-lead.procedures.release-process': {
      name: 'Processus de mise en production',
      description:
        'Veille à ce que les modifications de configuration et les mises à niveau passent du développement aux tests puis à la production, avec des notes pour les utilisateurs.',
    },
    'operational-lead.procedures.user-account-policy': {
      name: 'Politique des comptes utilisateurs',
      description:
        'Met en place la manière dont les comptes sont demandés, approuvés et fermés, y compris le retrait des accès au départ du personnel.',
    },
    'operational-lead.procedures.reporting-calendar': {
      name: 'Calendrier de rapportage',
      description:
        'Convient avec les programmes et les régions des délais de rapportage, des niveaux de complétude attendus et des étapes d’approbation des données.',
    },
    'operational-lead.procedures.privacy-and-security-policy': {
      name: 'Politique de confidentialité et de sécurité',
      description:
        'Veille à l’existence de règles sur les données personnelles, la confidentialité et la réponse aux incidents, et à ce que l’équipe les applique.',
    },
    'operational-lead.data-use': {
      name: 'Promotion de l’utilisation des données',
      description:
        'Veiller à ce que les données DHIS2 soient consultées et utilisées pour décider, et pas seulement collectées.',
    },
    'operational-lead.data-use.review-meetings': {
      name: 'Réunions de revue des données',
      description:
        'Met en place des réunions régulières où les responsables nationaux et infranationaux examinent les données DHIS2 et conviennent d’actions.',
    },
    'operational-lead.data-use.information-products': {
      name: 'Produits d’information',
      description:
        'Commande des bulletins, des tableaux de scores et des tableaux de bord qui répondent aux questions que se posent réellement les décideurs.',
    },
    'operational-lead.data-use.data-quality-accountability': {
      name: 'Responsabilité de la qualité des données',
      description:
        'Fait de la qualité des données une responsabilité partagée, avec une rétro-information régulière aux unités qui rapportent.',
    },
    'operational-lead.data-use.advocacy': {
      name: 'Plaidoyer pour l’utilisation des données',
      description:
        'Encourage les dirigeants à citer les données DHIS2 dans les plans et les décisions, et montre des exemples où elles ont fait la différence.',
    },
    'operational-lead.implementation-oversight': {
      name: 'Supervision de la mise en œuvre',
      description: 'Savoir comment se porte le système et agir en conséquence.',
    },
    'operational-lead.implementation-oversight.reporting-performance': {
      name: 'Performance du rapportage',
      description:
        'Suit les taux de rapportage, la promptitude et les chiffres d’utilisation du système pour juger de l’avancement de la mise en œuvre.',
    },
    'operational-lead.implementation-oversight.user-feedback': {
      name: 'Retours des utilisateurs',
      description:
        'Recueille les retours des utilisateurs et des programmes et en tire une liste d’améliorations classées par priorité.',
    },
    'operational-lead.implementation-oversight.service-providers': {
      name: 'Prestataires de services',
      description:
        'Gère les contrats et les niveaux de service avec les hébergeurs et les consultants, et vérifie qu’ils sont respectés.',
    },
    // -----------------------------------------------------------------------------------------
    'implementer-program': {
      name: 'Responsable de la mise en œuvre – Programme',
      description:
        'Comprendre les besoins des programmes et les traduire en conceptions, documentation, routines de qualité des données et utilisation des données.',
    },
    'implementer-program.requirements': {
      name: 'Recueil et harmonisation des besoins',
      description:
        'Déterminer les informations dont un programme a besoin et les intégrer dans un système unique et cohérent.',
    },
    'implementer-program.requirements.workshops': {
      name: 'Ateliers de recueil des besoins',
      description:
        'Anime avec le personnel des programmes des séances qui recensent leurs besoins d’information, leurs décisions et leurs rapports.',
    },
    'implementer-program.requirements.form-review': {
      name: 'Revue des formulaires et registres',
      description:
        'Passe en revue les formulaires papier, registres et rapports existants pour repérer les chevauchements, les lacunes et les données en double.',
    },
    'implementer-program.requirements.indicator-harmonisation': {
      name: 'Harmonisation des indicateurs',
      description:
        'Aligne les indicateurs et les éléments de données entre programmes et sur les normes nationales et internationales, en supprimant les doublons.',
    },
    'implementer-program.requirements.workflow-analysis': {
      name: 'Analyse des flux de travail',
      description:
        'Décrit qui collecte quoi, quand et à quel niveau, et en quoi DHIS2 change le travail quotidien.',
    },
    'implementer-program.requirements.fit-assessment': {
      name: 'Adéquation avec DHIS2 standard',
      description:
        'Juge quels besoins les fonctionnalités standard de DHIS2 couvrent, et quand il vaut mieux une application sur mesure, un autre outil ou une demande revue.',
    },
    'implementer-program.aggregate-design': {
      name: 'Conception des indicateurs et des ensembles de données',
      description:
        'Concevoir un rapportage agrégé facile à remplir et qui se prête bien à l’analyse dans le temps.',
    },
    'implementer-program.aggregate-design.data-sets': {
      name: 'Conception des ensembles de données',
      description:
        'Conçoit les ensembles de données : période de rapportage, unités qui rapportent, sections et mise en page du formulaire fidèle au formulaire papier.',
    },
    'implementer-program.aggregate-design.disaggregations': {
      name: 'Désagrégations',
      description:
        'Choisit des désagrégations, comme l’âge et le sexe, comparables d’un ensemble de données et d’une année à l’autre, et évite celles qui sont inutiles.',
    },
    'implementer-program.aggregate-design.indicator-definitions': {
      name: 'Définition des indicateurs',
      description:
        'Définit les indicateurs avec numérateur, dénominateur et facteur, et les consigne dans une fiche de référence des indicateurs.',
    },
    'implementer-program.aggregate-design.organisation-units': {
      name: 'Conception des unités d’organisation',
      description:
        'Conçoit la hiérarchie des unités d’organisation, ses niveaux et les groupes utilisés pour l’analyse, comme le statut (public ou privé) ou le type de formation sanitaire.',
    },
    'implementer-program.aggregate-design.denominators': {
      name: 'Données de population et cibles',
      description:
        'Prévoit d’où viennent les chiffres de population et les cibles pour pouvoir calculer les indicateurs de couverture.',
    },
    'implementer-program.tracker-design': {
      name: 'Conception des programmes tracker',
      description:
        'Concevoir une collecte de données individuelles qui soutient le circuit de prise en charge ou de suivi.',
    },
    'implementer-program.tracker-design.tracker-or-aggregate': {
      name: 'Choix entre tracker, événements ou agrégé',
      description:
        'Décide quand les données individuelles valent ce qu’elles coûtent en effort et en confidentialité, et quand les données agrégées suffisent.',
    },
    'implementer-program.tracker-design.program-structure': {
      name: 'Structure du programme',
      description:
        'Conçoit le type d’entité suivie, les attributs, l’inscription, les étapes du programme et les étapes répétables pour un circuit de travail.',
    },
    'implementer-program.tracker-design.business-rules': {
      name: 'Règles métier',
      description:
        'Rédige en langage simple les sauts conditionnels, les validations et les valeurs calculées pour qu’ils puissent être créés en règles de programme.',
    },
    'implementer-program.tracker-design.follow-up-workflows': {
      name: 'Circuits de suivi',
      description:
        'Conçoit les listes de travail, les visites en retard, les références et les relations pour que le personnel retrouve les personnes à suivre.',
    },
    'implementer-program.tracker-design.privacy-by-design': {
      name: 'Protection de la vie privée dès la conception',
      description:
        'Ne collecte que les données personnelles dont un programme a besoin et décide quels attributs servent à la recherche et qui peut les voir.',
    },
    'implementer-program.documentation': {
      name: 'Documentation',
      description:
        'Consigner ce qui a été construit et pourquoi, pour que d’autres puissent l’utiliser et le maintenir.',
    },
    'implementer-program.documentation.design-document': {
      name: 'Document de conception du système',
      description:
        'Tient pour chaque programme un document de conception qui consigne les choix de configuration et leurs raisons.',
    },
    'implementer-program.documentation.data-dictionary': {
      name: 'Dictionnaire de données',
      description:
        'Tient à jour un dictionnaire des éléments de données et des indicateurs, avec des définitions que les utilisateurs peuvent consulter.',
    },
    'implementer-program.documentation.operating-procedures': {
      name: 'Procédures opérationnelles standard',
      description:
        'Rédige des procédures de saisie, de revue, d’approbation et de correction des données conformes au système configuré.',
    },
    'implementer-program.documentation.user-guides': {
      name: 'Guides d’utilisation',
      description:
        'Rédige des guides courts et à jour, avec captures d’écran, pour les tâches que les utilisateurs effectuent dans le système configuré.',
    },
    'implementer-program.analysis-and-dashboards': {
      name: 'Analyse des données et tableaux de bord',
      description:
        'Produire des sorties qui répondent aux questions des programmes, et les lire correctement.',
    },
    'implementer-program.analysis-and-dashboards.data-visualizer': {
      name: 'Tableaux croisés dynamiques et graphiques',
      description:
        'Crée des tableaux croisés dynamiques et des graphiques dans le Visualiseur de données, avec le bon choix de données, de périodes, d’unités d’organisation et de dimensions.',
    },
    'implementer-program.analysis-and-dashboards.maps': {
      name: 'Cartes',
      description:
        'Crée des cartes thématiques, de formations sanitaires et d’événements dans l’application Cartes, avec des légendes qui font ressortir la répartition.',
    },
    'implementer-program.analysis-and-dashboards.dashboards': {
      name: 'Tableaux de bord',
      description:
        'Conçoit des tableaux de bord pour un public précis et les partage avec les bons groupes d’utilisateurs.',
    },
    'implementer-program.analysis-and-dashboards.tracker-analysis': {
      name: 'Analyse des données tracker',
      description:
        'Analyse les données individuelles avec Line Listing, les rapports d’événements et les indicateurs de programme.',
    },
    'implementer-program.analysis-and-dashboards.interpretation': {
      name: 'Interprétation des résultats',
      description:
        'Explique ce que montrent les chiffres et leurs limites, et rédige des interprétations et des bulletins aux messages clairs.',
    },
    'implementer-program.data-quality': {
      name: 'Routines de qualité des données',
      description:
        'Repérer et corriger les problèmes de données en routine, au plus près du lieu de collecte.',
    },
    'implementer-program.data-quality.validation-rules-design': {
      name: 'Conception des contrôles de validation',
      description:
        'Convient avec les programmes des règles de validation et des plages de valeurs attendues, pour que les erreurs soient détectées dès la saisie.',
    },
    'implementer-program.data-quality.data-quality-app': {
      name: 'Application Qualité des données',
      description:
        'Lance l’analyse des règles de validation, la détection des valeurs aberrantes et l’analyse de suivi, et fait vérifier les valeurs suspectes.',
    },
    'implementer-program.data-quality.completeness-and-timeliness': {
      name: 'Complétude et promptitude',
      description:
        'Suit les taux de rapportage et la promptitude, et relance les unités qui rapportent en retard ou pas du tout.',
    },
    'implementer-program.data-quality.annual-review': {
      name: 'Revues de la qualité des données',
      description:
        'Mène une revue périodique de la cohérence dans le temps et entre indicateurs liés, par exemple avec l’outil de qualité des données de l’OMS.',
    },
    'implementer-program.data-quality.feedback': {
      name: 'Rétro-information aux unités qui rapportent',
      description:
        'Envoie régulièrement une rétro-information sur la qualité des données aux districts et aux formations sanitaires, et vérifie que les problèmes sont corrigés.',
    },
    'implementer-program.testing-and-piloting': {
      name: 'Tests et phase pilote',
      description: 'Vérifier qu’une configuration répond aux besoins du programme avant sa mise à l’échelle.',
    },
    'implementer-program.testing-and-piloting.test-scenarios': {
      name: 'Scénarios de test',
      description:
        'Rédige des cas de test à partir des besoins, par exemple quel avertissement doit apparaître pour quelle saisie.',
    },
    'implementer-program.testing-and-piloting.acceptance-testing': {
      name: 'Tests d’acceptation',
      description:
        'Organise des séances de tests d’acceptation avec le personnel des programmes et mène chaque constat jusqu’à une décision.',
    },
    'implementer-program.testing-and-piloting.pilot-review': {
      name: 'Revue du pilote',
      description:
        'Conduit un pilote sur quelques sites, examine ce qui a marché ou non, et ajuste avant la mise à l’échelle.',
    },
    'implementer-program.user-support': {
      name: 'Assistance aux utilisateurs',
      description:
        'Aider les utilisateurs face aux problèmes que le niveau infranational ne peut pas résoudre.',
    },
    'implementer-program.user-support.triage': {
      name: 'Tri des demandes',
      description:
        'Enregistre les questions reçues et distingue erreur d’utilisation, problème de configuration et bogue logiciel.',
    },
    'implementer-program.user-support.troubleshooting': {
      name: 'Résolution des problèmes courants',
      description:
        'Résout les problèmes fréquents, comme un formulaire manquant, des données qui n’apparaissent pas dans l’analyse ou un compte qui ne parvient pas à se connecter.',
    },
    'implementer-program.user-support.sub-national-network': {
      name: 'Travail avec les administrateurs infranationaux',
      description:
        'Appuie les administrateurs de district et de région, premier point de contact des utilisateurs, et tire des leçons de leurs cas.',
    },
    'implementer-program.user-support.community-of-practice': {
      name: 'Recours à la communauté DHIS2',
      description:
        'Cherche dans la documentation DHIS2 et la Community of Practice, y pose de bonnes questions et signale les bogues avec des étapes claires.',
    },
    // -----------------------------------------------------------------------------------------
    'implementer-technical': {
      name: 'Responsable de la mise en œuvre – Technique',
      description:
        'Construire et maintenir la configuration DHIS2 : métadonnées, programmes tracker, contrôle des accès, échange de données et Android.',
    },
    'implementer-technical.aggregate-configuration': {
      name: 'Configuration des données agrégées',
      description: 'Mettre en place les métadonnées du rapportage agrégé de routine.',
    },
    'implementer-technical.aggregate-configuration.data-elements': {
      name: 'Éléments de données',
      description:
        'Crée des éléments de données avec le bon type de valeur, type d’agrégation et domaine, et sait quand les zéros doivent être stockés.',
    },
    'implementer-technical.aggregate-configuration.category-combinations': {
      name: 'Catégories et combinaisons de catégories',
      description:
        'Crée les options de catégorie, les catégories et les combinaisons de catégories, et sait ce que leur modification fait aux données déjà saisies.',
    },
    'implementer-technical.aggregate-configuration.data-sets-and-forms': {
      name: 'Ensembles de données et formulaires',
      description:
        'Configure les ensembles de données : type de période, jours d’expiration, unités assignées, et formulaires de saisie par section ou personnalisés.',
    },
    'implementer-technical.aggregate-configuration.organisation-units': {
      name: 'Unités d’organisation et groupes',
      description:
        'Tient à jour la hiérarchie des unités d’organisation, les coordonnées, les groupes et les ensembles de groupes au fil des ouvertures, fermetures et déplacements de formations sanitaires.',
    },
    'implementer-technical.aggregate-configuration.option-and-legend-sets': {
      name: 'Ensembles d’options et ensembles de légendes',
      description:
        'Crée des ensembles d’options pour les valeurs codées et des ensembles de légendes pour colorer les résultats d’analyse.',
    },
    'implementer-technical.aggregate-configuration.validation-rules': {
      name: 'Règles de validation et valeurs min-max',
      description:
        'Crée les règles de validation, les groupes de règles et les notifications, et génère ou fixe les plages min-max.',
    },
    'implementer-technical.indicators-and-analytics': {
      name: 'Configuration des indicateurs et de l’analytique',
      description: 'Rendre les données disponibles pour l’analyse, correctement et à temps.',
    },
    'implementer-technical.indicators-and-analytics.indicators': {
      name: 'Indicateurs',
      description:
        'Crée des indicateurs et des types d’indicateurs avec des expressions de numérateur et de dénominateur, et vérifie les résultats à la main.',
    },
    'implementer-technical.indicators-and-analytics.program-indicators': {
      name: 'Indicateurs de programme',
      description:
        'Crée des indicateurs de programme avec le bon type d’analyse (événement ou inscription), les bons filtres et les bonnes bornes de période.',
    },
    'implementer-technical.indicators-and-analytics.predictors': {
      name: 'Prédicteurs',
      description:
        'Utilise des prédicteurs pour calculer des valeurs à partir de données passées, comme des seuils d’alerte, et planifie leur exécution.',
    },
    'implementer-technical.indicators-and-analytics.analytics-tables': {
      name: 'Tables analytiques',
      description:
        'Lance et planifie la mise à jour des tables analytiques, et explique pourquoi de nouvelles données ou métadonnées n’apparaissent pas encore dans les résultats.',
    },
    'implementer-technical.indicators-and-analytics.analysis-dimensions': {
      name: 'Dimensions d’analyse',
      description:
        'Met en place les ensembles de groupes, les ensembles de groupes d’options de catégorie et les dimensions d’attribut pour que les données puissent être ventilées comme les utilisateurs en ont besoin.',
    },
    'implementer-technical.tracker-configuration': {
      name: 'Configuration des programmes tracker et d’événements',
      description: 'Construire des programmes de données individuelles qui fonctionnent sur le terrain.',
    },
    'implementer-technical.tracker-configuration.tracked-entity-attributes': {
      name: 'Types et attributs d’entités suivies',
      description:
        'Configure les types d’entités suivies et leurs attributs, les identifiants uniques et générés, et les paramètres de recherche.',
    },
    'implementer-technical.tracker-configuration.programs-and-stages': {
      name: 'Programmes et étapes',
      description:
        'Configure les programmes tracker et d’événements : étapes, sections, paramètres d’inscription, planification et unités assignées.',
    },
    'implementer-technical.tracker-configuration.program-rules': {
      name: 'Règles de programme',
      description:
        'Crée les règles de programme et leurs variables (afficher et masquer, assigner une valeur, avertissements et erreurs), avec des priorités qui donnent le résultat voulu.',
    },
    'implementer-technical.tracker-configuration.relationships': {
      name: 'Relations',
      description:
        'Configure les types de relations entre entités suivies, inscriptions et événements, comme mère et enfant ou cas index et contacts.',
    },
    'implementer-technical.tracker-configuration.notifications-and-working-lists': {
      name: 'Notifications et listes de travail',
      description:
        'Met en place les notifications de programme par SMS ou courriel et les listes de travail qui indiquent au personnel qui suivre.',
    },
    'implementer-technical.tracker-configuration.ownership-and-access-levels': {
      name: 'Propriété et niveaux d’accès',
      description:
        'Choisit le niveau d’accès d’un programme (ouvert, audité, protégé, fermé) et gère le transfert de propriété entre unités.',
    },
    'implementer-technical.user-access-controls': {
      name: 'Créer et gérer le contrôle des accès des utilisateurs',
      description:
        'Contrôler qui peut faire quoi, et qui peut voir quelles métadonnées et données, au moyen des autorités, des rôles, des groupes et du partage.',
    },
    'implementer-technical.user-access-controls.user-authorities': {
      name: 'Autorités des utilisateurs',
      description:
        'Sait ce que permettent les autorités sensibles, comme supprimer des données ou modifier des périodes expirées, et n’accorde que celles qui sont nécessaires.',
    },
    'implementer-technical.user-access-controls.user-roles': {
      name: 'Rôles d’utilisateur',
      description:
        'Conçoit un petit nombre de rôles d’utilisateur correspondant aux fonctions, et réserve les rôles de superutilisateur à très peu de personnes.',
    },
    'implementer-technical.user-access-controls.user-groups': {
      name: 'Groupes d’utilisateurs',
      description:
        'Utilise les groupes d’utilisateurs pour donner des accès et envoyer des messages à de nombreuses personnes à la fois, et décide qui gère chaque groupe.',
    },
    'implementer-technical.user-access-controls.metadata-and-data-sharing': {
      name: 'Partage des métadonnées et des données',
      description:
        'Règle le partage des métadonnées (voir, modifier) et des données (voir, saisir) sur les ensembles de données, programmes, étapes, options de catégorie et tableaux de bord.',
    },
    'implementer-technical.user-administration': {
      name: 'Administration des utilisateurs',
      description: 'Créer et gérer les comptes utilisateurs à l’échelle d’un système national.',
    },
    'implementer-technical.user-administration.user-accounts': {
      name: 'Comptes utilisateurs et leurs unités',
      description:
        'Crée les comptes et attribue les unités pour lesquelles une personne saisit des données, consulte des données et effectue des recherches.',
    },
    'implementer-technical.user-administration.bulk-user-management': {
      name: 'Gestion des utilisateurs en masse',
      description:
        'Crée ou met à jour de nombreux comptes à la fois depuis un fichier ou par l’API, sans casser les comptes existants.',
    },
    'implementer-technical.user-administration.account-lifecycle': {
      name: 'Cycle de vie des comptes',
      description:
        'Désactive les utilisateurs inactifs ou partis, applique la politique de mots de passe et d’authentification à deux facteurs, et revoit qui détient des rôles à privilèges élevés.',
    },
    'implementer-technical.metadata-lifecycle': {
      name: 'Gestion des métadonnées du développement à la production',
      description:
        'Faire passer la configuration d’une instance à l’autre en toute sécurité et la garder propre.',
    },
    'implementer-technical.metadata-lifecycle.import-export': {
      name: 'Import et export de métadonnées',
      description:
        'Exporte et importe des métadonnées avec l’application Import/Export, utilise les simulations (dry run), et résout les conflits d’identifiants et les dépendances manquantes.',
    },
    'implementer-technical.metadata-lifecycle.development-to-production': {
      name: 'Du développement à la production',
      description:
        'Effectue et teste les modifications sur une instance de développement, puis les passe en production de façon contrôlée, en gardant les identifiants stables.',
    },
    'implementer-technical.metadata-lifecycle.metadata-packages': {
      name: 'Paquets de métadonnées',
      description:
        'Installe des paquets de métadonnées standard, par exemple pour un programme de lutte contre une maladie, et les adapte sans casser la configuration existante.',
    },
    'implementer-technical.metadata-lifecycle.cleanup-and-integrity': {
      name: 'Nettoyage et contrôles d’intégrité',
      description:
        'Repère les métadonnées inutilisées ou en double et corrige les problèmes signalés par les contrôles d’intégrité des données.',
    },
    'implementer-technical.metadata-lifecycle.naming-and-codes': {
      name: 'Noms, codes et attributs',
      description:
        'Applique de façon cohérente les conventions de nommage, les codes et les attributs personnalisés pour que les métadonnées puissent être retrouvées et échangées.',
    },
    'implementer-technical.data-exchange': {
      name: 'Import et échange de données',
      description: 'Faire entrer des données dans DHIS2 et les en faire sortir sans les ressaisir.',
    },
    'implementer-technical.data-exchange.aggregate-data-import': {
      name: 'Import de données agrégées',
      description:
        'Importe des données agrégées en CSV, JSON ou ADX, fait correspondre les identifiants ou les codes, et corrige les valeurs rejetées à l’import.',
    },
    'implementer-technical.data-exchange.tracker-data-import': {
      name: 'Import de données tracker',
      description:
        'Importe des entités suivies, des inscriptions et des événements, par exemple pour reprendre les dossiers d’un ancien système.',
    },
    'implementer-technical.data-exchange.web-api': {
      name: 'Utilisation de l’API Web',
      description:
        'Lit et écrit des métadonnées et des données par l’API Web avec un outil comme curl ou Postman, en gérant l’authentification et la pagination.',
    },
    'implementer-technical.data-exchange.aggregate-data-exchange': {
      name: 'Échange de données agrégées',
      description:
        'Configure des échanges de données agrégées qui transfèrent des données entre instances ou transforment des données tracker en valeurs agrégées.',
    },
    'implementer-technical.data-exchange.scheduled-jobs': {
      name: 'Tâches planifiées',
      description:
        'Met en place et surveille les tâches planifiées dans l’application Planificateur, comme l’analytique, les prédicteurs et la synchronisation des données.',
    },
    'implementer-technical.android': {
      name: 'Mise en œuvre Android',
      description:
        'Faire fonctionner les programmes et les ensembles de données dans l’application DHIS2 Android Capture sur le terrain.',
    },
    'implementer-technical.android.settings-app': {
      name: 'Application Android Settings',
      description:
        'Configure la synchronisation, les limites de téléchargement, l’apparence et l’analytique de l’application Android au moyen de l’application Android Settings.',
    },
    'implementer-technical.android.program-compatibility': {
      name: 'Programmes prêts pour Android',
      description:
        'Vérifie que les formulaires, les règles de programme et le partage se comportent sur Android comme sur le web, y compris hors ligne.',
    },
    'implementer-technical.android.device-deployment': {
      name: 'Déploiement des appareils',
      description:
        'Planifie la préparation, l’enrôlement, la mise à jour et le remplacement des appareils, avec une solution de gestion des appareils là où elle existe.',
    },
    'implementer-technical.android.troubleshooting': {
      name: 'Dépannage Android',
      description:
        'Diagnostique les erreurs et les conflits de synchronisation, et utilise les outils de dépannage de l’application pour en trouver la cause.',
    },
    'implementer-technical.upgrades-and-testing': {
      name: 'Mises à niveau et tests de configuration',
      description: 'Garder la configuration et les applications fonctionnelles au fil des versions de DHIS2.',
    },
    'implementer-technical.upgrades-and-testing.release-notes': {
      name: 'Lecture des notes de version',
      description:
        'Lit les notes de mise à niveau d’une nouvelle version et recense ce qui touche la configuration locale, les applications et les intégrations.',
    },
    'implementer-technical.upgrades-and-testing.upgrade-testing': {
      name: 'Test d’une mise à niveau',
      description:
        'Teste une copie de la production sur la nouvelle version : formulaires, règles de programme, résultats d’analyse, Android et applications installées.',
    },
    'implementer-technical.upgrades-and-testing.app-management': {
      name: 'Gestion des applications',
      description:
        'Installe et met à jour les applications depuis l’App Hub et vérifie qu’elles fonctionnent avec la version de DHIS2 utilisée.',
    },
    'implementer-technical.upgrades-and-testing.bug-reports': {
      name: 'Signalement des bogues',
      description:
        'Signale les bogues logiciels aux développeurs de DHIS2 avec la version, les étapes pour les reproduire et le résultat attendu.',
    },
    // -----------------------------------------------------------------------------------------
    trainer: {
      name: 'Formateur',
      description:
        'Former le personnel à utiliser et à configurer DHIS2 : supports, animation, environnements de formation, évaluation et contenus pédagogiques.',
    },
    'trainer.needs-and-objectives': {
      name: 'Besoins de formation et objectifs d’apprentissage',
      description: 'Savoir qui doit apprendre quoi avant de concevoir une formation.',
    },
    'trainer.needs-and-objectives.audience-analysis': {
      name: 'Analyse du public',
      description:
        'Détermine qui a besoin d’être formé : rôle, niveau, compétences préalables, langue et accès aux ordinateurs ou à la connectivité.',
    },
    'trainer.needs-and-objectives.learning-objectives': {
      name: 'Objectifs d’apprentissage',
      description:
        'Rédige des objectifs clairs qui disent ce que les participants sauront faire après chaque séance.',
    },
    'trainer.needs-and-objectives.training-plan': {
      name: 'Plan de formation',
      description:
        'Planifie l’enchaînement des formations d’un déploiement, y compris les recyclages et la formation des nouveaux agents.',
    },
    'trainer.course-design': {
      name: 'Conception des cours et des supports',
      description: 'Transformer les objectifs en séances et en supports adaptés au système local.',
    },
    'trainer.course-design.session-design': {
      name: 'Conception des séances',
      description:
        'Conçoit des séances qui alternent courtes démonstrations, exercices pratiques et discussions.',
    },
    'trainer.course-design.realistic-exercises': {
      name: 'Exercices réalistes',
      description:
        'Rédige des exercices fondés sur les formulaires, programmes et données locaux, dont un formateur peut vérifier les réponses.',
    },
    'trainer.course-design.training-materials': {
      name: 'Supports de formation',
      description:
        'Produit des manuels, diapositives et aide-mémoire dans les langues locales, conformes à la configuration actuelle.',
    },
    'trainer.course-design.adapting-existing-material': {
      name: 'Adaptation des supports existants',
      description:
        'Adapte les supports de la DHIS2 Academy et de la documentation à la configuration locale au lieu de partir de zéro.',
    },
    'trainer.delivery': {
      name: 'Animation des formations',
      description: 'Mener des formations dont les participants ressortent capables de faire le travail.',
    },
    'trainer.delivery.end-user-training': {
      name: 'Formation des utilisateurs finaux',
      description:
        'Dispense des formations pratiques aux personnes qui saisissent et utilisent les données, au rythme du groupe.',
    },
    'trainer.delivery.training-of-trainers': {
      name: 'Formation des formateurs',
      description:
        'Forme les formateurs infranationaux pour que la cascade transmette un contenu exact, et vérifie que c’est bien le cas.',
    },
    'trainer.delivery.facilitation': {
      name: 'Facilitation',
      description:
        'Gère les niveaux hétérogènes, les questions et la dynamique de groupe, et s’appuie à bon escient sur les co-facilitateurs.',
    },
    'trainer.delivery.online-training': {
      name: 'Formation en ligne',
      description:
        'Anime des webinaires et des séances en ligne qui gardent les participants actifs, et les enregistre pour un usage ultérieur.',
    },
    'trainer.training-environment': {
      name: 'Environnement de formation',
      description: 'Donner aux apprenants un système sûr et réaliste pour s’exercer.',
    },
    'trainer.training-environment.training-instance': {
      name: 'Instance de formation',
      description:
        'Prépare et actualise une instance de formation avec la configuration actuelle et des données réalistes, non personnelles.',
    },
    'trainer.training-environment.trainee-accounts': {
      name: 'Comptes des apprenants',
      description:
        'Crée en masse des comptes d’apprenants avec des rôles et des unités adaptés, puis les réinitialise ou les supprime.',
    },
    'trainer.training-environment.devices-and-connectivity': {
      name: 'Équipements et connectivité',
      description:
        'Prépare les ordinateurs portables, les appareils Android et l’accès à Internet pour une séance, avec une solution de repli en cas de panne du réseau.',
    },
    'trainer.evaluation': {
      name: 'Évaluation et suivi des formations',
      description: 'Savoir si la formation a porté ses fruits et accompagner les personnes ensuite.',
    },
    'trainer.evaluation.knowledge-tests': {
      name: 'Pré-tests et post-tests',
      description: 'Utilise de courts tests avant et après une formation pour mesurer les acquis.',
    },
    'trainer.evaluation.participant-feedback': {
      name: 'Retours des participants',
      description: 'Recueille les retours des participants et fait évoluer le cours en conséquence.',
    },
    'trainer.evaluation.on-the-job-follow-up': {
      name: 'Suivi en poste',
      description:
        'Assure un suivi après la formation par des visites de supervision, les taux de rapportage ou l’utilisation du système, pour voir si les pratiques ont changé.',
    },
    'trainer.evaluation.training-records': {
      name: 'Registres de formation',
      description:
        'Tient un registre de qui a été formé, à quoi et quand, ainsi que des attestations délivrées.',
    },
    'trainer.use-topics': {
      name: 'Enseigner l’utilisation de DHIS2',
      description:
        'Former à l’utilisation du système et aux processus qui l’entourent (Formateur – Programme).',
    },
    'trainer.use-topics.data-entry': {
      name: 'Enseigner la saisie des données',
      description:
        'Enseigne la saisie des données agrégées, la saisie tracker sur le web et l’application Android, y compris le travail hors ligne.',
    },
    'trainer.use-topics.analysis-tools': {
      name: 'Enseigner les applications d’analyse',
      description:
        'Enseigne le Visualiseur de données, Cartes, Line Listing et les tableaux de bord à partir des indicateurs propres au programme.',
    },
    'trainer.use-topics.data-quality-and-use': {
      name: 'Enseigner la qualité et l’utilisation des données',
      description:
        'Enseigne comment vérifier la qualité des données et comment en utiliser les résultats dans les réunions de revue et les décisions.',
    },
    'trainer.use-topics.procedures': {
      name: 'Enseigner les procédures',
      description:
        'Enseigne les procédures opérationnelles standard et le calendrier de rapportage qui accompagnent le système.',
    },
    'trainer.configuration-topics': {
      name: 'Enseigner la configuration de DHIS2',
      description:
        'Former les administrateurs à configurer le système et à en assurer l’assistance (Formateur – Technique).',
    },
    'trainer.configuration-topics.aggregate-configuration': {
      name: 'Enseigner la configuration agrégée',
      description:
        'Enseigne la configuration des éléments de données, des combinaisons de catégories, des ensembles de données et des indicateurs.',
    },
    'trainer.configuration-topics.tracker-configuration': {
      name: 'Enseigner la configuration tracker',
      description:
        'Enseigne la configuration des programmes tracker et d’événements, de leurs étapes et des règles de programme.',
    },
    'trainer.configuration-topics.user-management': {
      name: 'Enseigner la gestion des utilisateurs',
      description:
        'Apprend aux administrateurs infranationaux à gérer les comptes, les rôles d’utilisateur, les groupes d’utilisateurs et le partage dans leurs unités.',
    },
    'trainer.configuration-topics.first-line-support': {
      name: 'Enseigner l’assistance de premier niveau',
      description:
        'Apprend aux administrateurs infranationaux à résoudre eux-mêmes les problèmes courants des utilisateurs et à bien faire remonter les autres.',
    },
    'trainer.learning-content': {
      name: 'Contenus et outils pédagogiques',
      description:
        'Créer des contenus pédagogiques avec les outils qui entourent DHIS2 (Formateur – Général).',
    },
    'trainer.learning-content.video': {
      name: 'Tutoriels vidéo',
      description: 'Enregistre et monte de courtes vidéos de capture d’écran qui montrent chacune une tâche.',
    },
    'trainer.learning-content.images': {
      name: 'Captures d’écran et visuels',
      description:
        'Produit des captures d’écran annotées et des visuels simples qui rendent une étape facile à suivre.',
    },
    'trainer.learning-content.learning-platform': {
      name: 'Plateforme d’apprentissage',
      description:
        'Crée des cours en autoformation avec quiz et inscription sur une plateforme d’apprentissage en ligne comme Moodle.',
    },
    'trainer.learning-content.content-maintenance': {
      name: 'Mise à jour des contenus',
      description:
        'Gère les versions des contenus pédagogiques et les met à jour après les mises à niveau de DHIS2 ou les changements de configuration.',
    },
    // -----------------------------------------------------------------------------------------
    'server-administrator': {
      name: 'Administrateur de serveurs',
      description:
        'Garder les serveurs et les instances DHIS2 disponibles, rapides et sûrs, seul ou avec un hébergeur.',
    },
    'server-administrator.operating-system': {
      name: 'Système d’exploitation Linux',
      description: 'Exploiter et sécuriser les serveurs Linux qui hébergent DHIS2.',
    },
    'server-administrator.operating-system.command-line': {
      name: 'Ligne de commande Linux',
      description:
        'Travaille avec aisance dans le shell : fichiers et permissions, processus, services avec systemd, paquets et journaux.',
    },
    'server-administrator.operating-system.ssh-access': {
      name: 'Accès à distance sécurisé',
      description:
        'N’autorise SSH que par clés, désactive la connexion root et donne les droits sudo à des administrateurs nommément désignés plutôt qu’à des comptes partagés.',
    },
    'server-administrator.operating-system.patching': {
      name: 'Correctifs de sécurité',
      description:
        'Applique selon un calendrier les mises à jour de sécurité du système d’exploitation, avec des redémarrages planifiés, et garde une version encore prise en charge.',
    },
    'server-administrator.operating-system.containers': {
      name: 'Isolation des services',
      description:
        'Exécute la base de données, DHIS2 et le proxy dans des conteneurs ou des machines distincts, pour qu’une seule compromission n’expose pas tout.',
    },
    'server-administrator.operating-system.resources': {
      name: 'Disque, mémoire et journaux',
      description:
        'Surveille l’espace disque, la mémoire et le processeur, fait la rotation des journaux et augmente le stockage avant qu’il ne soit plein.',
    },
    'server-administrator.postgresql': {
      name: 'PostgreSQL',
      description: 'Exploiter la base de données dont dépend DHIS2.',
    },
    'server-administrator.postgresql.installation-and-tuning': {
      name: 'Installation et optimisation',
      description:
        'Installe une version prise en charge de PostgreSQL et de PostGIS, et ajuste les paramètres de mémoire et de connexion pour DHIS2.',
    },
    'server-administrator.postgresql.access-control': {
      name: 'Contrôle d’accès à la base de données',
      description:
        'Ne donne aux rôles de la base de données que les privilèges nécessaires et limite les connexions par des règles d’accès par hôte.',
    },
    'server-administrator.postgresql.maintenance': {
      name: 'Maintenance de la base de données',
      description:
        'Surveille la taille de la base, le vacuum et les requêtes lentes, et planifie les fenêtres de maintenance.',
    },
    'server-administrator.postgresql.sql-troubleshooting': {
      name: 'SQL pour le diagnostic',
      description:
        'Écrit des requêtes SQL en lecture seule pour examiner les problèmes sans modifier les données ni contourner DHIS2.',
    },
    'server-administrator.dhis2-application': {
      name: 'Application DHIS2',
      description: 'Installer, configurer et sécuriser les instances DHIS2.',
    },
    'server-administrator.dhis2-application.configuration-file': {
      name: 'Configuration de DHIS2',
      description:
        'Met en place le répertoire DHIS2 home et le fichier de configuration : connexion à la base de données, mot de passe de chiffrement, stockage des fichiers et URL de base du serveur.',
    },
    'server-administrator.dhis2-application.privileged-accounts': {
      name: 'Comptes à privilèges',
      description:
        'Supprime les comptes et mots de passe par défaut, réserve les comptes superutilisateur à quelques personnes nommément désignées et leur impose l’authentification à deux facteurs.',
    },
    'server-administrator.dhis2-application.instances': {
      name: 'Gestion des instances',
      description:
        'Crée, déplace et supprime les instances de production, de préproduction, de formation et de développement, chacune avec un objectif clair.',
    },
    'server-administrator.dhis2-application.security-settings': {
      name: 'Paramètres de sécurité',
      description:
        'Définit les règles de mot de passe, le verrouillage temporaire après des échecs de connexion et les origines autorisées (CORS) dans l’application Paramètres système.',
    },
    'server-administrator.web-tier': {
      name: 'Proxy inverse, TLS et Tomcat',
      description:
        'Les couches entre les utilisateurs et DHIS2 : le proxy web, le chiffrement et le serveur d’applications Java.',
    },
    'server-administrator.web-tier.reverse-proxy': {
      name: 'Proxy inverse',
      description:
        'Configure nginx ou Apache devant DHIS2, avec des limites de téléversement, des délais d’expiration et une mise en cache adaptés.',
    },
    'server-administrator.web-tier.tls': {
      name: 'Certificats TLS',
      description:
        'Obtient et renouvelle automatiquement les certificats, n’autorise que les versions actuelles du protocole et redirige tout le trafic vers HTTPS.',
    },
    'server-administrator.web-tier.security-headers': {
      name: 'En-têtes de sécurité et limitation du débit',
      description:
        'Ajoute des en-têtes de sécurité comme HSTS, masque les détails de version et limite le débit des requêtes sur la page de connexion.',
    },
    'server-administrator.web-tier.tomcat-setup': {
      name: 'Installation et durcissement de Tomcat',
      description:
        'Exécute Tomcat sous un utilisateur non privilégié avec la version de Java requise par DHIS2, supprime les applications par défaut et n’écoute que derrière le proxy.',
    },
    'server-administrator.web-tier.jvm-memory': {
      name: 'Mémoire Java',
      description:
        'Dimensionne le tas (heap) Java pour le serveur et reconnaît les signes de saturation de la mémoire dans les journaux et le comportement.',
    },
    'server-administrator.web-tier.application-logs': {
      name: 'Journaux d’application',
      description:
        'Lit les journaux de Tomcat et de DHIS2 pour trouver pourquoi une instance ne démarre pas ou pourquoi une requête échoue.',
    },
    'server-administrator.network': {
      name: 'Réseau et pare-feu',
      description: 'N’exposer que ce qui doit l’être et voir venir les attaques.',
    },
    'server-administrator.network.firewall': {
      name: 'Pare-feu en couches',
      description:
        'Configure les pare-feu de l’hôte et du réseau pour que seul le trafic web soit public et que les ports d’administration soient restreints.',
    },
    'server-administrator.network.private-networking': {
      name: 'Réseau privé',
      description:
        'Garde la base de données et les services internes sur un réseau privé, inaccessible depuis Internet.',
    },
    'server-administrator.network.dns-and-domains': {
      name: 'DNS et noms de domaine',
      description:
        'Gère les noms de domaine et les enregistrements DNS de chaque instance, et veille à leur renouvellement.',
    },
    'server-administrator.network.intrusion-detection': {
      name: 'Détection d’intrusion',
      description:
        'Bloque automatiquement les adresses à l’origine d’échecs de connexion répétés et examine les journaux d’accès à la recherche de signes d’attaque.',
    },
    'server-administrator.backups': {
      name: 'Sauvegardes et restauration',
      description: 'Pouvoir remettre le système en service après une panne, une erreur ou une attaque.',
    },
    'server-administrator.backups.automated-backups': {
      name: 'Sauvegardes automatiques',
      description:
        'Sauvegarde automatiquement chaque jour la base de données et le stockage des fichiers, et reçoit une alerte en cas d’échec d’une sauvegarde.',
    },
    'server-administrator.backups.off-site-copies': {
      name: 'Copies hors site',
      description:
        'Conserve des copies chiffrées des sauvegardes dans un autre lieu, avec une durée de conservation convenue avec le ministère.',
    },
    'server-administrator.backups.restore-tests': {
      name: 'Tests de restauration',
      description:
        'Restaure régulièrement les sauvegardes sur une machine distincte pour prouver qu’elles fonctionnent et savoir combien de temps cela prend.',
    },
    'server-administrator.backups.recovery-plan': {
      name: 'Plan de reprise',
      description:
        'Tient un plan écrit de reprise après la perte d’un serveur, avec la perte de données et la durée d’interruption que le ministère accepte.',
    },
    'server-administrator.monitoring': {
      name: 'Supervision et performances',
      description:
        'Connaître les problèmes avant que les utilisateurs ne les signalent, et remédier aux lenteurs.',
    },
    'server-administrator.monitoring.uptime-and-alerts': {
      name: 'Disponibilité et alertes',
      description:
        'Surveille la disponibilité, les ressources et l’expiration des certificats avec un outil de supervision, et reçoit des alertes en cas de problème.',
    },
    'server-administrator.monitoring.performance-troubleshooting': {
      name: 'Diagnostic des performances',
      description:
        'Trouve la cause des lenteurs, comme une génération des tables analytiques, une requête lente ou une saturation de la mémoire, avec des outils de profilage et de base de données.',
    },
    'server-administrator.monitoring.capacity-planning': {
      name: 'Planification des capacités',
      description:
        'Dimensionne les serveurs selon le nombre d’utilisateurs et la croissance des données, et compare hébergement dans le cloud et hébergement local.',
    },
    'server-administrator.upgrades': {
      name: 'Mises à niveau',
      description:
        'Maintenir DHIS2 et la plateforme sur laquelle il repose sur des versions prises en charge et corrigées.',
    },
    'server-administrator.upgrades.patch-releases': {
      name: 'Versions correctives',
      description:
        'Applique les versions correctives de DHIS2 toutes les quatre à six semaines, d’abord en préproduction puis en production.',
    },
    'server-administrator.upgrades.major-upgrades': {
      name: 'Mises à niveau de version majeure',
      description:
        'Planifie avec les responsables de la mise en œuvre environ une mise à niveau majeure par an : testée sur une copie de la production, annoncée et réalisée dans une fenêtre de maintenance.',
    },
    'server-administrator.upgrades.platform-upgrades': {
      name: 'Mises à niveau de la plateforme',
      description:
        'Met à niveau PostgreSQL, Java et le système d’exploitation quand les versions de DHIS2 l’exigent ou le permettent.',
    },
    'server-administrator.upgrades.rollback': {
      name: 'Retour arrière',
      description:
        'Garde un moyen testé de revenir en arrière, une sauvegarde et la version précédente, au cas où une mise à niveau échouerait.',
    },
    'server-administrator.governance': {
      name: 'Gouvernance de la sécurité et réponse aux incidents',
      description: 'Les règles, registres et accords qui gardent les serveurs sous contrôle.',
    },
    'server-administrator.governance.incident-response': {
      name: 'Réponse aux incidents',
      description:
        'Suit une procédure convenue en cas de violation ou de panne : contenir, informer les bonnes personnes, rétablir et en tirer les leçons.',
    },
    'server-administrator.governance.access-reviews': {
      name: 'Revue des accès et départs',
      description:
        'Revoit qui a accès aux serveurs, à la base de données et aux comptes superutilisateur, et retire ces accès sans délai quand des personnes partent.',
    },
    'server-administrator.governance.documentation': {
      name: 'Documentation des serveurs',
      description:
        'Documente les serveurs, les instances, les procédures et l’endroit où sont conservés les secrets, pour que quelqu’un d’autre puisse prendre le relais.',
    },
    'server-administrator.governance.hosting-agreements': {
      name: 'Accords d’hébergement et de données',
      description:
        'Veille à ce que les accords avec les hébergeurs précisent où les données sont conservées, qui peut y accéder et ce qui se passe à la fin du contrat.',
    },
    'server-administrator.governance.audit-trails': {
      name: 'Pistes d’audit',
      description:
        'Utilise les journaux d’audit de DHIS2 et les journaux des serveurs pour savoir qui a modifié quoi et quand.',
    },
  },
};
