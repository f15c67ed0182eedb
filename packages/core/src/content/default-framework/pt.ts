import type { FrameworkTranslation } from './framework-translation.js';

/**
 * The built-in DHIS2 core team framework in Portuguese, as written for ministries of health and
 * HIS/HMIS teams in Mozambique, Angola, Guinea-Bissau, Cabo Verde, São Tomé and Príncipe and
 * Timor-Leste (European/African spelling, with the 1990 orthographic agreement: "utilizador",
 * "equipa", "ficheiro", "palavra-passe"). DHIS2 terms follow DHIS2's own Portuguese interface
 * (conjuntos de dados, unidades organizacionais, programas tracker, estágios do programa, regras de
 * programa, entidades rastreadas, autoridades, funções de utilizador, partilha).
 */
export const DEFAULT_FRAMEWORK_PT: FrameworkTranslation = {
  name: 'Quadro de capacidades da equipa central DHIS2',
  description:
    'As competências de que uma equipa central DHIS2 precisa nas suas cinco funções avaliadas: Responsável operacional, Implementador – Programa, Implementador – Técnico, Formador e Administrador de servidores. As pontuações estabelecem uma linha de base para o desenvolvimento de capacidades; não são uma avaliação de desempenho.',
  ratingScale: {
    levels: [
      {
        name: 'Sem experiência',
        description: 'Ainda não o fez, ou apenas viu outra pessoa fazê-lo.',
      },
      {
        name: 'Básico',
        description:
          'Já o fez algumas vezes com orientação e ainda precisa de ajuda para o concluir ou para o fazer bem.',
      },
      {
        name: 'Autónomo',
        description:
          'Fá-lo sozinho e de forma fiável na nossa própria implementação, consultando informação quando necessário.',
      },
      {
        name: 'Especialista',
        description:
          'Resolve os casos invulgares, define como se faz aqui, e pode ensinar ou orientar outras pessoas.',
      },
    ],
    notApplicable: {
      name: 'Não aplicável',
      description:
        'Não faz parte do trabalho desta pessoa, ou não é usado nesta implementação. Excluído de todas as pontuações.',
    },
  },
  elements: {
    // -----------------------------------------------------------------------------------------
    'operational-lead': {
      name: 'Responsável operacional',
      description:
        'Liderar a equipa central e conduzir o DHIS2 como um sistema integrado único para todo o ministério.',
    },
    'operational-lead.governance-and-coordination': {
      name: 'Governação e coordenação',
      description:
        'Trabalhar com o órgão que define as prioridades do DHIS2, e com os parceiros e os programas.',
    },
    'operational-lead.governance-and-coordination.governance-committee': {
      name: 'Trabalho com o comité de governação',
      description:
        'Prepara as agendas, os relatórios de progresso e as decisões do comité que orienta o DHIS2, e acompanha a execução das suas decisões.',
    },
    'operational-lead.governance-and-coordination.partner-coordination': {
      name: 'Coordenação dos parceiros',
      description:
        'Mantém as atividades e o financiamento DHIS2 dos parceiros alinhados com o plano do ministério e evita sistemas paralelos.',
    },
    'operational-lead.governance-and-coordination.programme-onboarding': {
      name: 'Integração dos programas de saúde',
      description:
        'Acorda com os gestores de programa a forma como os seus dados passam para o sistema integrado, em vez de uma ferramenta separada.',
    },
    'operational-lead.governance-and-coordination.reporting-to-leadership': {
      name: 'Prestação de contas à direção do ministério',
      description:
        'Explica aos altos responsáveis o progresso, os riscos e as decisões necessárias, em termos que lhes permitam agir.',
    },
    'operational-lead.planning-and-budgeting': {
      name: 'Planeamento e orçamentação',
      description:
        'Transformar a estratégia do SIS num plano de trabalho DHIS2 orçamentado e nos fundos para o executar.',
    },
    'operational-lead.planning-and-budgeting.annual-work-plan': {
      name: 'Plano de trabalho anual',
      description:
        'Elabora um plano de trabalho anual do DHIS2 ligado à estratégia nacional de informação de saúde e acordado com o órgão de governação.',
    },
    'operational-lead.planning-and-budgeting.costing': {
      name: 'Orçamentação e acompanhamento do orçamento',
      description:
        'Estima o custo do alojamento, do pessoal, da formação, dos dispositivos e das deslocações, e acompanha as despesas face ao orçamento.',
    },
    'operational-lead.planning-and-budgeting.funding-proposals': {
      name: 'Propostas de financiamento',
      description:
        'Redige notas conceptuais e propostas que pedem financiamento ou assistência técnica aos parceiros, apoiadas nos resultados das avaliações.',
    },
    'operational-lead.planning-and-budgeting.sustainable-financing': {
      name: 'Financiamento sustentável',
      description:
        'Trabalha para passar os salários da equipa central e o alojamento para o orçamento ordinário do Estado, com um plano de saída para os postos financiados por parceiros.',
    },
    'operational-lead.project-management': {
      name: 'Gestão de projetos',
      description:
        'Conduzir projetos DHIS2, como um novo programa ou uma expansão nacional, do início ao fim.',
    },
    'operational-lead.project-management.scope-and-milestones': {
      name: 'Âmbito e marcos',
      description:
        'Divide um projeto em âmbito, marcos e responsabilidades atribuídas a pessoas concretas, acordados pela equipa e pelos parceiros.',
    },
    'operational-lead.project-management.task-tracking': {
      name: 'Acompanhamento do trabalho da equipa',
      description:
        'Mantém atualizada uma lista de tarefas partilhada ou um sistema de registo de pedidos, e acompanha os prazos com a equipa.',
    },
    'operational-lead.project-management.risks-and-issues': {
      name: 'Riscos e problemas',
      description:
        'Mantém um registo de riscos e problemas, decide o que fazer em cada caso e leva os bloqueios ao nível superior a tempo.',
    },
    'operational-lead.project-management.roll-out-planning': {
      name: 'Planeamento da expansão',
      description:
        'Planeia uma expansão faseada, dos distritos-piloto à escala nacional, incluindo formação, contas e dispositivos.',
    },
    'operational-lead.project-management.change-requests': {
      name: 'Pedidos de alteração',
      description:
        'Pondera cada alteração pedida quanto ao esforço e ao impacto, e faz com que seja priorizada pelo órgão competente.',
    },
    'operational-lead.his-architecture': {
      name: 'Arquitetura da informação de saúde e estratégia de integração',
      description: 'Saber onde o DHIS2 se situa entre os sistemas do país e que dados devem fluir para onde.',
    },
    'operational-lead.his-architecture.system-landscape': {
      name: 'Panorama dos sistemas',
      description:
        'Mapeia os sistemas de informação de saúde do país (logística, recursos humanos, registos de pacientes, registo civil, registo de unidades sanitárias) e as suas ligações ao DHIS2.',
    },
    'operational-lead.his-architecture.exchange-priorities': {
      name: 'Prioridades de troca de dados',
      description:
        'Decide que trocas de dados importam mais, como relatórios agregados a partir dos registos de pacientes ou dados de stocks, e por que ordem as construir.',
    },
    'operational-lead.his-architecture.standards': {
      name: 'Normas e registos partilhados',
      description:
        'Compreende porque é que uma lista mestra de unidades sanitárias, listas de códigos partilhadas e normas de troca como ADX ou FHIR são importantes, e defende-as.',
    },
    'operational-lead.his-architecture.data-sharing-agreements': {
      name: 'Acordos de partilha de dados',
      description:
        'Estabelece acordos que definem que dados são partilhados com que instituição, para que fim e com que proteção.',
    },
    'operational-lead.team-development': {
      name: 'Desenvolvimento e retenção da equipa',
      description:
        'Desenvolver as competências da equipa central ao longo do tempo e manter as pessoas que as têm.',
    },
    'operational-lead.team-development.roles-and-terms-of-reference': {
      name: 'Funções e termos de referência',
      description:
        'Define as funções e os termos de referência da equipa central e faz a correspondência com os cargos locais.',
    },
    'operational-lead.team-development.capacity-building-plan': {
      name: 'Plano de desenvolvimento de capacidades',
      description:
        'Transforma os resultados da avaliação de necessidades num plano orçamentado de longo prazo para cada membro e revê-o todos os anos.',
    },
    'operational-lead.team-development.growth-opportunities': {
      name: 'Oportunidades de crescimento',
      description:
        'Encontra academias, mentoria, funções de especialista regional, bolsas de estudo e conferências que mantêm motivado o pessoal qualificado.',
    },
    'operational-lead.team-development.succession': {
      name: 'Sucessão e passagem de testemunho',
      description:
        'Garante que nenhuma tarefa depende de uma só pessoa e que o conhecimento é transmitido quando alguém sai.',
    },
    'operational-lead.procedures': {
      name: 'Normas e procedimentos operacionais',
      description: 'As regras que mantêm o sistema coerente, seguro e fácil de manter ao longo dos anos.',
    },
    'operational-lead.procedures.metadata-governance': {
      name: 'Governação dos metadados',
      description:
        'Define quem pode criar ou alterar elementos de dados, indicadores e programas, as regras de nomenclatura e como os novos são aprovados.',
    },
    'operational-lead.procedures.release-process': {
      name: 'Processo de publicação',
      description:
        'Garante que as alterações de configuração e as atualizações de versão passam do desenvolvimento aos testes e depois à produção, com notas para os utilizadores.',
    },
    'operational-lead.procedures.user-account-policy': {
      name: 'Política de contas de utilizador',
      description:
        'Põe em prática a forma como as contas são pedidas, aprovadas e encerradas, incluindo a remoção de acessos quando o pessoal sai.',
    },
    'operational-lead.procedures.reporting-calendar': {
      name: 'Calendário de reporte',
      description:
        'Acorda com os programas e as regiões os prazos de reporte, as expectativas de completude e as etapas de aprovação dos dados.',
    },
    'operational-lead.procedures.privacy-and-security-policy': {
      name: 'Política de privacidade e segurança',
      description:
        'Garante que existem regras para os dados pessoais, a confidencialidade e a resposta a incidentes, e que a equipa as cumpre.',
    },
    'operational-lead.data-use': {
      name: 'Promoção do uso dos dados',
      description:
        'Garantir que os dados do DHIS2 são consultados e usados nas decisões, e não apenas recolhidos.',
    },
    'operational-lead.data-use.review-meetings': {
      name: 'Reuniões de revisão de dados',
      description:
        'Organiza reuniões regulares em que os gestores nacionais e subnacionais analisam os dados do DHIS2 e acordam ações.',
    },
    'operational-lead.data-use.information-products': {
      name: 'Produtos de informação',
      description:
        'Encomenda boletins, scorecards e painéis que respondem às perguntas que os decisores realmente fazem.',
    },
    'operational-lead.data-use.data-quality-accountability': {
      name: 'Responsabilização pela qualidade dos dados',
      description:
        'Faz da qualidade dos dados uma responsabilidade partilhada, com retroinformação regular às unidades que reportam.',
    },
    'operational-lead.data-use.advocacy': {
      name: 'Advocacia pelo uso dos dados',
      description:
        'Incentiva os dirigentes a citar dados do DHIS2 nos planos e nas decisões, e mostra exemplos em que isso fez a diferença.',
    },
    'operational-lead.implementation-oversight': {
      name: 'Supervisão da implementação',
      description: 'Saber como o sistema está a funcionar e agir em conformidade.',
    },
    'operational-lead.implementation-oversight.reporting-performance': {
      name: 'Desempenho do reporte',
      description:
        'Acompanha as taxas de reporte, a pontualidade e os números de utilização do sistema para avaliar como corre a implementação.',
    },
    'operational-lead.implementation-oversight.user-feedback': {
      name: 'Opiniões dos utilizadores',
      description:
        'Recolhe as opiniões dos utilizadores e dos programas e transforma-as numa lista priorizada de melhorias.',
    },
    'operational-lead.implementation-oversight.service-providers': {
      name: 'Prestadores de serviços',
      description:
        'Gere os contratos e os níveis de serviço com os fornecedores de alojamento e os consultores, e verifica se são cumpridos.',
    },
    // -----------------------------------------------------------------------------------------
    'implementer-program': {
      name: 'Implementador – Programa',
      description:
        'Compreender as necessidades dos programas e transformá-las em conceções, documentação, rotinas de qualidade dos dados e uso dos dados.',
    },
    'implementer-program.requirements': {
      name: 'Levantamento e harmonização de requisitos',
      description: 'Apurar de que informação um programa precisa e integrá-la num sistema único e coerente.',
    },
    'implementer-program.requirements.workshops': {
      name: 'Oficinas de requisitos',
      description:
        'Conduz sessões com o pessoal dos programas que registam as suas necessidades de informação, decisões e relatórios.',
    },
    'implementer-program.requirements.form-review': {
      name: 'Revisão de formulários e livros de registo',
      description:
        'Analisa os formulários em papel, livros de registo e relatórios existentes para encontrar sobreposições, lacunas e dados duplicados.',
    },
    'implementer-program.requirements.indicator-harmonisation': {
      name: 'Harmonização de indicadores',
      description:
        'Alinha indicadores e elementos de dados entre programas e com as normas nacionais e internacionais, eliminando duplicados.',
    },
    'implementer-program.requirements.workflow-analysis': {
      name: 'Análise dos fluxos de trabalho',
      description:
        'Descreve quem recolhe o quê, quando e a que nível, e onde o DHIS2 altera o trabalho diário.',
    },
    'implementer-program.requirements.fit-assessment': {
      name: 'Adequação ao DHIS2 padrão',
      description:
        'Avalia que necessidades as funcionalidades padrão do DHIS2 satisfazem, e quando é preferível uma aplicação à medida, outra ferramenta ou uma alteração ao pedido.',
    },
    'implementer-program.aggregate-design': {
      name: 'Conceção de indicadores e conjuntos de dados',
      description: 'Conceber um reporte agregado fácil de preencher e que se analise bem ao longo do tempo.',
    },
    'implementer-program.aggregate-design.data-sets': {
      name: 'Conceção de conjuntos de dados',
      description:
        'Concebe conjuntos de dados: período de reporte, unidades que reportam, secções e uma disposição do formulário que corresponda ao formulário em papel.',
    },
    'implementer-program.aggregate-design.disaggregations': {
      name: 'Desagregações',
      description:
        'Escolhe desagregações, como idade e sexo, que possam ser comparadas entre conjuntos de dados e anos, e evita as desnecessárias.',
    },
    'implementer-program.aggregate-design.indicator-definitions': {
      name: 'Definição de indicadores',
      description:
        'Define indicadores com numerador, denominador e fator, e regista-os numa ficha de referência de indicadores.',
    },
    'implementer-program.aggregate-design.organisation-units': {
      name: 'Conceção das unidades organizacionais',
      description:
        'Concebe a hierarquia de unidades organizacionais, os seus níveis e os grupos usados na análise, como a propriedade ou o tipo de unidade sanitária.',
    },
    'implementer-program.aggregate-design.denominators': {
      name: 'Dados populacionais e metas',
      description:
        'Planeia de onde vêm os números da população e das metas, para que os indicadores de cobertura possam ser calculados.',
    },
    'implementer-program.tracker-design': {
      name: 'Conceção de programas tracker',
      description: 'Conceber a recolha de dados individuais que apoia o fluxo de cuidados ou de seguimento.',
    },
    'implementer-program.tracker-design.tracker-or-aggregate': {
      name: 'Escolher entre tracker, eventos ou agregado',
      description:
        'Decide quando os dados individuais compensam o seu custo em esforço e em privacidade, e quando os dados agregados bastam.',
    },
    'implementer-program.tracker-design.program-structure': {
      name: 'Estrutura do programa',
      description:
        'Concebe o tipo de entidade rastreada, os atributos, a inscrição, os estágios do programa e os estágios repetíveis para um fluxo de trabalho.',
    },
    'implementer-program.tracker-design.business-rules': {
      name: 'Regras de negócio',
      description:
        'Escreve em linguagem simples a lógica de saltos, as validações e os valores calculados, para que possam ser construídos como regras de programa.',
    },
    'implementer-program.tracker-design.follow-up-workflows': {
      name: 'Fluxos de seguimento',
      description:
        'Concebe listas de trabalho, visitas em atraso, referências e relações para que o pessoal encontre quem precisa de atenção.',
    },
    'implementer-program.tracker-design.privacy-by-design': {
      name: 'Privacidade desde a conceção',
      description:
        'Recolhe apenas os dados pessoais de que um programa precisa e decide que atributos são pesquisáveis e quem os pode ver.',
    },
    'implementer-program.documentation': {
      name: 'Documentação',
      description:
        'Registar por escrito o que foi construído e porquê, para que outros o possam usar e manter.',
    },
    'implementer-program.documentation.design-document': {
      name: 'Documento de conceção do sistema',
      description:
        'Mantém um documento de conceção para cada programa, que regista as decisões de configuração e as suas razões.',
    },
    'implementer-program.documentation.data-dictionary': {
      name: 'Dicionário de dados',
      description:
        'Mantém um dicionário de elementos de dados e indicadores, com definições que os utilizadores podem consultar.',
    },
    'implementer-program.documentation.operating-procedures': {
      name: 'Procedimentos operacionais padrão',
      description:
        'Escreve procedimentos de introdução, revisão, aprovação e correção de dados que correspondem ao sistema configurado.',
    },
    'implementer-program.documentation.user-guides': {
      name: 'Guias do utilizador',
      description:
        'Escreve guias curtos e atualizados, com capturas de ecrã, para as tarefas que os utilizadores realizam no sistema configurado.',
    },
    'implementer-program.analysis-and-dashboards': {
      name: 'Análise de dados e painéis',
      description: 'Criar produtos que respondam às perguntas dos programas, e interpretá-los corretamente.',
    },
    'implementer-program.analysis-and-dashboards.data-visualizer': {
      name: 'Tabelas dinâmicas e gráficos',
      description:
        'Cria tabelas dinâmicas e gráficos no Visualizador de dados, com a escolha certa de dados, períodos, unidades organizacionais e dimensões.',
    },
    'implementer-program.analysis-and-dashboards.maps': {
      name: 'Mapas',
      description:
        'Cria mapas temáticos, de unidades sanitárias e de eventos na aplicação Mapas, com legendas que tornam o padrão evidente.',
    },
    'implementer-program.analysis-and-dashboards.dashboards': {
      name: 'Painéis',
      description:
        'Concebe painéis para um público específico e partilha-os com os grupos de utilizadores certos.',
    },
    'implementer-program.analysis-and-dashboards.tracker-analysis': {
      name: 'Análise de dados tracker',
      description:
        'Analisa dados individuais com o Line Listing, relatórios de eventos e indicadores de programa.',
    },
    'implementer-program.analysis-and-dashboards.interpretation': {
      name: 'Interpretação dos resultados',
      description:
        'Explica o que os números mostram e os seus limites, e escreve interpretações e boletins com mensagens claras.',
    },
    'implementer-program.data-quality': {
      name: 'Rotinas de qualidade dos dados',
      description:
        'Detetar e corrigir problemas nos dados de forma rotineira, perto do local onde são recolhidos.',
    },
    'implementer-program.data-quality.validation-rules-design': {
      name: 'Conceção das verificações de validação',
      description:
        'Acorda com os programas as regras de validação e os intervalos de valores esperados, para que os erros sejam detetados na introdução.',
    },
    'implementer-program.data-quality.data-quality-app': {
      name: 'Aplicação Qualidade de Dados',
      description:
        'Executa a análise das regras de validação, a deteção de valores atípicos e a análise de seguimento, e faz verificar os valores suspeitos.',
    },
    'implementer-program.data-quality.completeness-and-timeliness': {
      name: 'Completude e pontualidade',
      description:
        'Acompanha as taxas de reporte e a pontualidade, e contacta as unidades que reportam com atraso ou não reportam.',
    },
    'implementer-program.data-quality.annual-review': {
      name: 'Revisões da qualidade dos dados',
      description:
        'Realiza uma revisão periódica da consistência ao longo do tempo e entre indicadores relacionados, por exemplo com a Ferramenta de Qualidade de Dados da OMS.',
    },
    'implementer-program.data-quality.feedback': {
      name: 'Retroinformação às unidades que reportam',
      description:
        'Envia regularmente retroinformação sobre a qualidade dos dados aos distritos e às unidades sanitárias e verifica que os problemas são corrigidos.',
    },
    'implementer-program.testing-and-piloting': {
      name: 'Testes e pilotagem',
      description: 'Verificar que uma configuração faz o que o programa precisa antes de ser expandida.',
    },
    'implementer-program.testing-and-piloting.test-scenarios': {
      name: 'Cenários de teste',
      description:
        'Escreve casos de teste a partir dos requisitos, como que aviso deve aparecer para que valor introduzido.',
    },
    'implementer-program.testing-and-piloting.acceptance-testing': {
      name: 'Testes de aceitação',
      description:
        'Conduz sessões de testes de aceitação com o pessoal dos programas e leva cada constatação até uma decisão.',
    },
    'implementer-program.testing-and-piloting.pilot-review': {
      name: 'Avaliação do piloto',
      description:
        'Realiza um piloto em poucos locais, analisa o que funcionou e o que não funcionou, e faz ajustes antes da expansão.',
    },
    'implementer-program.user-support': {
      name: 'Apoio aos utilizadores',
      description: 'Ajudar os utilizadores com problemas que o nível subnacional não consegue resolver.',
    },
    'implementer-program.user-support.triage': {
      name: 'Triagem',
      description:
        'Regista as perguntas recebidas e distingue entre erro do utilizador, problema de configuração e erro do software.',
    },
    'implementer-program.user-support.troubleshooting': {
      name: 'Resolução de problemas comuns',
      description:
        'Resolve problemas frequentes, como um formulário em falta, dados que não aparecem na análise ou uma conta que não consegue iniciar sessão.',
    },
    'implementer-program.user-support.sub-national-network': {
      name: 'Trabalho com os administradores subnacionais',
      description:
        'Apoia os administradores distritais e regionais, que são o primeiro ponto de contacto dos utilizadores, e aprende com os seus casos.',
    },
    'implementer-program.user-support.community-of-practice': {
      name: 'Recurso à comunidade DHIS2',
      description:
        'Pesquisa na documentação do DHIS2 e na Community of Practice, faz lá boas perguntas e reporta erros com passos claros.',
    },
    // -----------------------------------------------------------------------------------------
    'implementer-technical': {
      name: 'Implementador – Técnico',
      description:
        'Construir e manter a configuração DHIS2: metadados, programas tracker, controlo de acessos, troca de dados e Android.',
    },
    'implementer-technical.aggregate-configuration': {
      name: 'Configuração de dados agregados',
      description: 'Configurar os metadados por trás do reporte agregado de rotina.',
    },
    'implementer-technical.aggregate-configuration.data-elements': {
      name: 'Elementos de dados',
      description:
        'Cria elementos de dados com o tipo de valor, o tipo de agregação e o domínio corretos, e sabe quando os zeros devem ser armazenados.',
    },
    'implementer-technical.aggregate-configuration.category-combinations': {
      name: 'Categorias e combinações de categorias',
      description:
        'Cria opções de categoria, categorias e combinações de categorias, e sabe o efeito que alterá-las tem nos dados já introduzidos.',
    },
    'implementer-technical.aggregate-configuration.data-sets-and-forms': {
      name: 'Conjuntos de dados e formulários',
      description:
        'Configura conjuntos de dados: tipo de período, dias de expiração, unidades atribuídas e formulários de introdução de dados por secções ou personalizados.',
    },
    'implementer-technical.aggregate-configuration.organisation-units': {
      name: 'Unidades organizacionais e grupos',
      description:
        'Mantém a hierarquia de unidades organizacionais, as coordenadas, os grupos e os conjuntos de grupos à medida que as unidades sanitárias abrem, fecham ou mudam de lugar.',
    },
    'implementer-technical.aggregate-configuration.option-and-legend-sets': {
      name: 'Conjuntos de opções e conjuntos de legendas',
      description:
        'Cria conjuntos de opções para valores codificados e conjuntos de legendas para colorir os resultados da análise.',
    },
    'implementer-technical.aggregate-configuration.validation-rules': {
      name: 'Regras de validação e valores mín.-máx.',
      description:
        'Cria regras de validação, grupos de regras e notificações, e gera ou define intervalos mín.-máx.',
    },
    'implementer-technical.indicators-and-analytics': {
      name: 'Configuração de indicadores e da análise',
      description: 'Disponibilizar os dados para análise, corretamente e a tempo.',
    },
    'implementer-technical.indicators-and-analytics.indicators': {
      name: 'Indicadores',
      description:
        'Cria indicadores e tipos de indicador com expressões de numerador e denominador, e verifica os resultados manualmente.',
    },
    'implementer-technical.indicators-and-analytics.program-indicators': {
      name: 'Indicadores de programa',
      description:
        'Cria indicadores de programa com o tipo de análise certo (evento ou inscrição), filtros e limites de período.',
    },
    'implementer-technical.indicators-and-analytics.predictors': {
      name: 'Preditores',
      description:
        'Usa preditores para calcular valores a partir de dados passados, como limiares de alerta, e agenda a sua execução.',
    },
    'implementer-technical.indicators-and-analytics.analytics-tables': {
      name: 'Tabelas analíticas',
      description:
        'Executa e agenda a atualização das tabelas analíticas, e explica porque é que dados ou metadados novos ainda não aparecem nos resultados.',
    },
    'implementer-technical.indicators-and-analytics.analysis-dimensions': {
      name: 'Dimensões de análise',
      description:
        'Configura conjuntos de grupos, conjuntos de grupos de opções de categoria e dimensões de atributos para que os dados possam ser desagregados como os utilizadores precisam.',
    },
    'implementer-technical.tracker-configuration': {
      name: 'Configuração de programas tracker e de eventos',
      description: 'Criar programas de dados individuais que funcionem no terreno.',
    },
    'implementer-technical.tracker-configuration.tracked-entity-attributes': {
      name: 'Tipos e atributos de entidade rastreada',
      description:
        'Configura tipos e atributos de entidade rastreada, identificadores únicos e gerados, e as definições de pesquisa.',
    },
    'implementer-technical.tracker-configuration.programs-and-stages': {
      name: 'Programas e estágios',
      description:
        'Configura programas tracker e de eventos: estágios, secções, definições de inscrição, agendamento e unidades atribuídas.',
    },
    'implementer-technical.tracker-configuration.program-rules': {
      name: 'Regras de programa',
      description:
        'Cria regras de programa e variáveis de regra (mostrar e ocultar, atribuir valores, avisos e erros), com prioridades que produzem o resultado pretendido.',
    },
    'implementer-technical.tracker-configuration.relationships': {
      name: 'Relações',
      description:
        'Configura tipos de relação entre entidades rastreadas, inscrições e eventos, como mãe e filho ou caso índice e contactos.',
    },
    'implementer-technical.tracker-configuration.notifications-and-working-lists': {
      name: 'Notificações e listas de trabalho',
      description:
        'Configura notificações de programa por SMS ou e-mail e listas de trabalho que mostram ao pessoal quem deve ser seguido.',
    },
    'implementer-technical.tracker-configuration.ownership-and-access-levels': {
      name: 'Propriedade e níveis de acesso',
      description:
        'Escolhe o nível de acesso de um programa (aberto, auditado, protegido, fechado) e gere a transferência de propriedade entre unidades.',
    },
    'implementer-technical.user-access-controls': {
      name: 'Criar e gerir controlos de acesso baseados nos utilizadores',
      description:
        'Controlar quem pode fazer o quê, e quem pode ver que metadados e dados, através de autoridades, funções, grupos e partilha.',
    },
    'implementer-technical.user-access-controls.user-authorities': {
      name: 'Autoridades de utilizador',
      description:
        'Sabe o que as autoridades sensíveis permitem, como eliminar dados ou editar períodos expirados, e concede apenas as necessárias.',
    },
    'implementer-technical.user-access-controls.user-roles': {
      name: 'Funções de utilizador',
      description:
        'Concebe um conjunto reduzido de funções de utilizador que correspondem aos cargos, e limita as funções de superutilizador a muito poucas pessoas.',
    },
    'implementer-technical.user-access-controls.user-groups': {
      name: 'Grupos de utilizadores',
      description:
        'Usa grupos de utilizadores para dar acesso e enviar mensagens a muitas pessoas de uma só vez, e decide quem gere cada grupo.',
    },
    'implementer-technical.user-access-controls.metadata-and-data-sharing': {
      name: 'Partilha de metadados e de dados',
      description:
        'Define a partilha de metadados (ver, editar) e de dados (ver, capturar) em conjuntos de dados, programas, estágios, opções de categoria e painéis.',
    },
    'implementer-technical.user-administration': {
      name: 'Administração de utilizadores',
      description: 'Criar e manter contas de utilizador à escala de um sistema nacional.',
    },
    'implementer-technical.user-administration.user-accounts': {
      name: 'Contas de utilizador e respetivas unidades',
      description:
        'Cria contas e atribui as unidades para as quais uma pessoa captura dados, consulta dados e faz pesquisas.',
    },
    'implementer-technical.user-administration.bulk-user-management': {
      name: 'Gestão de utilizadores em massa',
      description:
        'Cria ou atualiza muitas contas de uma só vez a partir de um ficheiro ou através da API, sem danificar as existentes.',
    },
    'implementer-technical.user-administration.account-lifecycle': {
      name: 'Ciclo de vida das contas',
      description:
        'Desativa os utilizadores inativos e os que saíram, aplica a política de palavras-passe e de autenticação de dois fatores, e revê quem detém funções com amplos poderes.',
    },
    'implementer-technical.metadata-lifecycle': {
      name: 'Gestão de metadados do desenvolvimento à produção',
      description: 'Transferir a configuração entre instâncias com segurança e mantê-la limpa.',
    },
    'implementer-technical.metadata-lifecycle.import-export': {
      name: 'Importação e exportação de metadados',
      description:
        'Exporta e importa metadados com a aplicação Import/Export, usa simulações (dry run) e resolve conflitos de identificadores e dependências em falta.',
    },
    'implementer-technical.metadata-lifecycle.development-to-production': {
      name: 'Do desenvolvimento à produção',
      description:
        'Faz e testa as alterações numa instância de desenvolvimento e passa-as para a produção de forma controlada, mantendo os identificadores estáveis.',
    },
    'implementer-technical.metadata-lifecycle.metadata-packages': {
      name: 'Pacotes de metadados',
      description:
        'Instala pacotes de metadados padrão, por exemplo para um programa de uma doença, e adapta-os sem danificar a configuração existente.',
    },
    'implementer-technical.metadata-lifecycle.cleanup-and-integrity': {
      name: 'Limpeza e verificações de integridade',
      description:
        'Encontra metadados não utilizados ou duplicados e corrige os problemas que as verificações de integridade dos dados reportam.',
    },
    'implementer-technical.metadata-lifecycle.naming-and-codes': {
      name: 'Nomes, códigos e atributos',
      description:
        'Aplica de forma coerente convenções de nomenclatura, códigos e atributos personalizados, para que os metadados possam ser encontrados e trocados.',
    },
    'implementer-technical.data-exchange': {
      name: 'Importação e troca de dados',
      description: 'Fazer entrar e sair dados do DHIS2 sem os voltar a digitar.',
    },
    'implementer-technical.data-exchange.aggregate-data-import': {
      name: 'Importação de dados agregados',
      description:
        'Importa dados agregados de CSV, JSON ou ADX, faz a correspondência de identificadores ou códigos e corrige os valores que a importação rejeita.',
    },
    'implementer-technical.data-exchange.tracker-data-import': {
      name: 'Importação de dados tracker',
      description:
        'Importa entidades rastreadas, inscrições e eventos, por exemplo ao migrar registos de um sistema antigo.',
    },
    'implementer-technical.data-exchange.web-api': {
      name: 'Utilização da Web API',
      description:
        'Lê e escreve metadados e dados através da Web API com uma ferramenta como curl ou Postman, tratando da autenticação e da paginação.',
    },
    'implementer-technical.data-exchange.aggregate-data-exchange': {
      name: 'Troca de dados agregados',
      description:
        'Configura trocas de dados agregados que movem dados entre instâncias ou transformam dados tracker em valores agregados.',
    },
    'implementer-technical.data-exchange.scheduled-jobs': {
      name: 'Tarefas agendadas',
      description:
        'Configura e monitoriza tarefas agendadas na aplicação Scheduler, como as tabelas analíticas, os preditores e a sincronização de dados.',
    },
    'implementer-technical.android': {
      name: 'Implementação Android',
      description:
        'Pôr programas e conjuntos de dados a funcionar no terreno na aplicação DHIS2 Android Capture.',
    },
    'implementer-technical.android.settings-app': {
      name: 'Aplicação Android Settings',
      description:
        'Configura a sincronização, os limites de descarga, a aparência e a análise da aplicação Android através da aplicação Android Settings.',
    },
    'implementer-technical.android.program-compatibility': {
      name: 'Programas prontos para Android',
      description:
        'Verifica que os formulários, as regras de programa e a partilha se comportam no Android como na web, incluindo sem ligação à internet.',
    },
    'implementer-technical.android.device-deployment': {
      name: 'Distribuição de dispositivos',
      description:
        'Planeia como os dispositivos são preparados, registados, atualizados e substituídos, com gestão de dispositivos onde estiver disponível.',
    },
    'implementer-technical.android.troubleshooting': {
      name: 'Resolução de problemas no Android',
      description:
        'Diagnostica erros e conflitos de sincronização e usa as ferramentas de diagnóstico da aplicação para encontrar a causa.',
    },
    'implementer-technical.upgrades-and-testing': {
      name: 'Atualizações de versão e testes da configuração',
      description:
        'Manter a configuração e as aplicações a funcionar à medida que as versões do DHIS2 mudam.',
    },
    'implementer-technical.upgrades-and-testing.release-notes': {
      name: 'Leitura das notas de versão',
      description:
        'Lê as notas de atualização de uma nova versão e identifica o que afeta a configuração local, as aplicações e as integrações.',
    },
    'implementer-technical.upgrades-and-testing.upgrade-testing': {
      name: 'Testar uma atualização de versão',
      description:
        'Testa uma cópia da produção na nova versão: formulários, regras de programa, resultados da análise, Android e aplicações instaladas.',
    },
    'implementer-technical.upgrades-and-testing.app-management': {
      name: 'Gestão de aplicações',
      description:
        'Instala e atualiza aplicações a partir do App Hub e verifica que funcionam com a versão do DHIS2 em uso.',
    },
    'implementer-technical.upgrades-and-testing.bug-reports': {
      name: 'Reporte de erros',
      description:
        'Reporta erros do software aos programadores do DHIS2, com a versão, os passos para os reproduzir e o resultado esperado.',
    },
    // -----------------------------------------------------------------------------------------
    trainer: {
      name: 'Formador',
      description:
        'Formar pessoal para usar e configurar o DHIS2: materiais, realização das formações, ambientes de formação, avaliação e conteúdos de aprendizagem.',
    },
    'trainer.needs-and-objectives': {
      name: 'Necessidades de formação e objetivos de aprendizagem',
      description: 'Saber quem precisa de aprender o quê antes de conceber qualquer formação.',
    },
    'trainer.needs-and-objectives.audience-analysis': {
      name: 'Análise do público-alvo',
      description:
        'Identifica quem precisa de formação, a sua função, nível, competências prévias, língua e acesso a computadores ou à internet.',
    },
    'trainer.needs-and-objectives.learning-objectives': {
      name: 'Objetivos de aprendizagem',
      description:
        'Escreve objetivos claros que dizem o que os participantes serão capazes de fazer depois de cada sessão.',
    },
    'trainer.needs-and-objectives.training-plan': {
      name: 'Plano de formação',
      description:
        'Planeia a sequência das formações de uma expansão, incluindo reciclagens e formação do pessoal novo.',
    },
    'trainer.course-design': {
      name: 'Conceção de cursos e materiais',
      description: 'Transformar objetivos em sessões e materiais adaptados ao sistema local.',
    },
    'trainer.course-design.session-design': {
      name: 'Conceção das sessões',
      description: 'Concebe sessões que combinam demonstrações curtas, prática e discussão.',
    },
    'trainer.course-design.realistic-exercises': {
      name: 'Exercícios realistas',
      description:
        'Escreve exercícios baseados nos formulários, programas e dados locais, com respostas que um formador pode verificar.',
    },
    'trainer.course-design.training-materials': {
      name: 'Materiais de formação',
      description:
        'Produz manuais, diapositivos e guias práticos nas línguas locais, que correspondem à configuração atual.',
    },
    'trainer.course-design.adapting-existing-material': {
      name: 'Adaptação de materiais existentes',
      description:
        'Adapta os materiais da DHIS2 Academy e da documentação à configuração local, em vez de começar do zero.',
    },
    'trainer.delivery': {
      name: 'Realização das formações',
      description: 'Conduzir formações que deixam as pessoas capazes de fazer o trabalho.',
    },
    'trainer.delivery.end-user-training': {
      name: 'Formação de utilizadores finais',
      description: 'Dá formação prática às pessoas que introduzem e usam os dados, ao ritmo do grupo.',
    },
    'trainer.delivery.training-of-trainers': {
      name: 'Formação de formadores',
      description:
        'Forma formadores subnacionais para que a formação em cascata mantenha o conteúdo exato, e verifica que assim é.',
    },
    'trainer.delivery.facilitation': {
      name: 'Facilitação',
      description:
        'Gere níveis de competência diferentes, perguntas e dinâmicas de grupo, e tira bom partido dos cofacilitadores.',
    },
    'trainer.delivery.online-training': {
      name: 'Formação à distância',
      description:
        'Realiza webinars e sessões online que mantêm os participantes ativos, e grava-os para uso posterior.',
    },
    'trainer.training-environment': {
      name: 'Ambiente de formação',
      description: 'Dar aos formandos um sistema seguro e realista para praticar.',
    },
    'trainer.training-environment.training-instance': {
      name: 'Instância de formação',
      description:
        'Prepara e atualiza uma instância de formação com a configuração atual e dados realistas, sem dados pessoais.',
    },
    'trainer.training-environment.trainee-accounts': {
      name: 'Contas dos formandos',
      description:
        'Cria em massa contas de formandos com funções e unidades adequadas, e repõe-nas ou remove-as no fim.',
    },
    'trainer.training-environment.devices-and-connectivity': {
      name: 'Dispositivos e conectividade',
      description:
        'Prepara computadores portáteis, dispositivos Android e acesso à internet para uma sessão, com uma alternativa se a rede falhar.',
    },
    'trainer.evaluation': {
      name: 'Avaliação e seguimento da formação',
      description: 'Saber se a formação resultou e apoiar as pessoas depois.',
    },
    'trainer.evaluation.knowledge-tests': {
      name: 'Testes antes e depois',
      description: 'Usa testes curtos antes e depois de uma formação para medir o que foi aprendido.',
    },
    'trainer.evaluation.participant-feedback': {
      name: 'Opiniões dos participantes',
      description: 'Recolhe as opiniões dos participantes e altera o curso em função delas.',
    },
    'trainer.evaluation.on-the-job-follow-up': {
      name: 'Seguimento no posto de trabalho',
      description:
        'Faz o seguimento após a formação através de visitas de supervisão, taxas de reporte ou utilização do sistema, para ver se a prática mudou.',
    },
    'trainer.evaluation.training-records': {
      name: 'Registos de formação',
      description: 'Mantém registos de quem foi formado em quê e quando, e dos certificados emitidos.',
    },
    'trainer.use-topics': {
      name: 'Ensinar a utilização do DHIS2',
      description: 'Formar pessoas para usar o sistema e os processos à sua volta (Formador – Programa).',
    },
    'trainer.use-topics.data-entry': {
      name: 'Ensinar a introdução de dados',
      description:
        'Ensina a introdução de dados agregados e a captura de dados tracker na web e na aplicação Android, incluindo o trabalho sem ligação.',
    },
    'trainer.use-topics.analysis-tools': {
      name: 'Ensinar as aplicações de análise',
      description:
        'Ensina o Visualizador de dados, os Mapas, o Line Listing e os painéis com os próprios indicadores do programa.',
    },
    'trainer.use-topics.data-quality-and-use': {
      name: 'Ensinar a qualidade e o uso dos dados',
      description:
        'Ensina a verificar a qualidade dos dados e a usar os resultados nas reuniões de revisão e nas decisões.',
    },
    'trainer.use-topics.procedures': {
      name: 'Ensinar os procedimentos',
      description:
        'Ensina os procedimentos operacionais padrão e o calendário de reporte associados ao sistema.',
    },
    'trainer.configuration-topics': {
      name: 'Ensinar a configuração do DHIS2',
      description: 'Formar administradores para configurar e apoiar o sistema (Formador – Técnico).',
    },
    'trainer.configuration-topics.aggregate-configuration': {
      name: 'Ensinar a configuração de dados agregados',
      description:
        'Ensina como se configuram elementos de dados, combinações de categorias, conjuntos de dados e indicadores.',
    },
    'trainer.configuration-topics.tracker-configuration': {
      name: 'Ensinar a configuração tracker',
      description: 'Ensina como se configuram programas tracker e de eventos, estágios e regras de programa.',
    },
    'trainer.configuration-topics.user-management': {
      name: 'Ensinar a gestão de utilizadores',
      description:
        'Ensina os administradores subnacionais a gerir contas, funções de utilizador, grupos de utilizadores e partilha nas suas unidades.',
    },
    'trainer.configuration-topics.first-line-support': {
      name: 'Ensinar o apoio de primeira linha',
      description:
        'Ensina os administradores subnacionais a resolver eles próprios os problemas comuns dos utilizadores e a encaminhar bem os restantes.',
    },
    'trainer.learning-content': {
      name: 'Conteúdos e ferramentas de aprendizagem',
      description: 'Criar conteúdos de aprendizagem com as ferramentas em torno do DHIS2 (Formador – Geral).',
    },
    'trainer.learning-content.video': {
      name: 'Tutoriais em vídeo',
      description: 'Grava e edita vídeos curtos de captura de ecrã que mostram uma tarefa cada.',
    },
    'trainer.learning-content.images': {
      name: 'Capturas de ecrã e gráficos',
      description: 'Produz capturas de ecrã anotadas e gráficos simples que tornam um passo fácil de seguir.',
    },
    'trainer.learning-content.learning-platform': {
      name: 'Plataforma de aprendizagem',
      description:
        'Cria cursos de autoaprendizagem, com questionários e inscrição, numa plataforma de gestão da aprendizagem como o Moodle.',
    },
    'trainer.learning-content.content-maintenance': {
      name: 'Manter os conteúdos atualizados',
      description:
        'Mantém os conteúdos de aprendizagem com controlo de versões e atualiza-os após atualizações de versão do DHIS2 ou alterações de configuração.',
    },
    // -----------------------------------------------------------------------------------------
    'server-administrator': {
      name: 'Administrador de servidores',
      description:
        'Manter os servidores e as instâncias DHIS2 disponíveis, rápidos e seguros, sozinho ou com um fornecedor de alojamento.',
    },
    'server-administrator.operating-system': {
      name: 'Sistema operativo Linux',
      description: 'Gerir e proteger os servidores Linux onde o DHIS2 está alojado.',
    },
    'server-administrator.operating-system.command-line': {
      name: 'Linha de comandos Linux',
      description:
        'Trabalha com confiança na shell: ficheiros e permissões, processos, serviços com systemd, pacotes e logs.',
    },
    'server-administrator.operating-system.ssh-access': {
      name: 'Acesso remoto seguro',
      description:
        'Permite SSH apenas com chaves, desativa o início de sessão como root e dá direitos sudo a administradores identificados em vez de contas partilhadas.',
    },
    'server-administrator.operating-system.patching': {
      name: 'Atualizações de segurança',
      description:
        'Aplica as atualizações de segurança do sistema operativo segundo um calendário, com reinícios planeados, e mantém a versão com suporte.',
    },
    'server-administrator.operating-system.containers': {
      name: 'Isolamento dos serviços',
      description:
        'Executa a base de dados, o DHIS2 e o proxy em contentores ou máquinas separados, para que a intrusão num deles não exponha tudo.',
    },
    'server-administrator.operating-system.resources': {
      name: 'Disco, memória e logs',
      description:
        'Vigia o espaço em disco, a memória e o CPU, faz a rotação dos logs e aumenta o armazenamento antes que se esgote.',
    },
    'server-administrator.postgresql': {
      name: 'PostgreSQL',
      description: 'Gerir a base de dados de que o DHIS2 depende.',
    },
    'server-administrator.postgresql.installation-and-tuning': {
      name: 'Instalação e otimização',
      description:
        'Instala uma versão suportada do PostgreSQL e do PostGIS e ajusta as definições de memória e de ligações para o DHIS2.',
    },
    'server-administrator.postgresql.access-control': {
      name: 'Controlo de acesso à base de dados',
      description:
        'Dá aos perfis (roles) da base de dados apenas os privilégios de que precisam e limita as ligações com regras de acesso por anfitrião.',
    },
    'server-administrator.postgresql.maintenance': {
      name: 'Manutenção da base de dados',
      description:
        'Vigia o tamanho da base de dados, o vacuum e as consultas lentas, e planeia janelas de manutenção.',
    },
    'server-administrator.postgresql.sql-troubleshooting': {
      name: 'SQL para diagnóstico',
      description:
        'Escreve consultas SQL só de leitura para investigar problemas sem alterar dados nem contornar o DHIS2.',
    },
    'server-administrator.dhis2-application': {
      name: 'Aplicação DHIS2',
      description: 'Instalar, configurar e proteger instâncias DHIS2.',
    },
    'server-administrator.dhis2-application.configuration-file': {
      name: 'Configuração do DHIS2',
      description:
        'Configura o diretório DHIS2 home e o ficheiro de configuração: ligação à base de dados, palavra-passe de encriptação, armazenamento de ficheiros e URL base do servidor.',
    },
    'server-administrator.dhis2-application.privileged-accounts': {
      name: 'Contas privilegiadas',
      description:
        'Remove as contas e palavras-passe predefinidas, limita os superutilizadores a poucas pessoas identificadas e exige-lhes autenticação de dois fatores.',
    },
    'server-administrator.dhis2-application.instances': {
      name: 'Gestão de instâncias',
      description:
        'Cria, transfere e remove instâncias de produção, pré-produção, formação e desenvolvimento, cada uma com uma finalidade clara.',
    },
    'server-administrator.dhis2-application.security-settings': {
      name: 'Definições de segurança',
      description:
        'Define as regras das palavras-passe, o bloqueio temporário após inícios de sessão falhados e as origens permitidas (CORS) na aplicação Definições do sistema.',
    },
    'server-administrator.web-tier': {
      name: 'Proxy reverso, TLS e Tomcat',
      description:
        'As camadas entre os utilizadores e o DHIS2: o proxy web, a encriptação e o servidor de aplicações Java.',
    },
    'server-administrator.web-tier.reverse-proxy': {
      name: 'Proxy reverso',
      description:
        'Configura o nginx ou o Apache à frente do DHIS2, com limites de carregamento, tempos limite e cache adequados.',
    },
    'server-administrator.web-tier.tls': {
      name: 'Certificados TLS',
      description:
        'Obtém e renova certificados automaticamente, permite apenas as versões atuais do protocolo e redireciona todo o tráfego para HTTPS.',
    },
    'server-administrator.web-tier.security-headers': {
      name: 'Cabeçalhos de segurança e limites de pedidos',
      description:
        'Acrescenta cabeçalhos de segurança como o HSTS, oculta os detalhes da versão e limita a frequência de pedidos no início de sessão.',
    },
    'server-administrator.web-tier.tomcat-setup': {
      name: 'Configuração e reforço da segurança do Tomcat',
      description:
        'Executa o Tomcat com um utilizador sem privilégios e com a versão de Java de que o DHIS2 precisa, remove as aplicações predefinidas e escuta apenas atrás do proxy.',
    },
    'server-administrator.web-tier.jvm-memory': {
      name: 'Memória Java',
      description:
        'Dimensiona a heap Java para o servidor e reconhece os sinais de pressão de memória nos logs e no comportamento.',
    },
    'server-administrator.web-tier.application-logs': {
      name: 'Logs da aplicação',
      description:
        'Lê os logs do Tomcat e do DHIS2 para perceber porque é que uma instância não arranca ou um pedido falha.',
    },
    'server-administrator.network': {
      name: 'Rede e firewall',
      description: 'Expor apenas o que tem de ser exposto e ver os ataques a chegar.',
    },
    'server-administrator.network.firewall': {
      name: 'Firewall em camadas',
      description:
        'Configura firewalls no anfitrião e na rede para que só o tráfego web seja público e as portas de administração fiquem restritas.',
    },
    'server-administrator.network.private-networking': {
      name: 'Rede privada',
      description:
        'Mantém a base de dados e os serviços internos numa rede privada, inacessível a partir da internet.',
    },
    'server-administrator.network.dns-and-domains': {
      name: 'DNS e nomes de domínio',
      description: 'Gere os nomes de domínio e os registos DNS de cada instância e mantém-nos renovados.',
    },
    'server-administrator.network.intrusion-detection': {
      name: 'Deteção de intrusões',
      description:
        'Bloqueia automaticamente os inícios de sessão falhados repetidos e revê os logs de acesso em busca de sinais de ataque.',
    },
    'server-administrator.backups': {
      name: 'Cópias de segurança e recuperação',
      description: 'Ser capaz de repor o sistema após uma falha, um erro ou um ataque.',
    },
    'server-administrator.backups.automated-backups': {
      name: 'Cópias de segurança automáticas',
      description:
        'Faz automaticamente todos os dias cópias de segurança da base de dados e do armazenamento de ficheiros, e é alertado quando uma cópia falha.',
    },
    'server-administrator.backups.off-site-copies': {
      name: 'Cópias noutro local',
      description:
        'Guarda cópias de segurança encriptadas noutro local, com um período de retenção acordado com o ministério.',
    },
    'server-administrator.backups.restore-tests': {
      name: 'Testes de restauro',
      description:
        'Restaura regularmente as cópias de segurança numa máquina separada para provar que funcionam e saber quanto tempo demora.',
    },
    'server-administrator.backups.recovery-plan': {
      name: 'Plano de recuperação',
      description:
        'Mantém um plano escrito para recuperar da perda de um servidor, com a perda de dados e o tempo de indisponibilidade que o ministério aceita.',
    },
    'server-administrator.monitoring': {
      name: 'Monitorização e desempenho',
      description: 'Saber dos problemas antes de os utilizadores os reportarem, e resolver a lentidão.',
    },
    'server-administrator.monitoring.uptime-and-alerts': {
      name: 'Disponibilidade e alertas',
      description:
        'Monitoriza a disponibilidade, os recursos e a expiração dos certificados com uma ferramenta de monitorização e recebe alertas quando há problemas.',
    },
    'server-administrator.monitoring.performance-troubleshooting': {
      name: 'Diagnóstico de desempenho',
      description:
        'Encontra a causa da lentidão, como uma geração das tabelas analíticas, uma consulta lenta ou pressão de memória, com ferramentas de profiling e de base de dados.',
    },
    'server-administrator.monitoring.capacity-planning': {
      name: 'Planeamento da capacidade',
      description:
        'Dimensiona os servidores para o número de utilizadores e o crescimento dos dados, e compara o alojamento na nuvem com o alojamento local.',
    },
    'server-administrator.upgrades': {
      name: 'Atualizações de versão',
      description: 'Manter o DHIS2 e a plataforma em que assenta em versões suportadas e corrigidas.',
    },
    'server-administrator.upgrades.patch-releases': {
      name: 'Versões de correção',
      description:
        'Aplica as versões de correção (patches) do DHIS2 a cada quatro a seis semanas, primeiro em pré-produção e depois em produção.',
    },
    'server-administrator.upgrades.major-upgrades': {
      name: 'Atualizações de versão principal',
      description:
        'Planeia cerca de uma atualização de versão principal por ano com os implementadores: testada numa cópia da produção, anunciada e feita numa janela de manutenção.',
    },
    'server-administrator.upgrades.platform-upgrades': {
      name: 'Atualizações da plataforma',
      description:
        'Atualiza o PostgreSQL, o Java e o sistema operativo quando as versões do DHIS2 o exigem ou o suportam.',
    },
    'server-administrator.upgrades.rollback': {
      name: 'Reversão',
      description:
        'Mantém um caminho de regresso testado, uma cópia de segurança e a versão anterior, caso uma atualização falhe.',
    },
    'server-administrator.governance': {
      name: 'Governação da segurança e resposta a incidentes',
      description: 'As regras, os registos e os acordos que mantêm os servidores sob controlo.',
    },
    'server-administrator.governance.incident-response': {
      name: 'Resposta a incidentes',
      description:
        'Segue um procedimento acordado quando ocorre uma violação ou uma interrupção: conter, informar as pessoas certas, recuperar e aprender.',
    },
    'server-administrator.governance.access-reviews': {
      name: 'Revisão de acessos e saída de pessoal',
      description:
        'Revê quem tem acesso aos servidores, à base de dados e como superutilizador, e retira esse acesso prontamente quando as pessoas saem.',
    },
    'server-administrator.governance.documentation': {
      name: 'Documentação dos servidores',
      description:
        'Documenta os servidores, as instâncias, os procedimentos e onde os segredos estão guardados, para que outra pessoa possa assumir o trabalho.',
    },
    'server-administrator.governance.hosting-agreements': {
      name: 'Acordos de alojamento e de dados',
      description:
        'Garante que os acordos com os fornecedores de alojamento cobrem onde os dados são guardados, quem lhes pode aceder e o que acontece quando o contrato termina.',
    },
    'server-administrator.governance.audit-trails': {
      name: 'Trilhos de auditoria',
      description:
        'Usa os registos de auditoria do DHIS2 e os logs do servidor para descobrir quem alterou o quê e quando.',
    },
  },
};
