import type { CorePositionKey, TermsOfReferenceText } from '../../plan/terms-of-reference.js';

/**
 * The default terms of reference of the five core positions in French, as written for ministries
 * of health in francophone West and Central Africa, Haiti and the Indian Ocean. Role names and
 * DHIS2 terms follow the roles catalogue and the built-in framework in French.
 */
export const DEFAULT_TERMS_OF_REFERENCE_FR: Record<CorePositionKey, TermsOfReferenceText> = {
  'operational-lead': {
    purpose:
      'Dirige l’équipe centrale DHIS2 et gère le travail sur DHIS2 comme un ensemble de projets planifiés. Veille à ce que DHIS2 fonctionne comme un système intégré unique, qui répond aux besoins quotidiens d’information de l’ensemble du ministère de la Santé, et non comme une juxtaposition de systèmes propres à chaque programme.',
    responsibilities: [
      'Diriger et coordonner au quotidien le travail de l’équipe centrale : répartir les tâches, en assurer le suivi et, le cas échéant, confier à des membres de l’équipe la gestion de projets particuliers.',
      'Préparer, budgétiser et suivre le plan de travail annuel DHIS2 et le plan de renforcement des capacités de l’équipe centrale, et les revoir au moins une fois par an.',
      'Être le principal interlocuteur pour DHIS2 auprès des directions du ministère, des programmes de santé, des partenaires techniques et financiers et des prestataires de services, et veiller à ce que leurs demandes restent alignées sur le système national.',
      'Préserver la cohérence de l’architecture nationale de l’information sanitaire : convenir de la manière dont les nouveaux programmes, flux de données et systèmes s’intègrent à DHIS2 plutôt que de fonctionner en parallèle.',
      'Définir, documenter et faire appliquer des procédures opérationnelles standard pour les modifications de configuration, la gestion des métadonnées, l’administration des utilisateurs, les mises à niveau et le partage des données.',
      'Organiser l’évaluation des besoins de l’équipe, convenir avec chaque membre de ses priorités de développement et assurer le suivi des activités du plan de renforcement des capacités.',
      'Promouvoir l’utilisation des données DHIS2 pour la prise de décision, notamment par des revues de la qualité des données et des tableaux de bord destinés aux responsables.',
      'Rendre compte de l’avancement, des risques et des besoins en ressources à l’instance de gouvernance et à la direction du ministère, et préparer des demandes de financement et d’assistance technique.',
      'Assurer la continuité : fidélisation du personnel formé, passation lorsqu’un membre quitte l’équipe et intégration des nouveaux membres.',
    ],
    requiredCompetencies: [
      'Gestion de projets et de programmes, y compris la planification, la budgétisation et le suivi.',
      'Bonne compréhension de DHIS2 en tant que plateforme, ainsi que du système d’information sanitaire du pays et de sa gouvernance.',
      'Architecture de l’information sanitaire et stratégie d’intégration.',
      'Coordination des parties prenantes, négociation et communication avec l’administration et les partenaires.',
      'Direction d’équipe, accompagnement et développement du personnel.',
      'Utilisation des données, qualité des données et information pour la prise de décision.',
    ],
    reportingLine:
      'Rend compte au responsable de l’unité SNIS/SIS du ministère de la Santé et, pour les questions relatives à DHIS2, à l’instance de gouvernance (comité de pilotage) de la mise en œuvre.',
  },
  implementer: {
    purpose:
      'Traduit les besoins d’information des directions du ministère et des programmes de santé en une configuration DHIS2 opérationnelle et en assure la mise à l’échelle. Garde la configuration cohérente, documentée et maintenable au fil des années, que le travail porte davantage sur les besoins des programmes ou sur le paramétrage technique.',
    responsibilities: [
      'Recueillir et analyser les besoins avec les programmes et les directions, et contribuer à harmoniser les formulaires de collecte, les indicateurs et les définitions.',
      'Concevoir et configurer les ensembles de données agrégées, les indicateurs, les programmes tracker, les tableaux de bord et les rapports conformément aux normes convenues.',
      'Créer et gérer le contrôle des accès des utilisateurs : autorités des utilisateurs, rôles d’utilisateur, groupes d’utilisateurs, et partage des métadonnées et des données.',
      'Gérer le cycle de vie des métadonnées : conventions de nommage, import et export, passage des modifications du développement et des tests à la production.',
      'Intégrer les nouveaux programmes dans l’instance nationale de DHIS2 et adapter les pratiques de travail pour qu’elles s’appuient sur elle, au lieu de créer des systèmes parallèles.',
      'Mettre en place des contrôles et des routines de qualité des données, et aider les programmes à analyser et à utiliser leurs données.',
      'Tester les nouvelles versions de DHIS2 et des applications sur la configuration nationale avant les mises à niveau, avec l’administrateur de serveurs.',
      'Rédiger et tenir à jour la documentation de la configuration et les guides d’utilisation, et assister les utilisateurs pour les problèmes que les administrateurs infranationaux ne peuvent pas résoudre.',
    ],
    requiredCompetencies: [
      'Conception DHIS2 et analyse des systèmes.',
      'Configuration et métadonnées DHIS2, en agrégé comme en tracker, y compris le contrôle des accès.',
      'Bonnes pratiques de mise en œuvre : travail avec les utilisateurs et les parties prenantes pour harmoniser les formulaires, les indicateurs et la stratégie de mise en œuvre.',
      'Analyse des données, qualité des données et conception de tableaux de bord et de rapports.',
      'Compréhension du suivi et de l’évaluation des programmes de santé.',
      'Aptitude à documenter et à communiquer clairement.',
    ],
    reportingLine: 'Rend compte au responsable opérationnel de l’équipe centrale DHIS2.',
  },
  trainer: {
    purpose:
      'Renforce les compétences des utilisateurs et des administrateurs de DHIS2 dans tout le système de santé grâce à des formations et à un accompagnement bien conçus. Veille à ce que les personnes qui saisissent, gèrent et utilisent les données le fassent avec assurance, de la saisie à l’utilisation des données et à l’administration du système.',
    responsibilities: [
      'Évaluer les besoins de formation et définir les objectifs d’apprentissage des différents groupes d’utilisateurs et d’administrateurs.',
      'Concevoir des cours, des supports de formation, de la documentation et des aide-mémoire adaptés à la configuration nationale.',
      'Animer des formations de formateurs et former directement les utilisateurs finaux, en présentiel et à distance.',
      'Préparer et tenir à jour des environnements de formation avec des données réalistes.',
      'Organiser l’assistance aux utilisateurs avec les administrateurs infranationaux, premier point de contact des utilisateurs, et traiter les problèmes qu’ils font remonter.',
      'Évaluer les résultats des formations et s’en servir pour améliorer les cours et les supports.',
      'Travailler avec les responsables de la mise en œuvre et d’autres experts pour que les sujets techniques soient enseignés par des personnes qui utilisent ces fonctionnalités dans la pratique, ou avec elles.',
      'Produire et tenir à jour des contenus pédagogiques avec des outils adaptés, comme les plateformes d’apprentissage, les enregistrements d’écran et les illustrations.',
    ],
    requiredCompetencies: [
      'Planification et animation de formations pour les formateurs et pour les utilisateurs finaux.',
      'Ingénierie pédagogique et formation des adultes.',
      'Connaissance pratique de l’utilisation de DHIS2 et, pour qui forme des publics techniques, de sa configuration.',
      'Utilisation des données et interprétation des tableaux de bord et des rapports.',
      'Création de contenus pédagogiques avec des plateformes d’apprentissage en ligne et des outils multimédias.',
      'Aptitudes à la communication et à l’animation.',
    ],
    reportingLine: 'Rend compte au responsable opérationnel de l’équipe centrale DHIS2.',
  },
  'integration-expert': {
    purpose:
      'Assure une circulation fiable des données entre DHIS2 et les autres systèmes de l’architecture de l’information sanitaire. Développe et maintient les interfaces, les scripts et les outils qui permettent aux systèmes d’échanger des données selon les normes convenues.',
    responsibilities: [
      'Analyser les besoins d’échange de données avec les responsables de la mise en œuvre et les propriétaires des autres systèmes, et convenir de ce qui est échangé, à quelle fréquence et dans le cadre de quels accords.',
      'Concevoir, développer et maintenir des intégrations au moyen de l’API Web de DHIS2 et des normes et outils d’interopérabilité courants.',
      'Écrire des scripts et de petites applications qui automatisent l’échange de données et de métadonnées ainsi que les tâches de maintenance courantes.',
      'Établir les correspondances et harmoniser les listes de codes, les unités d’organisation et les identifiants entre les systèmes.',
      'Surveiller les intégrations, traiter les échecs et tenir un journal des échanges et des erreurs.',
      'Tester les intégrations sur les nouvelles versions de DHIS2 avant les mises à niveau, avec l’administrateur de serveurs et les responsables de la mise en œuvre.',
      'Documenter chaque interface, notamment les correspondances de données, les calendriers d’exécution, la gestion des identifiants de connexion et les responsabilités.',
      'Protéger les données échangées par une authentification sécurisée, des comptes aux privilèges minimaux et des connexions chiffrées.',
    ],
    requiredCompetencies: [
      'Développement logiciel et écriture de scripts.',
      'L’API Web de DHIS2 et les métadonnées DHIS2.',
      'Normes d’interopérabilité et cadres d’intégration utilisés dans les systèmes d’information sanitaire.',
      'Bases de données et formats de données tels que JSON, XML et CSV.',
      'Gestion sécurisée des identifiants de connexion et des données de santé à caractère personnel.',
      'Documentation technique et collaboration avec les propriétaires des systèmes.',
    ],
    reportingLine: 'Rend compte au responsable opérationnel de l’équipe centrale DHIS2.',
  },
  'server-administrator': {
    purpose:
      'Garantit la sécurité, la disponibilité et les bonnes performances des serveurs et des instances DHIS2 de la mise en œuvre. Effectue ou supervise, avec l’hébergeur le cas échéant, la maintenance, les sauvegardes et les mises à niveau qui permettent d’accéder à DHIS2 et de s’y fier.',
    responsibilities: [
      'Installer, configurer et maintenir les serveurs et les logiciels sur lesquels DHIS2 fonctionne, notamment le système d’exploitation, PostgreSQL, le serveur d’applications et le proxy inverse.',
      'Appliquer les mises à jour de sécurité selon un calendrier régulier et renforcer la sécurité des serveurs, de la base de données et des accès réseau.',
      'Mettre en place des sauvegardes automatiques conservées hors site et tester régulièrement leur restauration.',
      'Surveiller la disponibilité, les performances et la capacité, avec des alertes en cas de problème, et y donner suite.',
      'Créer, déplacer et supprimer les instances DHIS2, comme celles de production, de préproduction et de formation.',
      'Planifier et réaliser les mises à niveau de version de DHIS2 avec les responsables de la mise en œuvre, y compris les tests et une solution de retour arrière.',
      'Documenter l’infrastructure, les procédures et les droits d’accès, et limiter le nombre de comptes à privilèges.',
      'Gérer la relation avec l’hébergeur ou le prestataire de services, le cas échéant, et vérifier que les niveaux de service convenus sont respectés.',
      'Participer à la réponse aux incidents et au retrait des accès des utilisateurs et des administrateurs qui partent.',
    ],
    requiredCompetencies: [
      'Administration de serveurs Linux.',
      'Administration de PostgreSQL, y compris la sauvegarde et la restauration.',
      'Administration de la couche web : proxy inverse, TLS et serveur d’applications.',
      'Installation de DHIS2, mises à niveau et gestion des instances.',
      'Supervision, durcissement de la sécurité et réponse aux incidents.',
      'Documentation de l’infrastructure et des procédures.',
    ],
    reportingLine:
      'Rend compte au responsable opérationnel de l’équipe centrale DHIS2 ; peut travailler avec un hébergeur dans le cadre d’un accord de service convenu.',
  },
};
