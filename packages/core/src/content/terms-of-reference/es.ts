import type { CorePositionKey, TermsOfReferenceText } from '../../plan/terms-of-reference.js';

/**
 * The default terms of reference of the five core positions in Spanish, written for ministries of
 * health in Latin America and Equatorial Guinea (neutral Latin American Spanish). Role names and
 * DHIS2 terms follow the roles catalogue and the built-in framework in Spanish.
 */
export const DEFAULT_TERMS_OF_REFERENCE_ES: Record<CorePositionKey, TermsOfReferenceText> = {
  'operational-lead': {
    purpose:
      'Dirige el equipo central de DHIS2 y gestiona el trabajo en DHIS2 como un conjunto de proyectos planificados. Se asegura de que DHIS2 funcione como un único sistema integrado que responda a las necesidades diarias de información de todo el Ministerio de Salud, y no como un conjunto de sistemas separados de cada programa.',
    responsibilities: [
      'Dirigir y coordinar el trabajo diario del equipo central: asignar tareas, darles seguimiento y, cuando corresponda, delegar en miembros del equipo la gestión de iniciativas concretas.',
      'Preparar, presupuestar y dar seguimiento al plan de trabajo anual de DHIS2 y al plan de fortalecimiento de capacidades del equipo central, y revisarlos al menos una vez al año.',
      'Ser el principal punto de contacto sobre DHIS2 para las direcciones del ministerio, los programas de salud, los socios para el desarrollo y los proveedores de servicios, y mantener sus solicitudes alineadas con el sistema nacional.',
      'Velar por la integridad de la arquitectura nacional de información en salud: acordar cómo se incorporan a DHIS2 los nuevos programas, flujos de datos y sistemas, en lugar de que funcionen en paralelo.',
      'Definir, documentar y hacer cumplir procedimientos operativos estándar para los cambios de configuración, la gestión de metadatos, la administración de usuarios, las actualizaciones de versión y el intercambio de datos.',
      'Organizar la evaluación de necesidades del equipo, acordar con cada miembro sus prioridades de desarrollo y dar seguimiento a las actividades del plan de fortalecimiento de capacidades.',
      'Promover el uso de los datos de DHIS2 para la toma de decisiones, incluidas las revisiones de calidad de datos y los tableros para la gestión.',
      'Informar a la instancia de gobernanza y a la dirección del ministerio sobre los avances, los riesgos y las necesidades de recursos, y preparar propuestas de financiación y de asistencia técnica.',
      'Planificar la continuidad: retención del personal capacitado, traspaso cuando un miembro se va e inducción de los nuevos miembros.',
    ],
    requiredCompetencies: [
      'Gestión de proyectos y programas, incluidas la planificación, la presupuestación y el seguimiento.',
      'Sólido conocimiento de DHIS2 como plataforma, y del sistema de información en salud del país y su gobernanza.',
      'Arquitectura de la información en salud y estrategia de integración.',
      'Coordinación de actores, negociación y comunicación con el gobierno y los socios.',
      'Liderazgo de equipos, mentoría y desarrollo del personal.',
      'Uso de datos, calidad de datos e información para la toma de decisiones.',
    ],
    reportingLine:
      'Reporta a la jefatura de la unidad de sistemas de información en salud (SIS) del Ministerio de Salud y, en los asuntos de DHIS2, a la instancia de gobernanza (comité directivo) de la implementación.',
  },
  implementer: {
    purpose:
      'Convierte las necesidades de información de las direcciones del ministerio y de los programas de salud en una configuración de DHIS2 que funciona, y la lleva a escala. Mantiene la configuración coherente, documentada y fácil de mantener a lo largo de los años, ya sea que el trabajo se incline más hacia los requerimientos de los programas o hacia la configuración técnica.',
    responsibilities: [
      'Levantar y analizar requerimientos con los programas y las direcciones, y ayudar a armonizar los formularios de recolección de datos, los indicadores y las definiciones.',
      'Diseñar y configurar conjuntos de datos agregados, indicadores, programas tracker, tableros e informes de acuerdo con los estándares acordados.',
      'Crear y gestionar controles de acceso basados en usuarios: autoridades de usuario, roles de usuario, grupos de usuarios y uso compartido de metadatos y datos.',
      'Gestionar el ciclo de vida de los metadatos: convenciones de nombres, importación y exportación, y paso de los cambios de desarrollo y pruebas a producción.',
      'Incorporar los nuevos programas a la instancia nacional de DHIS2 y adaptar las rutinas de trabajo para usarla, en lugar de construir sistemas paralelos.',
      'Establecer controles y rutinas de calidad de datos, y ayudar a los programas a analizar y usar sus datos.',
      'Probar las nuevas versiones de DHIS2 y de las aplicaciones con la configuración nacional antes de las actualizaciones, junto con el administrador de servidores.',
      'Redactar y mantener la documentación de la configuración y las guías de usuario, y dar soporte a los usuarios en los problemas que los administradores subnacionales no pueden resolver.',
    ],
    requiredCompetencies: [
      'Diseño en DHIS2 y análisis de sistemas.',
      'Configuración y metadatos de DHIS2, tanto de datos agregados como de tracker, incluido el control de acceso.',
      'Buenas prácticas de implementación: trabajo con usuarios y actores clave para armonizar formularios, indicadores y la estrategia de implementación.',
      'Análisis de datos, calidad de datos y diseño de tableros e informes.',
      'Conocimiento del monitoreo y la evaluación de programas de salud.',
      'Buena capacidad de documentación y comunicación.',
    ],
    reportingLine: 'Reporta al responsable operativo del equipo central de DHIS2.',
  },
  trainer: {
    purpose:
      'Desarrolla las competencias de los usuarios y administradores de DHIS2 en todo el sistema de salud mediante formación y apoyo bien diseñados. Se asegura de que quienes ingresan, gestionan y usan los datos puedan hacerlo con confianza, desde el ingreso de datos hasta su uso y la administración del sistema.',
    responsibilities: [
      'Evaluar las necesidades de formación y definir objetivos de aprendizaje para los distintos grupos de usuarios y administradores.',
      'Diseñar cursos, materiales de formación, documentación y guías prácticas acordes con la configuración nacional.',
      'Impartir cursos de formación de formadores y formar directamente a los usuarios finales, de forma presencial y a distancia.',
      'Preparar y mantener entornos de formación con datos realistas.',
      'Organizar el soporte a los usuarios con los administradores subnacionales, que son el primer punto de contacto de los usuarios, y atender los problemas que ellos escalan.',
      'Evaluar los resultados de la formación y usarlos para mejorar los cursos y los materiales.',
      'Trabajar con los implementadores y otros expertos para que los temas técnicos los enseñen personas que usan esas funciones en la práctica, o se enseñen junto con ellas.',
      'Producir y mantener contenidos de aprendizaje con herramientas adecuadas, como plataformas de aprendizaje, grabaciones de pantalla e ilustraciones.',
    ],
    requiredCompetencies: [
      'Planificación e impartición de cursos para formadores y para usuarios finales.',
      'Diseño instruccional y aprendizaje de adultos.',
      'Conocimiento práctico del uso de DHIS2 y, para quienes forman a públicos técnicos, de su configuración.',
      'Uso de datos e interpretación de tableros e informes.',
      'Creación de contenidos de aprendizaje con plataformas de gestión del aprendizaje y herramientas multimedia.',
      'Habilidades de comunicación y facilitación.',
    ],
    reportingLine: 'Reporta al responsable operativo del equipo central de DHIS2.',
  },
  'integration-expert': {
    purpose:
      'Hace que los datos circulen de forma confiable entre DHIS2 y los demás sistemas de la arquitectura de información en salud. Construye y mantiene las interfaces, los scripts y las herramientas que permiten a los sistemas intercambiar datos según los estándares acordados.',
    responsibilities: [
      'Analizar las necesidades de intercambio de datos con los implementadores y los responsables de los demás sistemas, y acordar qué se intercambia, con qué frecuencia y en el marco de qué acuerdos.',
      'Diseñar, construir y mantener integraciones con la Web API de DHIS2 y con estándares y herramientas de interoperabilidad de uso común.',
      'Escribir scripts y pequeñas aplicaciones que automaticen el intercambio de datos y metadatos y las tareas de mantenimiento rutinarias.',
      'Mapear y alinear las listas de códigos, las unidades organizativas y los identificadores entre sistemas.',
      'Monitorear las integraciones, atender las fallas y llevar un registro de los intercambios y los errores.',
      'Probar las integraciones con las nuevas versiones de DHIS2 antes de las actualizaciones, junto con el administrador de servidores y los implementadores.',
      'Documentar cada interfaz, incluidos los mapeos de datos, los calendarios de ejecución, la gestión de credenciales y las responsabilidades.',
      'Proteger los datos intercambiados mediante autenticación segura, cuentas con privilegios mínimos y conexiones cifradas.',
    ],
    requiredCompetencies: [
      'Desarrollo de software y programación de scripts.',
      'La Web API de DHIS2 y los metadatos de DHIS2.',
      'Estándares de interoperabilidad y marcos de integración utilizados en los sistemas de información en salud.',
      'Bases de datos y formatos de datos como JSON, XML y CSV.',
      'Manejo seguro de credenciales y de datos personales de salud.',
      'Documentación técnica y colaboración con los responsables de los sistemas.',
    ],
    reportingLine: 'Reporta al responsable operativo del equipo central de DHIS2.',
  },
  'server-administrator': {
    purpose:
      'Mantiene los servidores y las instancias de DHIS2 de la implementación seguros, disponibles y con buen rendimiento. Realiza o supervisa, junto con el proveedor de alojamiento si lo hay, el mantenimiento, las copias de seguridad y las actualizaciones que garantizan que DHIS2 esté accesible y sea confiable.',
    responsibilities: [
      'Instalar, configurar y mantener los servidores y el software sobre el que funciona DHIS2, incluidos el sistema operativo, PostgreSQL, el servidor de aplicaciones y el proxy inverso.',
      'Aplicar las actualizaciones de seguridad según un calendario periódico y reforzar la seguridad de los servidores, la base de datos y el acceso a la red.',
      'Realizar copias de seguridad automáticas, guardadas fuera del sitio, y probar su restauración con regularidad.',
      'Monitorear la disponibilidad, el rendimiento y la capacidad, con alertas ante problemas, y actuar en consecuencia.',
      'Crear, trasladar y eliminar instancias de DHIS2, como las de producción, preproducción y formación.',
      'Planificar y realizar las actualizaciones de versión de DHIS2 con los implementadores, incluidas las pruebas y un plan de reversión.',
      'Documentar la infraestructura, los procedimientos y los derechos de acceso, y mantener reducido el número de cuentas privilegiadas.',
      'Gestionar la relación con el proveedor de alojamiento o de servicios, si lo hay, y verificar que se cumplan los niveles de servicio acordados.',
      'Participar en la respuesta a incidentes y en la desvinculación de los usuarios y administradores que se van.',
    ],
    requiredCompetencies: [
      'Administración de servidores Linux.',
      'Administración de PostgreSQL, incluidas las copias de seguridad y la recuperación.',
      'Administración de la capa web: proxy inverso, TLS y servidor de aplicaciones.',
      'Instalación de DHIS2, actualizaciones de versión y gestión de instancias.',
      'Monitoreo, refuerzo de la seguridad (hardening) y respuesta a incidentes.',
      'Documentación de la infraestructura y los procedimientos.',
    ],
    reportingLine:
      'Reporta al responsable operativo del equipo central de DHIS2; puede trabajar con un proveedor de alojamiento en el marco de un acuerdo de servicio.',
  },
};
