import type { CourseCatalogueTranslation } from './catalogue-translation.js';

/** The seeded course catalogue in Portuguese. */
export const COURSE_CATALOGUE_PT: CourseCatalogueTranslation = {
  categories: {
    introduction: {
      name: 'Introdução ao DHIS2',
      description: 'A base sobre a qual assentam todos os outros cursos da academia.',
    },
    use: {
      name: 'Utilização do DHIS2',
      description:
        'Usar as funcionalidades essenciais do DHIS2 para registar, analisar e apresentar dados, sem o configurar.',
    },
    configuration: {
      name: 'Configuração do DHIS2',
      description: 'Configurar e manter uma instância do DHIS2, sobretudo através da aplicação Manutenção.',
    },
    'domain-and-program-management': {
      name: 'Gestão de domínios e programas',
      description:
        'Conduzir implementações do DHIS2 e programas de saúde: qualidade dos dados, saúde comunitária, sistemas de informação.',
    },
    'architecture-and-extensions': {
      name: 'Arquitetura e extensões',
      description: 'O que rodeia e estende o DHIS2: servidores, integração, scripts e aplicações.',
    },
  },
  courses: {
    'introduction-to-dhis2': {
      name: 'Introdução ao DHIS2',
      description:
        'Um curso online gratuito, ao ritmo de cada um, sobre o que é o DHIS2 e como o seu modelo de dados, o registo e a análise se articulam. Toda a equipa o faz primeiro: todos os cursos da academia o pressupõem.',
    },
    'visualizing-data': {
      name: 'Visualização de dados no DHIS2',
      description:
        'Construir tabelas dinâmicas, gráficos e painéis que respondem às perguntas dos gestores, e lê-los com espírito crítico.',
    },
    'tracker-data-capture-and-analysis': {
      name: 'Registo e análise de dados do Tracker',
      description:
        'Registar e acompanhar pessoas num programa Tracker e depois analisar os dados individuais com listas de linhas e relatórios de eventos.',
    },
    'configuring-data-access-and-outputs': {
      name: 'Configuração do acesso aos dados e dos produtos de informação',
      description:
        'Definir quem pode ver e registar o quê (papéis de utilizador, grupos de utilizadores, partilha) e os indicadores e produtos baseados em dados agregados.',
    },
    'tracker-configuration': {
      name: 'Configuração do Tracker',
      description:
        'Conceber e configurar programas Tracker: etapas, atributos, regras de programa e indicadores, e testá-los antes da expansão.',
    },
    android: {
      name: 'Android',
      description:
        'Preparar o DHIS2 para a aplicação Android Capture: configuração para uso móvel, gestão de dispositivos e apoio aos utilizadores no terreno.',
    },
    'data-quality': {
      name: 'Qualidade dos dados',
      description:
        'Encontrar e corrigir problemas de qualidade dos dados com as ferramentas do DHIS2, e criar rotinas para os detetar todos os meses.',
    },
    'web-and-android-app-development': {
      name: 'Desenvolvimento de aplicações web e Android',
      description:
        'Criar aplicações web e Android à medida com a API Web e a plataforma de aplicações do DHIS2, para necessidades que as aplicações padrão não cobrem.',
    },
    'implementing-information-systems': {
      name: 'Implementação de sistemas de informação',
      description:
        'Planear e conduzir uma implementação do DHIS2: governação, requisitos, expansão e manutenção de um único sistema nacional integrado.',
    },
    'system-management': {
      name: 'Gestão do sistema',
      description:
        'Manter uma instância saudável a partir do próprio DHIS2: gestão de metadados, administração de utilizadores, tarefas agendadas e atualizações testadas antes da produção.',
    },
    maps: {
      name: 'Mapas',
      description:
        'Fazer mapas temáticos, de unidades sanitárias e de eventos no DHIS2, e tratar as coordenadas e os limites das unidades organizacionais de que dependem.',
    },
    chis: {
      name: 'SISC (sistemas de informação de saúde comunitária)',
      description:
        'Sistemas de informação de saúde comunitária no DHIS2: dados dos agentes comunitários de saúde, desenhos Tracker e agregados para eles, e uso dos dados ao nível comunitário.',
    },
    'server-administration': {
      name: 'Administração de servidores',
      description:
        'Instalar e manter o DHIS2 em produção: Linux, PostgreSQL, o proxy web e o Tomcat, cópias de segurança, monitorização e segurança.',
    },
    integration: {
      name: 'Integração',
      description:
        'Fazer circular os dados entre o DHIS2 e outros sistemas com segurança: a API Web, as normas de interoperabilidade e as ferramentas que agendam e verificam as trocas.',
    },
    'dhis2-documentation': {
      name: 'Documentação do DHIS2',
      description:
        'Estudo autónomo com os guias oficiais do utilizador, da implementação e da administração do sistema, praticando numa instância de teste.',
    },
    'community-of-practice': {
      name: 'Comunidade de prática do DHIS2',
      description:
        'Fazer e responder a perguntas no fórum da comunidade DHIS2 e acompanhar os seus anúncios: uma forma de aprender com outras implementações.',
    },
    'local-training': {
      name: 'Formação de formadores no país',
      description:
        'Uma formação de formadores organizada no país, com um facilitador local, sobre como planear, dar e avaliar formações em DHIS2.',
    },
  },
};
