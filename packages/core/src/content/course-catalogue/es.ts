import type { CourseCatalogueTranslation } from './catalogue-translation.js';

/** The seeded course catalogue in Spanish. */
export const COURSE_CATALOGUE_ES: CourseCatalogueTranslation = {
  categories: {
    introduction: {
      name: 'Introducción a DHIS2',
      description: 'La base sobre la que se apoyan todos los demás cursos de la academia.',
    },
    use: {
      name: 'Uso de DHIS2',
      description:
        'Usar las funciones esenciales de DHIS2 para registrar, analizar y presentar datos, sin configurarlo.',
    },
    configuration: {
      name: 'Configuración de DHIS2',
      description:
        'Configurar y mantener una instancia de DHIS2, sobre todo con la aplicación Mantenimiento.',
    },
    'domain-and-program-management': {
      name: 'Gestión de dominios y programas',
      description:
        'Dirigir implementaciones de DHIS2 y programas de salud: calidad de los datos, salud comunitaria, sistemas de información.',
    },
    'architecture-and-extensions': {
      name: 'Arquitectura y extensiones',
      description: 'Lo que rodea y amplía DHIS2: servidores, integración, scripts y aplicaciones.',
    },
  },
  courses: {
    'introduction-to-dhis2': {
      name: 'Introducción a DHIS2',
      description:
        'Un curso en línea gratuito, a su propio ritmo, sobre qué es DHIS2 y cómo encajan su modelo de datos, el registro y el análisis. Todo el equipo lo hace primero: todos los cursos de la academia lo dan por sabido.',
    },
    'visualizing-data': {
      name: 'Visualización de datos en DHIS2',
      description:
        'Crear tablas dinámicas, gráficos y tableros que respondan a las preguntas de los responsables, y leerlos con sentido crítico.',
    },
    'tracker-data-capture-and-analysis': {
      name: 'Registro y análisis de datos de Tracker',
      description:
        'Registrar y dar seguimiento a personas en un programa Tracker y luego analizar los datos individuales con listados y reportes de eventos.',
    },
    'configuring-data-access-and-outputs': {
      name: 'Configuración del acceso a los datos y de los productos de información',
      description:
        'Definir quién puede ver y registrar qué (roles de usuario, grupos de usuarios, uso compartido) y los indicadores y productos basados en datos agregados.',
    },
    'tracker-configuration': {
      name: 'Configuración de Tracker',
      description:
        'Diseñar y configurar programas Tracker: etapas, atributos, reglas de programa e indicadores, y probarlos antes del despliegue.',
    },
    android: {
      name: 'Android',
      description:
        'Preparar DHIS2 para la aplicación Android Capture: configuración para uso móvil, gestión de dispositivos y apoyo a los usuarios en terreno.',
    },
    'data-quality': {
      name: 'Calidad de los datos',
      description:
        'Detectar y corregir problemas de calidad de los datos con las herramientas de DHIS2, y establecer rutinas para encontrarlos cada mes.',
    },
    'web-and-android-app-development': {
      name: 'Desarrollo de aplicaciones web y Android',
      description:
        'Crear aplicaciones web y Android a medida con la API web y la plataforma de aplicaciones de DHIS2, para necesidades que las aplicaciones estándar no cubren.',
    },
    'implementing-information-systems': {
      name: 'Implementación de sistemas de información',
      description:
        'Planificar y conducir una implementación de DHIS2: gobernanza, requisitos, despliegue y un único sistema nacional integrado.',
    },
    'system-management': {
      name: 'Gestión del sistema',
      description:
        'Mantener sana una instancia desde el propio DHIS2: gestión de metadatos, administración de usuarios, tareas programadas y actualizaciones probadas antes de producción.',
    },
    maps: {
      name: 'Mapas',
      description:
        'Elaborar mapas temáticos, de establecimientos y de eventos en DHIS2, y cuidar las coordenadas y los límites de las unidades organizativas de los que dependen.',
    },
    chis: {
      name: 'SISC (sistemas de información de salud comunitaria)',
      description:
        'Sistemas de información de salud comunitaria en DHIS2: datos de los agentes comunitarios de salud, diseños Tracker y agregados para ellos, y uso de los datos en la comunidad.',
    },
    'server-administration': {
      name: 'Administración de servidores',
      description:
        'Instalar y operar DHIS2 en producción: Linux, PostgreSQL, el proxy web y Tomcat, copias de seguridad, monitoreo y seguridad.',
    },
    integration: {
      name: 'Integración',
      description:
        'Mover datos entre DHIS2 y otros sistemas de forma segura: la API web, las normas de interoperabilidad y las herramientas que programan y verifican los intercambios.',
    },
    'dhis2-documentation': {
      name: 'Documentación de DHIS2',
      description:
        'Estudio autónomo con las guías oficiales de usuario, de implementación y de administración del sistema, practicando en una instancia de prueba.',
    },
    'community-of-practice': {
      name: 'Comunidad de práctica de DHIS2',
      description:
        'Hacer y responder preguntas en el foro de la comunidad DHIS2 y seguir sus anuncios: una manera de aprender de otras implementaciones.',
    },
    'local-training': {
      name: 'Formación de formadores en el país',
      description:
        'Una formación de formadores organizada en el país, con un facilitador local, sobre cómo planificar, impartir y evaluar capacitaciones en DHIS2.',
    },
  },
};
