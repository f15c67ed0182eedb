import type { FrameworkTranslation } from './framework-translation.js';

/**
 * The built-in DHIS2 core team framework in Spanish, written for ministries of health and HIS
 * teams in Latin America and Equatorial Guinea (neutral Latin American Spanish). DHIS2 terms follow
 * the Spanish wording of DHIS2 and of the roles catalogue.
 */
export const DEFAULT_FRAMEWORK_ES: FrameworkTranslation = {
  name: 'Marco de capacidades del equipo central de DHIS2',
  description:
    'Las competencias que necesita un equipo central de DHIS2 en sus cinco roles evaluados: Responsable operativo, Implementador – Programa, Implementador – Técnico, Formador y Administrador de servidores. Las puntuaciones fijan una línea de base para el fortalecimiento de capacidades; no son una evaluación del desempeño.',
  ratingScale: {
    levels: [
      {
        name: 'Sin experiencia',
        description: 'Todavía no lo ha hecho, o solo ha visto a otra persona hacerlo.',
      },
      {
        name: 'Básico',
        description:
          'Lo ha hecho algunas veces con orientación y todavía necesita ayuda para terminarlo o hacerlo bien.',
      },
      {
        name: 'Independiente',
        description:
          'Lo hace sin ayuda y de forma confiable en nuestra propia implementación, y consulta la información cuando hace falta.',
      },
      {
        name: 'Experto',
        description:
          'Resuelve los casos inusuales, define cómo se hace aquí y puede enseñar u orientar a otros.',
      },
    ],
    notApplicable: {
      name: 'No aplica',
      description:
        'No forma parte del trabajo de esta persona, o no se usa en esta implementación. Se excluye de todas las puntuaciones.',
    },
  },
  elements: {
    // ---------------------------------------------------------------------------------------------
    'operational-lead': {
      name: 'Responsable operativo',
      description:
        'Dirigir el equipo central y conducir DHIS2 como un único sistema integrado para todo el ministerio.',
    },
    'operational-lead.governance-and-coordination': {
      name: 'Gobernanza y coordinación',
      description:
        'Trabajar con la instancia que fija las prioridades de DHIS2, y con los socios y los programas.',
    },
    'operational-lead.governance-and-coordination.governance-committee': {
      name: 'Trabajo con el comité de gobernanza',
      description:
        'Prepara agendas, informes de avance y decisiones para el comité que conduce DHIS2, y da seguimiento a sus decisiones.',
    },
    'operational-lead.governance-and-coordination.partner-coordination': {
      name: 'Coordinación de los socios',
      description:
        'Mantiene las actividades y la financiación de DHIS2 de los socios en línea con el plan del ministerio y evita que surjan sistemas paralelos.',
    },
    'operational-lead.governance-and-coordination.programme-onboarding': {
      name: 'Incorporación de los programas de salud',
      description:
        'Acuerda con los gerentes de programa cómo pasan sus datos al sistema integrado en lugar de a una herramienta aparte.',
    },
    'operational-lead.governance-and-coordination.reporting-to-leadership': {
      name: 'Informar a la alta dirección del ministerio',
      description:
        'Explica a los altos funcionarios los avances, los riesgos y las decisiones necesarias, en términos que les permitan actuar.',
    },
    'operational-lead.planning-and-budgeting': {
      name: 'Planificación y presupuesto',
      description:
        'Convertir la estrategia de información en salud en un plan de trabajo de DHIS2 costeado y obtener los fondos para ejecutarlo.',
    },
    'operational-lead.planning-and-budgeting.annual-work-plan': {
      name: 'Plan de trabajo anual',
      description:
        'Elabora un plan de trabajo anual de DHIS2 vinculado a la estrategia nacional de información en salud y acordado con la instancia de gobernanza.',
    },
    'operational-lead.planning-and-budgeting.costing': {
      name: 'Costeo y seguimiento presupuestario',
      description:
        'Estima el costo del alojamiento, el personal, la formación, los dispositivos y los viajes, y da seguimiento al gasto frente al presupuesto.',
    },
    'operational-lead.planning-and-budgeting.funding-proposals': {
      name: 'Propuestas de financiación',
      description:
        'Redacta notas conceptuales y propuestas que solicitan a los socios financiación o asistencia técnica, respaldadas por los resultados de la evaluación.',
    },
    'operational-lead.planning-and-budgeting.sustainable-financing': {
      name: 'Financiación sostenible',
      description:
        'Trabaja para que los salarios del equipo central y el alojamiento pasen al presupuesto ordinario del gobierno, con un plan de salida para los puestos financiados por socios.',
    },
    'operational-lead.project-management': {
      name: 'Gestión de proyectos',
      description:
        'Conducir proyectos de DHIS2, como un nuevo programa o un despliegue nacional, de principio a fin.',
    },
    'operational-lead.project-management.scope-and-milestones': {
      name: 'Alcance e hitos',
      description:
        'Divide un proyecto en alcance, hitos y responsabilidades asignadas a personas concretas, acordados con el equipo y los socios.',
    },
    'operational-lead.project-management.task-tracking': {
      name: 'Seguimiento del trabajo del equipo',
      description:
        'Mantiene al día una lista de tareas compartida o un sistema de seguimiento de incidencias y sigue los plazos con el equipo.',
    },
    'operational-lead.project-management.risks-and-issues': {
      name: 'Riesgos y problemas',
      description:
        'Lleva un registro de riesgos y problemas, decide qué hacer con cada uno y escala a tiempo los bloqueos.',
    },
    'operational-lead.project-management.roll-out-planning': {
      name: 'Planificación del despliegue',
      description:
        'Planifica un despliegue por fases, desde distritos piloto hasta la escala nacional, incluidas la formación, las cuentas y los dispositivos.',
    },
    'operational-lead.project-management.change-requests': {
      name: 'Solicitudes de cambio',
      description:
        'Evalúa el esfuerzo y el impacto de cada cambio solicitado y logra que la instancia adecuada lo priorice.',
    },
    'operational-lead.his-architecture': {
      name: 'Arquitectura de la información en salud y estrategia de integración',
      description:
        'Saber qué lugar ocupa DHIS2 entre los sistemas del país y qué datos deben fluir hacia dónde.',
    },
    'operational-lead.his-architecture.system-landscape': {
      name: 'Panorama de sistemas',
      description:
        'Mapea los sistemas de información en salud del país (logística, recursos humanos, registros de pacientes, registro civil, registro de establecimientos) y sus vínculos con DHIS2.',
    },
    'operational-lead.his-architecture.exchange-priorities': {
      name: 'Prioridades de intercambio de datos',
      description:
        'Decide qué intercambios de datos importan más, como los informes agregados a partir de los registros de pacientes o los datos de existencias, y en qué orden construirlos.',
    },
    'operational-lead.his-architecture.standards': {
      name: 'Estándares y registros compartidos',
      description:
        'Entiende por qué importan un listado maestro de establecimientos, listas de códigos compartidas y estándares de intercambio como ADX o FHIR, y aboga por ellos.',
    },
    'operational-lead.his-architecture.data-sharing-agreements': {
      name: 'Acuerdos de intercambio de datos',
      description:
        'Establece acuerdos que indican qué datos se comparten con qué institución, con qué fin y con qué protección.',
    },
    'operational-lead.team-development': {
      name: 'Desarrollo y retención del equipo',
      description:
        'Desarrollar con el tiempo las competencias del equipo central y retener a las personas que las tienen.',
    },
    'operational-lead.team-development.roles-and-terms-of-reference': {
      name: 'Roles y términos de referencia',
      description:
        'Define los roles y los términos de referencia del equipo central y los hace corresponder con los cargos locales.',
    },
    'operational-lead.team-development.capacity-building-plan': {
      name: 'Plan de fortalecimiento de capacidades',
      description:
        'Convierte los resultados de la evaluación de necesidades en un plan costeado y a largo plazo para cada miembro, y lo revisa cada año.',
    },
    'operational-lead.team-development.growth-opportunities': {
      name: 'Oportunidades de crecimiento',
      description:
        'Busca academias, mentoría, roles de experto regional, becas y conferencias que mantengan motivado al personal calificado.',
    },
    'operational-lead.team-development.succession': {
      name: 'Sucesión y traspaso',
      description:
        'Se asegura de que ninguna tarea dependa de una sola persona y de que el conocimiento se traspase cuando alguien se va.',
    },
    'operational-lead.procedures': {
      name: 'Normas y procedimientos operativos',
      description:
        'Las reglas que mantienen el sistema coherente, seguro y fácil de mantener a lo largo de los años.',
    },
    'operational-lead.procedures.metadata-governance': {
      name: 'Gobernanza de metadatos',
      description:
        'Define quién puede crear o cambiar elementos de datos, indicadores y programas, las reglas de nomenclatura y cómo se aprueban los nuevos.',
    },
    'operational-lead.procedures.release-process': {
      name: 'Proceso de publicación de cambios',
      description:
        'Hace cumplir que los cambios de configuración y las actualizaciones de versión pasen de desarrollo a pruebas y luego a producción, con notas para los usuarios.',
    },
    'operational-lead.procedures.user-account-policy': {
      name: 'Política de cuentas de usuario',
      description:
        'Establece cómo se solicitan, aprueban y cierran las cuentas, incluido el retiro de accesos cuando el personal se va.',
    },
    'operational-lead.procedures.reporting-calendar': {
      name: 'Calendario de reportes',
      description:
        'Acuerda con los programas y las regiones los plazos de reporte, la completitud esperada y los pasos de aprobación de datos.',
    },
    'operational-lead.procedures.privacy-and-security-policy': {
      name: 'Política de privacidad y seguridad',
      description:
        'Se asegura de que existan reglas sobre datos personales, confidencialidad y respuesta a incidentes, y de que el equipo las cumpla.',
    },
    'operational-lead.data-use': {
      name: 'Promoción del uso de datos',
      description:
        'Asegurar que los datos de DHIS2 se consulten y se usen para tomar decisiones, no solo que se recopilen.',
    },
    'operational-lead.data-use.review-meetings': {
      name: 'Reuniones de revisión de datos',
      description:
        'Organiza reuniones periódicas en las que los gerentes nacionales y subnacionales revisan los datos de DHIS2 y acuerdan acciones.',
    },
    'operational-lead.data-use.information-products': {
      name: 'Productos de información',
      description:
        'Encarga boletines, tarjetas de puntuación y tableros que responden a las preguntas que realmente se hacen los tomadores de decisiones.',
    },
    'operational-lead.data-use.data-quality-accountability': {
      name: 'Rendición de cuentas sobre la calidad de datos',
      description:
        'Hace de la calidad de los datos una responsabilidad compartida, con retroalimentación periódica a las unidades que reportan.',
    },
    'operational-lead.data-use.advocacy': {
      name: 'Abogacía por el uso de datos',
      description:
        'Anima a los líderes a citar datos de DHIS2 en planes y decisiones, y muestra ejemplos en los que marcaron la diferencia.',
    },
    'operational-lead.implementation-oversight': {
      name: 'Supervisión de la implementación',
      description: 'Saber qué tan bien funciona el sistema y actuar en consecuencia.',
    },
    'operational-lead.implementation-oversight.reporting-performance': {
      name: 'Desempeño del reporte',
      description:
        'Sigue las tasas de reporte, la oportunidad y las cifras de uso del sistema para valorar cómo avanza la implementación.',
    },
    'operational-lead.implementation-oversight.user-feedback': {
      name: 'Retroalimentación de los usuarios',
      description:
        'Recoge la retroalimentación de usuarios y programas y la convierte en una lista priorizada de mejoras.',
    },
    'operational-lead.implementation-oversight.service-providers': {
      name: 'Proveedores de servicios',
      description:
        'Gestiona contratos y niveles de servicio con proveedores de alojamiento y consultores, y verifica que se cumplan.',
    },
    // ---------------------------------------------------------------------------------------------
    'implementer-program': {
      name: 'Implementador – Programa',
      description:
        'Entender lo que necesitan los programas y convertirlo en diseños, documentación, rutinas de calidad de datos y uso de datos.',
    },
    'implementer-program.requirements': {
      name: 'Levantamiento y armonización de requerimientos',
      description:
        'Averiguar qué información necesita un programa e integrarla en un único sistema coherente.',
    },
    'implementer-program.requirements.workshops': {
      name: 'Talleres de requerimientos',
      description:
        'Conduce sesiones con el personal del programa para recoger sus necesidades de información, sus decisiones y sus informes.',
    },
    'implementer-program.requirements.form-review': {
      name: 'Revisión de formularios y registros',
      description:
        'Revisa los formularios en papel, registros e informes existentes para detectar superposiciones, vacíos y datos duplicados.',
    },
    'implementer-program.requirements.indicator-harmonisation': {
      name: 'Armonización de indicadores',
      description:
        'Alinea indicadores y elementos de datos entre programas y con los estándares nacionales e internacionales, y elimina los duplicados.',
    },
    'implementer-program.requirements.workflow-analysis': {
      name: 'Análisis de flujos de trabajo',
      description:
        'Describe quién recopila qué, cuándo y en qué nivel, y dónde DHIS2 cambia el trabajo diario.',
    },
    'implementer-program.requirements.fit-assessment': {
      name: 'Adecuación a DHIS2 estándar',
      description:
        'Valora qué necesidades cubren las funciones estándar de DHIS2, y cuándo es mejor una aplicación a medida, otra herramienta o un cambio en la solicitud.',
    },
    'implementer-program.aggregate-design': {
      name: 'Diseño de indicadores y conjuntos de datos',
      description:
        'Diseñar reportes agregados que sean fáciles de llenar y que se analicen bien a lo largo del tiempo.',
    },
    'implementer-program.aggregate-design.data-sets': {
      name: 'Diseño de conjuntos de datos',
      description:
        'Diseña conjuntos de datos: periodo de reporte, qué unidades reportan, secciones y un diseño de formulario que coincida con el formulario en papel.',
    },
    'implementer-program.aggregate-design.disaggregations': {
      name: 'Desagregaciones',
      description:
        'Elige desagregaciones, como edad y sexo, que puedan compararse entre conjuntos de datos y entre años, y evita las innecesarias.',
    },
    'implementer-program.aggregate-design.indicator-definitions': {
      name: 'Definición de indicadores',
      description:
        'Define indicadores con numerador, denominador y factor, y los registra en una ficha técnica de indicador.',
    },
    'implementer-program.aggregate-design.organisation-units': {
      name: 'Diseño de unidades organizativas',
      description:
        'Diseña la jerarquía de unidades organizativas, sus niveles y los grupos que se usan en el análisis, como la propiedad o el tipo de establecimiento.',
    },
    'implementer-program.aggregate-design.denominators': {
      name: 'Datos de población y metas',
      description:
        'Planifica de dónde provienen las cifras de población y las metas para poder calcular los indicadores de cobertura.',
    },
    'implementer-program.tracker-design': {
      name: 'Diseño de programas tracker',
      description:
        'Diseñar la recopilación de datos individuales de modo que apoye el flujo de atención o de seguimiento.',
    },
    'implementer-program.tracker-design.tracker-or-aggregate': {
      name: 'Elegir entre tracker, eventos o datos agregados',
      description:
        'Decide cuándo los datos individuales justifican su costo en esfuerzo y en privacidad, y cuándo bastan los datos agregados.',
    },
    'implementer-program.tracker-design.program-structure': {
      name: 'Estructura del programa',
      description:
        'Diseña el tipo de entidad rastreada, los atributos, la inscripción, las etapas del programa y las etapas repetibles de un flujo de trabajo.',
    },
    'implementer-program.tracker-design.business-rules': {
      name: 'Reglas de negocio',
      description:
        'Redacta en lenguaje sencillo la lógica de saltos, las validaciones y los valores calculados para que puedan construirse como reglas de programa.',
    },
    'implementer-program.tracker-design.follow-up-workflows': {
      name: 'Flujos de seguimiento',
      description:
        'Diseña listas de trabajo, visitas atrasadas, referencias y relaciones para que el personal encuentre a quién debe atender.',
    },
    'implementer-program.tracker-design.privacy-by-design': {
      name: 'Privacidad desde el diseño',
      description:
        'Recopila solo los datos personales que un programa necesita y decide qué atributos se pueden buscar y quién puede verlos.',
    },
    'implementer-program.documentation': {
      name: 'Documentación',
      description: 'Dejar por escrito qué se construyó y por qué, para que otros puedan usarlo y mantenerlo.',
    },
    'implementer-program.documentation.design-document': {
      name: 'Documento de diseño del sistema',
      description:
        'Mantiene un documento de diseño por programa que registra las decisiones de configuración y sus motivos.',
    },
    'implementer-program.documentation.data-dictionary': {
      name: 'Diccionario de datos',
      description:
        'Mantiene un diccionario de elementos de datos e indicadores, con definiciones que los usuarios pueden consultar.',
    },
    'implementer-program.documentation.operating-procedures': {
      name: 'Procedimientos operativos estándar',
      description:
        'Redacta procedimientos de ingreso, revisión, aprobación y corrección de datos que correspondan al sistema configurado.',
    },
    'implementer-program.documentation.user-guides': {
      name: 'Guías de usuario',
      description:
        'Redacta guías breves y actualizadas, con capturas de pantalla, para las tareas que los usuarios realizan en el sistema configurado.',
    },
    'implementer-program.analysis-and-dashboards': {
      name: 'Análisis de datos y tableros',
      description:
        'Crear productos que respondan a las preguntas del programa, e interpretarlos correctamente.',
    },
    'implementer-program.analysis-and-dashboards.data-visualizer': {
      name: 'Tablas dinámicas y gráficos',
      description:
        'Crea tablas dinámicas y gráficos en el Visualizador de datos, eligiendo bien los datos, los periodos, las unidades organizativas y las dimensiones.',
    },
    'implementer-program.analysis-and-dashboards.maps': {
      name: 'Mapas',
      description:
        'Crea mapas temáticos, de establecimientos y de eventos en la aplicación Mapas, con leyendas que dejan claro el patrón.',
    },
    'implementer-program.analysis-and-dashboards.dashboards': {
      name: 'Tableros',
      description:
        'Diseña tableros para un público específico y los comparte con los grupos de usuarios adecuados.',
    },
    'implementer-program.analysis-and-dashboards.tracker-analysis': {
      name: 'Análisis de datos tracker',
      description:
        'Analiza datos individuales con Line Listing, informes de eventos e indicadores de programa.',
    },
    'implementer-program.analysis-and-dashboards.interpretation': {
      name: 'Interpretación de resultados',
      description:
        'Explica lo que muestran las cifras y sus límites, y redacta interpretaciones y boletines con mensajes claros.',
    },
    'implementer-program.data-quality': {
      name: 'Rutinas de calidad de datos',
      description:
        'Detectar y corregir los problemas de datos de forma rutinaria, cerca de donde se recopilan.',
    },
    'implementer-program.data-quality.validation-rules-design': {
      name: 'Diseño de controles de validación',
      description:
        'Acuerda con los programas las reglas de validación y los rangos de valores esperados, para detectar los errores en el momento del ingreso.',
    },
    'implementer-program.data-quality.data-quality-app': {
      name: 'Aplicación Calidad de datos',
      description:
        'Ejecuta el análisis de reglas de validación, la detección de valores atípicos y el análisis de seguimiento, y hace verificar los valores sospechosos.',
    },
    'implementer-program.data-quality.completeness-and-timeliness': {
      name: 'Completitud y oportunidad',
      description:
        'Monitorea las tasas de reporte y la oportunidad, y da seguimiento a las unidades que reportan tarde o no reportan.',
    },
    'implementer-program.data-quality.annual-review': {
      name: 'Revisiones de calidad de datos',
      description:
        'Realiza una revisión periódica de la consistencia a lo largo del tiempo y entre indicadores relacionados, por ejemplo con la herramienta de calidad de datos de la OMS.',
    },
    'implementer-program.data-quality.feedback': {
      name: 'Retroalimentación a las unidades que reportan',
      description:
        'Envía retroalimentación periódica sobre la calidad de los datos a los distritos y establecimientos, y verifica que los problemas se corrijan.',
    },
    'implementer-program.testing-and-piloting': {
      name: 'Pruebas y pilotaje',
      description:
        'Comprobar que una configuración hace lo que el programa necesita antes de llevarla a escala.',
    },
    'implementer-program.testing-and-piloting.test-scenarios': {
      name: 'Escenarios de prueba',
      description:
        'Redacta casos de prueba a partir de los requerimientos, por ejemplo qué advertencia debe aparecer ante qué dato ingresado.',
    },
    'implementer-program.testing-and-piloting.acceptance-testing': {
      name: 'Pruebas de aceptación',
      description:
        'Conduce sesiones de pruebas de aceptación con el personal del programa y lleva cada hallazgo hasta una decisión.',
    },
    'implementer-program.testing-and-piloting.pilot-review': {
      name: 'Revisión del piloto',
      description:
        'Realiza un piloto en unos pocos sitios, revisa qué funcionó y qué no, y hace ajustes antes de escalar.',
    },
    'implementer-program.user-support': {
      name: 'Apoyo a los usuarios',
      description: 'Ayudar a los usuarios con los problemas que el nivel subnacional no puede resolver.',
    },
    'implementer-program.user-support.triage': {
      name: 'Clasificación de consultas',
      description:
        'Registra las consultas entrantes y distingue si se trata de un error del usuario, un problema de configuración o una falla del software.',
    },
    'implementer-program.user-support.troubleshooting': {
      name: 'Solución de problemas comunes',
      description:
        'Resuelve problemas frecuentes, como un formulario que no aparece, datos que no se ven en el análisis o una cuenta que no puede iniciar sesión.',
    },
    'implementer-program.user-support.sub-national-network': {
      name: 'Trabajo con los administradores subnacionales',
      description:
        'Apoya a los administradores distritales y regionales, que son el primer punto de contacto de los usuarios, y aprende de sus casos.',
    },
    'implementer-program.user-support.community-of-practice': {
      name: 'Uso de la comunidad DHIS2',
      description:
        'Busca en la documentación de DHIS2 y en la Community of Practice, hace allí buenas preguntas y reporta errores con pasos claros.',
    },
    // ---------------------------------------------------------------------------------------------
    'implementer-technical': {
      name: 'Implementador – Técnico',
      description:
        'Construir y mantener la configuración de DHIS2: metadatos, programas tracker, control de accesos, intercambio de datos y Android.',
    },
    'implementer-technical.aggregate-configuration': {
      name: 'Configuración de datos agregados',
      description: 'Configurar los metadatos en los que se basa el reporte agregado rutinario.',
    },
    'implementer-technical.aggregate-configuration.data-elements': {
      name: 'Elementos de datos',
      description:
        'Crea elementos de datos con el tipo de valor, el tipo de agregación y el dominio correctos, y sabe cuándo deben almacenarse los ceros.',
    },
    'implementer-technical.aggregate-configuration.category-combinations': {
      name: 'Categorías y combinaciones de categorías',
      description:
        'Crea opciones de categoría, categorías y combinaciones de categorías, y sabe qué efecto tiene cambiarlas sobre los datos ya ingresados.',
    },
    'implementer-technical.aggregate-configuration.data-sets-and-forms': {
      name: 'Conjuntos de datos y formularios',
      description:
        'Configura conjuntos de datos: tipo de periodo, días de expiración, unidades asignadas y formularios de ingreso por secciones o personalizados.',
    },
    'implementer-technical.aggregate-configuration.organisation-units': {
      name: 'Unidades organizativas y grupos',
      description:
        'Mantiene la jerarquía de unidades organizativas, las coordenadas, los grupos y los conjuntos de grupos a medida que los establecimientos abren, cierran o se trasladan.',
    },
    'implementer-technical.aggregate-configuration.option-and-legend-sets': {
      name: 'Conjuntos de opciones y de leyendas',
      description:
        'Crea conjuntos de opciones para los valores codificados y conjuntos de leyendas para colorear los resultados del análisis.',
    },
    'implementer-technical.aggregate-configuration.validation-rules': {
      name: 'Reglas de validación y valores mínimos y máximos',
      description:
        'Crea reglas de validación, grupos de reglas y notificaciones, y genera o fija los rangos de valores mínimos y máximos.',
    },
    'implementer-technical.indicators-and-analytics': {
      name: 'Configuración de indicadores y analítica',
      description: 'Poner los datos a disposición del análisis, de forma correcta y a tiempo.',
    },
    'implementer-technical.indicators-and-analytics.indicators': {
      name: 'Indicadores',
      description:
        'Crea indicadores y tipos de indicador con expresiones de numerador y denominador, y verifica los resultados a mano.',
    },
    'implementer-technical.indicators-and-analytics.program-indicators': {
      name: 'Indicadores de programa',
      description:
        'Crea indicadores de programa con el tipo de analítica adecuado (evento o inscripción), filtros y límites de periodo.',
    },
    'implementer-technical.indicators-and-analytics.predictors': {
      name: 'Predictores',
      description:
        'Usa predictores para calcular valores a partir de datos anteriores, como umbrales de alerta, y programa su ejecución.',
    },
    'implementer-technical.indicators-and-analytics.analytics-tables': {
      name: 'Tablas de analítica',
      description:
        'Ejecuta y programa la actualización de las tablas de analítica, y explica por qué datos o metadatos nuevos todavía no aparecen en los resultados.',
    },
    'implementer-technical.indicators-and-analytics.analysis-dimensions': {
      name: 'Dimensiones de análisis',
      description:
        'Configura conjuntos de grupos, conjuntos de grupos de opciones de categoría y dimensiones de atributos para que los datos puedan desglosarse como los usuarios necesitan.',
    },
    'implementer-technical.tracker-configuration': {
      name: 'Configuración de programas tracker y de eventos',
      description: 'Crear programas de datos individuales que funcionen en campo.',
    },
    'implementer-technical.tracker-configuration.tracked-entity-attributes': {
      name: 'Tipos de entidad rastreada y atributos',
      description:
        'Configura los tipos de entidad rastreada y sus atributos, los identificadores únicos y generados, y los ajustes de búsqueda.',
    },
    'implementer-technical.tracker-configuration.programs-and-stages': {
      name: 'Programas y etapas',
      description:
        'Configura programas tracker y de eventos: etapas, secciones, ajustes de inscripción, programación de eventos y unidades asignadas.',
    },
    'implementer-technical.tracker-configuration.program-rules': {
      name: 'Reglas de programa',
      description:
        'Crea reglas de programa y variables de reglas (mostrar y ocultar, asignar, advertencias y errores), con prioridades que dan el resultado esperado.',
    },
    'implementer-technical.tracker-configuration.relationships': {
      name: 'Relaciones',
      description:
        'Configura tipos de relación entre entidades rastreadas, inscripciones y eventos, como madre e hijo o caso índice y contactos.',
    },
    'implementer-technical.tracker-configuration.notifications-and-working-lists': {
      name: 'Notificaciones y listas de trabajo',
      description:
        'Configura notificaciones de programa por SMS o correo electrónico y listas de trabajo que muestran al personal a quién dar seguimiento.',
    },
    'implementer-technical.tracker-configuration.ownership-and-access-levels': {
      name: 'Propiedad y niveles de acceso',
      description:
        'Elige el nivel de acceso de un programa (abierto, auditado, protegido, cerrado) y gestiona la transferencia de propiedad entre unidades.',
    },
    'implementer-technical.user-access-controls': {
      name: 'Crear y gestionar controles de acceso basados en usuarios',
      description:
        'Controlar quién puede hacer qué, y quién puede ver qué metadatos y datos, mediante autoridades, roles, grupos y uso compartido.',
    },
    'implementer-technical.user-access-controls.user-authorities': {
      name: 'Autoridades de usuario',
      description:
        'Sabe lo que permiten las autoridades sensibles, como eliminar datos o editar periodos vencidos, y otorga solo las necesarias.',
    },
    'implementer-technical.user-access-controls.user-roles': {
      name: 'Roles de usuario',
      description:
        'Diseña un conjunto reducido de roles de usuario que corresponden a las funciones de cada puesto, y limita los roles de superusuario a muy pocas personas.',
    },
    'implementer-technical.user-access-controls.user-groups': {
      name: 'Grupos de usuarios',
      description:
        'Usa grupos de usuarios para dar acceso y enviar mensajes a muchas personas a la vez, y decide quién gestiona cada grupo.',
    },
    'implementer-technical.user-access-controls.metadata-and-data-sharing': {
      name: 'Uso compartido de metadatos y datos',
      description:
        'Configura el uso compartido de metadatos (ver, editar) y de datos (ver, capturar) en conjuntos de datos, programas, etapas, opciones de categoría y tableros.',
    },
    'implementer-technical.user-administration': {
      name: 'Administración de usuarios',
      description: 'Crear y mantener las cuentas de usuario a la escala de un sistema nacional.',
    },
    'implementer-technical.user-administration.user-accounts': {
      name: 'Cuentas de usuario y sus unidades',
      description:
        'Crea cuentas y asigna las unidades para las que una persona captura datos, consulta datos y realiza búsquedas.',
    },
    'implementer-technical.user-administration.bulk-user-management': {
      name: 'Gestión masiva de usuarios',
      description:
        'Crea o actualiza muchas cuentas a la vez desde un archivo o mediante la API, sin afectar las existentes.',
    },
    'implementer-technical.user-administration.account-lifecycle': {
      name: 'Ciclo de vida de las cuentas',
      description:
        'Desactiva a los usuarios inactivos y a quienes se fueron, aplica la política de contraseñas y de autenticación en dos factores, y revisa quién tiene roles con privilegios amplios.',
    },
    'implementer-technical.metadata-lifecycle': {
      name: 'Gestión de metadatos de desarrollo a producción',
      description: 'Trasladar la configuración de forma segura entre instancias y mantenerla ordenada.',
    },
    'implementer-technical.metadata-lifecycle.import-export': {
      name: 'Importación y exportación de metadatos',
      description:
        'Exporta e importa metadatos con la aplicación Importar/Exportar, usa simulaciones (dry run) y resuelve conflictos de identificadores y dependencias faltantes.',
    },
    'implementer-technical.metadata-lifecycle.development-to-production': {
      name: 'De desarrollo a producción',
      description:
        'Hace y prueba los cambios en una instancia de desarrollo y los pasa a producción de forma controlada, manteniendo estables los identificadores.',
    },
    'implementer-technical.metadata-lifecycle.metadata-packages': {
      name: 'Paquetes de metadatos',
      description:
        'Instala paquetes de metadatos estándar, por ejemplo para un programa de control de una enfermedad, y los adapta sin romper la configuración existente.',
    },
    'implementer-technical.metadata-lifecycle.cleanup-and-integrity': {
      name: 'Limpieza y controles de integridad',
      description:
        'Encuentra metadatos sin uso o duplicados y corrige los problemas que señalan los controles de integridad de datos.',
    },
    'implementer-technical.metadata-lifecycle.naming-and-codes': {
      name: 'Nombres, códigos y atributos',
      description:
        'Aplica de forma coherente convenciones de nombres, códigos y atributos personalizados para que los metadatos se puedan encontrar e intercambiar.',
    },
    'implementer-technical.data-exchange': {
      name: 'Importación e intercambio de datos',
      description: 'Hacer entrar y salir datos de DHIS2 sin volver a digitarlos.',
    },
    'implementer-technical.data-exchange.aggregate-data-import': {
      name: 'Importación de datos agregados',
      description:
        'Importa datos agregados desde CSV, JSON o ADX, mapea identificadores o códigos y corrige los valores que la importación rechaza.',
    },
    'implementer-technical.data-exchange.tracker-data-import': {
      name: 'Importación de datos tracker',
      description:
        'Importa entidades rastreadas, inscripciones y eventos, por ejemplo al migrar registros desde un sistema anterior.',
    },
    'implementer-technical.data-exchange.web-api': {
      name: 'Uso de la Web API',
      description:
        'Lee y escribe metadatos y datos mediante la Web API con una herramienta como curl o Postman, y maneja la autenticación y la paginación.',
    },
    'implementer-technical.data-exchange.aggregate-data-exchange': {
      name: 'Intercambio de datos agregados',
      description:
        'Configura intercambios de datos agregados que mueven datos entre instancias o convierten datos tracker en valores agregados.',
    },
    'implementer-technical.data-exchange.scheduled-jobs': {
      name: 'Tareas programadas',
      description:
        'Configura y monitorea tareas programadas en la aplicación Scheduler, como la analítica, los predictores y la sincronización de datos.',
    },
    'implementer-technical.android': {
      name: 'Implementación en Android',
      description:
        'Lograr que los programas y los conjuntos de datos funcionen en campo con la aplicación DHIS2 Android Capture.',
    },
    'implementer-technical.android.settings-app': {
      name: 'Aplicación Android Settings',
      description:
        'Configura la sincronización, los límites de descarga, la apariencia y la analítica de la aplicación Android mediante la aplicación Android Settings.',
    },
    'implementer-technical.android.program-compatibility': {
      name: 'Programas listos para Android',
      description:
        'Comprueba que los formularios, las reglas de programa y el uso compartido funcionen en Android igual que en la web, incluso sin conexión.',
    },
    'implementer-technical.android.device-deployment': {
      name: 'Despliegue de dispositivos',
      description:
        'Planifica cómo se preparan, registran, actualizan y reemplazan los dispositivos, con gestión de dispositivos móviles donde esté disponible.',
    },
    'implementer-technical.android.troubleshooting': {
      name: 'Solución de problemas en Android',
      description:
        'Diagnostica errores y conflictos de sincronización y usa las herramientas de diagnóstico de la aplicación para encontrar la causa.',
    },
    'implementer-technical.upgrades-and-testing': {
      name: 'Actualizaciones de versión y pruebas de configuración',
      description:
        'Mantener funcionando la configuración y las aplicaciones a medida que cambian las versiones de DHIS2.',
    },
    'implementer-technical.upgrades-and-testing.release-notes': {
      name: 'Lectura de las notas de versión',
      description:
        'Lee las notas de actualización de una nueva versión y enumera lo que afecta a la configuración local, las aplicaciones y las integraciones.',
    },
    'implementer-technical.upgrades-and-testing.upgrade-testing': {
      name: 'Prueba de una actualización',
      description:
        'Prueba una copia de producción en la nueva versión: formularios, reglas de programa, resultados de analítica, Android y aplicaciones instaladas.',
    },
    'implementer-technical.upgrades-and-testing.app-management': {
      name: 'Gestión de aplicaciones',
      description:
        'Instala y actualiza aplicaciones desde el App Hub y comprueba que funcionen con la versión de DHIS2 en uso.',
    },
    'implementer-technical.upgrades-and-testing.bug-reports': {
      name: 'Reporte de errores',
      description:
        'Reporta errores de software a los desarrolladores de DHIS2 con la versión, los pasos para reproducirlos y el resultado esperado.',
    },
    // ---------------------------------------------------------------------------------------------
    trainer: {
      name: 'Formador',
      description:
        'Formar al personal para usar y configurar DHIS2: materiales, impartición, entornos de formación, evaluación y contenidos de aprendizaje.',
    },
    'trainer.needs-and-objectives': {
      name: 'Necesidades de formación y objetivos de aprendizaje',
      description: 'Saber quién necesita aprender qué antes de diseñar cualquier formación.',
    },
    'trainer.needs-and-objectives.audience-analysis': {
      name: 'Análisis del público',
      description:
        'Identifica quién necesita formación: su rol, su nivel, sus competencias previas, su idioma y su acceso a computadoras o a conectividad.',
    },
    'trainer.needs-and-objectives.learning-objectives': {
      name: 'Objetivos de aprendizaje',
      description:
        'Redacta objetivos claros que indican qué podrán hacer los participantes después de cada sesión.',
    },
    'trainer.needs-and-objectives.training-plan': {
      name: 'Plan de formación',
      description:
        'Planifica la secuencia de formaciones de un despliegue, incluidos los cursos de actualización y la formación del personal nuevo.',
    },
    'trainer.course-design': {
      name: 'Diseño de cursos y materiales',
      description: 'Convertir los objetivos en sesiones y materiales adaptados al sistema local.',
    },
    'trainer.course-design.session-design': {
      name: 'Diseño de sesiones',
      description:
        'Diseña sesiones que combinan demostraciones breves, práctica directa en el sistema y discusión.',
    },
    'trainer.course-design.realistic-exercises': {
      name: 'Ejercicios realistas',
      description:
        'Redacta ejercicios basados en formularios, programas y datos locales, con respuestas que un formador puede verificar.',
    },
    'trainer.course-design.training-materials': {
      name: 'Materiales de formación',
      description:
        'Elabora manuales, presentaciones y guías prácticas en los idiomas locales, acordes con la configuración actual.',
    },
    'trainer.course-design.adapting-existing-material': {
      name: 'Adaptación de materiales existentes',
      description:
        'Adapta los materiales de las academias DHIS2 y de la documentación a la configuración local en lugar de empezar desde cero.',
    },
    'trainer.delivery': {
      name: 'Impartición de la formación',
      description: 'Impartir formaciones que dejen a las personas en condiciones de hacer el trabajo.',
    },
    'trainer.delivery.end-user-training': {
      name: 'Formación de usuarios finales',
      description:
        'Imparte formación práctica a las personas que ingresan y usan los datos, al ritmo del grupo.',
    },
    'trainer.delivery.training-of-trainers': {
      name: 'Formación de formadores',
      description:
        'Forma a formadores subnacionales para que la cascada mantenga la exactitud del contenido, y verifica que así sea.',
    },
    'trainer.delivery.facilitation': {
      name: 'Facilitación',
      description:
        'Maneja niveles de competencia dispares, preguntas y dinámicas de grupo, y aprovecha bien a los cofacilitadores.',
    },
    'trainer.delivery.online-training': {
      name: 'Formación en línea',
      description:
        'Imparte seminarios web y sesiones en línea que mantienen activos a los participantes, y los graba para usarlos después.',
    },
    'trainer.training-environment': {
      name: 'Entorno de formación',
      description: 'Dar a los participantes un sistema seguro y realista en el que practicar.',
    },
    'trainer.training-environment.training-instance': {
      name: 'Instancia de formación',
      description:
        'Prepara y renueva una instancia de formación con la configuración actual y datos realistas que no sean personales.',
    },
    'trainer.training-environment.trainee-accounts': {
      name: 'Cuentas de participantes',
      description:
        'Crea de forma masiva cuentas de participantes con los roles y las unidades adecuados, y después las restablece o elimina.',
    },
    'trainer.training-environment.devices-and-connectivity': {
      name: 'Dispositivos y conectividad',
      description:
        'Prepara computadoras portátiles, dispositivos Android y acceso a internet para una sesión, con una alternativa para cuando falla la red.',
    },
    'trainer.evaluation': {
      name: 'Evaluación y seguimiento de la formación',
      description: 'Averiguar si la formación funcionó y apoyar a las personas después.',
    },
    'trainer.evaluation.knowledge-tests': {
      name: 'Pruebas antes y después',
      description: 'Usa pruebas breves antes y después de una formación para medir lo aprendido.',
    },
    'trainer.evaluation.participant-feedback': {
      name: 'Retroalimentación de los participantes',
      description: 'Recoge la retroalimentación de los participantes y modifica el curso en función de ella.',
    },
    'trainer.evaluation.on-the-job-follow-up': {
      name: 'Seguimiento en el puesto de trabajo',
      description:
        'Da seguimiento después de la formación mediante visitas de supervisión, tasas de reporte o uso del sistema para ver si la práctica cambió.',
    },
    'trainer.evaluation.training-records': {
      name: 'Registros de formación',
      description:
        'Lleva un registro de quién recibió formación en qué y cuándo, y de los certificados emitidos.',
    },
    'trainer.use-topics': {
      name: 'Enseñar el uso de DHIS2',
      description:
        'Formar a las personas para usar el sistema y los procesos que lo rodean (Formador – Programa).',
    },
    'trainer.use-topics.data-entry': {
      name: 'Enseñar el ingreso de datos',
      description:
        'Enseña el ingreso de datos agregados y la captura de datos tracker en la web y en la aplicación Android, incluido el trabajo sin conexión.',
    },
    'trainer.use-topics.analysis-tools': {
      name: 'Enseñar las aplicaciones de análisis',
      description:
        'Enseña el Visualizador de datos, Mapas, Line Listing y los tableros con los propios indicadores del programa.',
    },
    'trainer.use-topics.data-quality-and-use': {
      name: 'Enseñar calidad y uso de datos',
      description:
        'Enseña a verificar la calidad de los datos y a usar los resultados en las reuniones de revisión y en la toma de decisiones.',
    },
    'trainer.use-topics.procedures': {
      name: 'Enseñar los procedimientos',
      description:
        'Enseña los procedimientos operativos estándar y el calendario de reportes que acompañan al sistema.',
    },
    'trainer.configuration-topics': {
      name: 'Enseñar la configuración de DHIS2',
      description:
        'Formar a los administradores para configurar el sistema y dar soporte (Formador – Técnico).',
    },
    'trainer.configuration-topics.aggregate-configuration': {
      name: 'Enseñar la configuración de datos agregados',
      description:
        'Enseña cómo se configuran los elementos de datos, las combinaciones de categorías, los conjuntos de datos y los indicadores.',
    },
    'trainer.configuration-topics.tracker-configuration': {
      name: 'Enseñar la configuración de tracker',
      description:
        'Enseña cómo se configuran los programas tracker y de eventos, las etapas y las reglas de programa.',
    },
    'trainer.configuration-topics.user-management': {
      name: 'Enseñar la gestión de usuarios',
      description:
        'Enseña a los administradores subnacionales a gestionar cuentas, roles de usuario, grupos de usuarios y uso compartido dentro de sus unidades.',
    },
    'trainer.configuration-topics.first-line-support': {
      name: 'Enseñar el soporte de primer nivel',
      description:
        'Enseña a los administradores subnacionales a resolver por sí mismos los problemas comunes de los usuarios y a escalar bien el resto.',
    },
    'trainer.learning-content': {
      name: 'Contenidos y herramientas de aprendizaje',
      description:
        'Crear contenidos de aprendizaje con las herramientas del entorno de DHIS2 (Formador – General).',
    },
    'trainer.learning-content.video': {
      name: 'Videotutoriales',
      description: 'Graba y edita videos cortos de captura de pantalla que muestran una tarea cada uno.',
    },
    'trainer.learning-content.images': {
      name: 'Capturas de pantalla y gráficos',
      description:
        'Produce capturas de pantalla anotadas y gráficos sencillos que hacen fácil seguir cada paso.',
    },
    'trainer.learning-content.learning-platform': {
      name: 'Plataforma de aprendizaje',
      description:
        'Crea cursos autodirigidos con cuestionarios e inscripción en una plataforma de gestión del aprendizaje como Moodle.',
    },
    'trainer.learning-content.content-maintenance': {
      name: 'Actualización de contenidos',
      description:
        'Mantiene versionados los contenidos de aprendizaje y los actualiza tras las actualizaciones de versión de DHIS2 o los cambios de configuración.',
    },
    // ---------------------------------------------------------------------------------------------
    'server-administrator': {
      name: 'Administrador de servidores',
      description:
        'Mantener los servidores y las instancias de DHIS2 disponibles, rápidos y seguros, solo o con un proveedor de alojamiento.',
    },
    'server-administrator.operating-system': {
      name: 'Sistema operativo Linux',
      description: 'Administrar y proteger los servidores Linux en los que se aloja DHIS2.',
    },
    'server-administrator.operating-system.command-line': {
      name: 'Línea de comandos de Linux',
      description:
        'Trabaja con soltura en la terminal: archivos y permisos, procesos, servicios con systemd, paquetes y registros.',
    },
    'server-administrator.operating-system.ssh-access': {
      name: 'Acceso remoto seguro',
      description:
        'Permite SSH solo con claves, desactiva el inicio de sesión como root y da permisos sudo a administradores identificados por nombre en lugar de usar cuentas compartidas.',
    },
    'server-administrator.operating-system.patching': {
      name: 'Parches de seguridad',
      description:
        'Aplica las actualizaciones de seguridad del sistema operativo según un calendario, con reinicios planificados, y mantiene una versión con soporte.',
    },
    'server-administrator.operating-system.containers': {
      name: 'Aislamiento de servicios',
      description:
        'Ejecuta la base de datos, DHIS2 y el proxy en contenedores o máquinas separados, para que comprometer uno no exponga a todos.',
    },
    'server-administrator.operating-system.resources': {
      name: 'Disco, memoria y registros',
      description:
        'Vigila el espacio en disco, la memoria y la CPU, rota los registros y amplía el almacenamiento antes de que se agote.',
    },
    'server-administrator.postgresql': {
      name: 'PostgreSQL',
      description: 'Administrar la base de datos de la que depende DHIS2.',
    },
    'server-administrator.postgresql.installation-and-tuning': {
      name: 'Instalación y ajuste',
      description:
        'Instala una versión de PostgreSQL y PostGIS con soporte y ajusta la memoria y las conexiones para DHIS2.',
    },
    'server-administrator.postgresql.access-control': {
      name: 'Control de acceso a la base de datos',
      description:
        'Da a los roles de la base de datos solo los privilegios que necesitan y limita las conexiones con reglas de acceso por host.',
    },
    'server-administrator.postgresql.maintenance': {
      name: 'Mantenimiento de la base de datos',
      description:
        'Vigila el tamaño de la base de datos, el vacuum y las consultas lentas, y planifica ventanas de mantenimiento.',
    },
    'server-administrator.postgresql.sql-troubleshooting': {
      name: 'SQL para diagnóstico',
      description:
        'Escribe consultas SQL de solo lectura para investigar problemas sin cambiar datos ni eludir DHIS2.',
    },
    'server-administrator.dhis2-application': {
      name: 'Aplicación DHIS2',
      description: 'Instalar, configurar y proteger instancias de DHIS2.',
    },
    'server-administrator.dhis2-application.configuration-file': {
      name: 'Configuración de DHIS2',
      description:
        'Prepara el directorio DHIS2 home y el archivo de configuración: conexión a la base de datos, contraseña de cifrado, almacenamiento de archivos y URL base del servidor.',
    },
    'server-administrator.dhis2-application.privileged-accounts': {
      name: 'Cuentas privilegiadas',
      description:
        'Elimina las cuentas y contraseñas predeterminadas, limita los superusuarios a unas pocas personas identificadas y les exige autenticación en dos factores.',
    },
    'server-administrator.dhis2-application.instances': {
      name: 'Gestión de instancias',
      description:
        'Crea, traslada y elimina instancias de producción, preproducción, formación y desarrollo, cada una con un propósito claro.',
    },
    'server-administrator.dhis2-application.security-settings': {
      name: 'Configuración de seguridad',
      description:
        'Define las reglas de contraseñas, el bloqueo temporal tras inicios de sesión fallidos y los orígenes permitidos (CORS) en la aplicación Configuración del sistema.',
    },
    'server-administrator.web-tier': {
      name: 'Proxy inverso, TLS y Tomcat',
      description:
        'Las capas entre los usuarios y DHIS2: el proxy web, el cifrado y el servidor de aplicaciones Java.',
    },
    'server-administrator.web-tier.reverse-proxy': {
      name: 'Proxy inverso',
      description:
        'Configura nginx o Apache delante de DHIS2, con límites de carga de archivos, tiempos de espera y caché razonables.',
    },
    'server-administrator.web-tier.tls': {
      name: 'Certificados TLS',
      description:
        'Obtiene y renueva los certificados automáticamente, permite solo versiones actuales de los protocolos y redirige todo el tráfico a HTTPS.',
    },
    'server-administrator.web-tier.security-headers': {
      name: 'Encabezados de seguridad y límites de solicitudes',
      description:
        'Agrega encabezados de seguridad como HSTS, oculta los detalles de versión y limita la tasa de solicitudes en el inicio de sesión.',
    },
    'server-administrator.web-tier.tomcat-setup': {
      name: 'Instalación y endurecimiento de Tomcat',
      description:
        'Ejecuta Tomcat con un usuario sin privilegios y la versión de Java que DHIS2 necesita, elimina las aplicaciones predeterminadas y escucha solo detrás del proxy.',
    },
    'server-administrator.web-tier.jvm-memory': {
      name: 'Memoria de Java',
      description:
        'Dimensiona el heap de Java según el servidor y reconoce las señales de presión de memoria en los registros y en el comportamiento.',
    },
    'server-administrator.web-tier.application-logs': {
      name: 'Registros de la aplicación',
      description:
        'Lee los registros de Tomcat y de DHIS2 para averiguar por qué una instancia no arranca o por qué falla una solicitud.',
    },
    'server-administrator.network': {
      name: 'Red y firewall',
      description: 'Exponer solo lo que debe exponerse y ver venir los ataques.',
    },
    'server-administrator.network.firewall': {
      name: 'Firewall por capas',
      description:
        'Configura firewalls de host y de red para que solo el tráfico web sea público y los puertos de administración estén restringidos.',
    },
    'server-administrator.network.private-networking': {
      name: 'Red privada',
      description:
        'Mantiene la base de datos y los servicios internos en una red privada, inaccesibles desde internet.',
    },
    'server-administrator.network.dns-and-domains': {
      name: 'DNS y nombres de dominio',
      description:
        'Gestiona los nombres de dominio y los registros DNS de cada instancia y mantiene al día su renovación.',
    },
    'server-administrator.network.intrusion-detection': {
      name: 'Detección de intrusiones',
      description:
        'Bloquea automáticamente los inicios de sesión fallidos repetidos y revisa los registros de acceso en busca de señales de ataque.',
    },
    'server-administrator.backups': {
      name: 'Copias de seguridad y recuperación',
      description: 'Poder restablecer el sistema después de una falla, un error o un ataque.',
    },
    'server-administrator.backups.automated-backups': {
      name: 'Copias de seguridad automáticas',
      description:
        'Hace cada día copias de seguridad automáticas de la base de datos y del almacenamiento de archivos, y recibe una alerta cuando una copia falla.',
    },
    'server-administrator.backups.off-site-copies': {
      name: 'Copias fuera del sitio',
      description:
        'Guarda copias cifradas de las copias de seguridad en otra ubicación, con un periodo de retención acordado con el ministerio.',
    },
    'server-administrator.backups.restore-tests': {
      name: 'Pruebas de restauración',
      description:
        'Restaura periódicamente las copias de seguridad en una máquina aparte para comprobar que funcionan y saber cuánto tarda.',
    },
    'server-administrator.backups.recovery-plan': {
      name: 'Plan de recuperación',
      description:
        'Mantiene un plan escrito para recuperarse de la pérdida de un servidor, con la pérdida de datos y el tiempo de inactividad que el ministerio acepta.',
    },
    'server-administrator.monitoring': {
      name: 'Monitoreo y rendimiento',
      description:
        'Enterarse de los problemas antes de que los usuarios los reporten, y corregir la lentitud.',
    },
    'server-administrator.monitoring.uptime-and-alerts': {
      name: 'Disponibilidad y alertas',
      description:
        'Monitorea la disponibilidad, los recursos y el vencimiento de los certificados con una herramienta de monitoreo, y recibe alertas cuando hay problemas.',
    },
    'server-administrator.monitoring.performance-troubleshooting': {
      name: 'Diagnóstico de rendimiento',
      description:
        'Encuentra la causa de la lentitud, como una ejecución de analítica, una consulta lenta o la presión de memoria, con herramientas de perfilado y de base de datos.',
    },
    'server-administrator.monitoring.capacity-planning': {
      name: 'Planificación de capacidad',
      description:
        'Dimensiona los servidores según el número de usuarios y el crecimiento de los datos, y compara el alojamiento en la nube con el local.',
    },
    'server-administrator.upgrades': {
      name: 'Actualizaciones de versión',
      description:
        'Mantener DHIS2 y la plataforma sobre la que funciona en versiones con soporte y con los parches al día.',
    },
    'server-administrator.upgrades.patch-releases': {
      name: 'Versiones de parche',
      description:
        'Aplica las versiones de parche de DHIS2 cada cuatro a seis semanas, primero en preproducción y luego en producción.',
    },
    'server-administrator.upgrades.major-upgrades': {
      name: 'Actualizaciones a versiones mayores',
      description:
        'Planifica con los implementadores alrededor de una actualización mayor al año: probada en una copia de producción, anunciada y realizada en una ventana de mantenimiento.',
    },
    'server-administrator.upgrades.platform-upgrades': {
      name: 'Actualizaciones de la plataforma',
      description:
        'Actualiza PostgreSQL, Java y el sistema operativo cuando las versiones de DHIS2 lo requieren o lo admiten.',
    },
    'server-administrator.upgrades.rollback': {
      name: 'Reversión',
      description:
        'Mantiene una vía de retorno probada, con una copia de seguridad y la versión anterior, por si falla una actualización.',
    },
    'server-administrator.governance': {
      name: 'Gobernanza de la seguridad y respuesta a incidentes',
      description: 'Las reglas, los registros y los acuerdos que mantienen los servidores bajo control.',
    },
    'server-administrator.governance.incident-response': {
      name: 'Respuesta a incidentes',
      description:
        'Sigue un procedimiento acordado cuando ocurre una brecha de seguridad o una caída del servicio: contener, informar a las personas indicadas, recuperar y aprender.',
    },
    'server-administrator.governance.access-reviews': {
      name: 'Revisión de accesos y desvinculación',
      description:
        'Revisa quién tiene acceso al servidor, a la base de datos y como superusuario, y lo retira sin demora cuando las personas se van.',
    },
    'server-administrator.governance.documentation': {
      name: 'Documentación de los servidores',
      description:
        'Documenta los servidores, las instancias, los procedimientos y dónde se guardan las credenciales, para que otra persona pueda hacerse cargo.',
    },
    'server-administrator.governance.hosting-agreements': {
      name: 'Acuerdos de alojamiento y de datos',
      description:
        'Se asegura de que los acuerdos con los proveedores de alojamiento establezcan dónde se guardan los datos, quién puede acceder a ellos y qué ocurre cuando termina el contrato.',
    },
    'server-administrator.governance.audit-trails': {
      name: 'Pistas de auditoría',
      description:
        'Usa los registros de auditoría de DHIS2 y los registros del servidor para averiguar quién cambió qué y cuándo.',
    },
  },
};
