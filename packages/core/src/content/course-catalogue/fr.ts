import type { CourseCatalogueTranslation } from './catalogue-translation.js';

/** The seeded course catalogue in French. */
export const COURSE_CATALOGUE_FR: CourseCatalogueTranslation = {
  categories: {
    introduction: {
      name: 'Introduction à DHIS2',
      description: 'La base sur laquelle s’appuient tous les autres cours de l’académie.',
    },
    use: {
      name: 'Utilisation de DHIS2',
      description:
        'Utiliser les fonctions essentielles de DHIS2 pour saisir, analyser et présenter les données, sans le configurer.',
    },
    configuration: {
      name: 'Configuration de DHIS2',
      description: 'Paramétrer et maintenir une instance DHIS2, surtout avec l’application Maintenance.',
    },
    'domain-and-program-management': {
      name: 'Gestion des domaines et des programmes',
      description:
        'Piloter les mises en œuvre de DHIS2 et les programmes de santé : qualité des données, santé communautaire, systèmes d’information.',
    },
    'architecture-and-extensions': {
      name: 'Architecture et extensions',
      description: 'Ce qui entoure et prolonge DHIS2 : serveurs, intégration, scripts et applications.',
    },
  },
  courses: {
    'introduction-to-dhis2': {
      name: 'Introduction à DHIS2',
      description:
        'Un cours en ligne gratuit, à suivre à son rythme, sur ce qu’est DHIS2 et sur la façon dont son modèle de données, la saisie et l’analyse s’articulent. Toute l’équipe le suit en premier : chaque cours de l’académie le suppose acquis.',
    },
    'visualizing-data': {
      name: 'Visualisation des données dans DHIS2',
      description:
        'Construire des tableaux croisés, des graphiques et des tableaux de bord qui répondent aux questions des responsables, et savoir les lire avec un regard critique.',
    },
    'tracker-data-capture-and-analysis': {
      name: 'Saisie et analyse des données tracker',
      description:
        'Enregistrer et suivre des personnes dans un programme tracker, puis analyser les données individuelles avec des listes linéaires et des rapports d’événements.',
    },
    'configuring-data-access-and-outputs': {
      name: 'Configuration de l’accès aux données et des produits d’information',
      description:
        'Définir qui peut voir et saisir quoi (rôles d’utilisateur, groupes d’utilisateurs, partage) ainsi que les indicateurs et produits construits sur les données agrégées.',
    },
    'tracker-configuration': {
      name: 'Configuration du tracker',
      description:
        'Concevoir et configurer des programmes tracker : étapes, attributs, règles de programme et indicateurs, et les tester avant le déploiement.',
    },
    android: {
      name: 'Android',
      description:
        'Préparer DHIS2 pour l’application Android Capture : configuration pour l’usage mobile, gestion des appareils et appui aux utilisateurs sur le terrain.',
    },
    'data-quality': {
      name: 'Qualité des données',
      description:
        'Repérer et corriger les problèmes de qualité des données avec les outils de DHIS2, et mettre en place des routines pour les détecter chaque mois.',
    },
    'web-and-android-app-development': {
      name: 'Développement d’applications web et Android',
      description:
        'Créer des applications web et Android sur mesure à partir de l’API Web et de la plateforme d’applications DHIS2, pour les besoins que les applications standard ne couvrent pas.',
    },
    'implementing-information-systems': {
      name: 'Mise en œuvre des systèmes d’information',
      description:
        'Planifier et piloter une mise en œuvre de DHIS2 : gouvernance, besoins, déploiement, et maintien d’un système national intégré unique.',
    },
    'system-management': {
      name: 'Gestion du système',
      description:
        'Garder une instance en bonne santé depuis DHIS2 : gestion des métadonnées, administration des utilisateurs, tâches planifiées et mises à niveau testées avant la production.',
    },
    maps: {
      name: 'Cartes',
      description:
        'Réaliser des cartes thématiques, des cartes des établissements et des événements dans DHIS2, ainsi que les coordonnées et limites des unités d’organisation dont elles dépendent.',
    },
    chis: {
      name: 'SISC (systèmes d’information sanitaire communautaires)',
      description:
        'Les systèmes d’information sanitaire communautaires sur DHIS2 : données des agents de santé communautaires, conceptions tracker et agrégées adaptées, et utilisation des données au niveau communautaire.',
    },
    'server-administration': {
      name: 'Administration de serveurs',
      description:
        'Installer et exploiter DHIS2 en production : Linux, PostgreSQL, le proxy web et Tomcat, sauvegardes, supervision et sécurité.',
    },
    integration: {
      name: 'Intégration',
      description:
        'Faire circuler les données entre DHIS2 et d’autres systèmes en toute sécurité : l’API Web, les normes d’interopérabilité et les outils qui planifient et contrôlent les échanges.',
    },
    'dhis2-documentation': {
      name: 'Documentation de DHIS2',
      description:
        'Apprentissage autonome avec les guides officiels de l’utilisateur, de la mise en œuvre et de l’administration système, en s’exerçant sur une instance de test.',
    },
    'community-of-practice': {
      name: 'Communauté de pratique DHIS2',
      description:
        'Poser des questions et y répondre sur le forum de la communauté DHIS2 et suivre ses annonces : une façon d’apprendre des autres mises en œuvre.',
    },
    'local-training': {
      name: 'Formation de formateurs dans le pays',
      description:
        'Une formation de formateurs organisée dans le pays, avec un facilitateur local, sur la préparation, l’animation et l’évaluation des formations DHIS2.',
    },
  },
};
