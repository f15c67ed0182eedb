import type { CorePositionKey, TermsOfReferenceText } from '../../plan/terms-of-reference.js';

/**
 * The default terms of reference of the five core positions in Portuguese, as written for
 * ministries of health in Mozambique, Angola and the other lusophone African countries
 * (European/African spelling: "utilizador", "equipa", "planeamento"). Role names and DHIS2 terms
 * follow the roles catalogue and the built-in framework in Portuguese.
 */
export const DEFAULT_TERMS_OF_REFERENCE_PT: Record<CorePositionKey, TermsOfReferenceText> = {
  'operational-lead': {
    purpose:
      'Lidera a equipa central DHIS2 e gere o trabalho com o DHIS2 como um conjunto de projetos planeados. Garante que o DHIS2 funciona como um sistema integrado único, que responde às necessidades diárias de informação de todo o Ministério da Saúde, e não como um conjunto de sistemas separados de cada programa.',
    responsibilities: [
      'Liderar e coordenar o trabalho diário da equipa central, atribuindo tarefas e acompanhando a sua execução, e delegando em membros da equipa a gestão de iniciativas concretas quando for adequado.',
      'Preparar, orçamentar e acompanhar o plano de trabalho anual do DHIS2 e o plano de desenvolvimento de capacidades da equipa central, e revê-los pelo menos uma vez por ano.',
      'Ser o principal ponto de contacto sobre o DHIS2 para as direções do ministério, os programas de saúde, os parceiros de cooperação e os prestadores de serviços, e manter os seus pedidos alinhados com o sistema nacional.',
      'Zelar pela integridade da arquitetura nacional de informação de saúde: acordar a forma como novos programas, fluxos de dados e sistemas se integram no DHIS2, em vez de funcionarem em paralelo.',
      'Definir, documentar e fazer cumprir procedimentos operacionais padrão para as alterações de configuração, a gestão de metadados, a administração de utilizadores, as atualizações de versão e a partilha de dados.',
      'Organizar a avaliação de necessidades da equipa, acordar com cada membro as suas prioridades de desenvolvimento e acompanhar as atividades do plano de desenvolvimento de capacidades.',
      'Promover o uso dos dados do DHIS2 na tomada de decisões, incluindo revisões da qualidade dos dados e painéis para a gestão.',
      'Informar o órgão de governação e a direção do ministério sobre o progresso, os riscos e as necessidades de recursos, e preparar propostas de financiamento e de assistência técnica.',
      'Planear a continuidade: retenção do pessoal formado, passagem de testemunho quando um membro sai e integração dos novos membros.',
    ],
    requiredCompetencies: [
      'Gestão de projetos e programas, incluindo planeamento, orçamentação e acompanhamento.',
      'Bom conhecimento do DHIS2 enquanto plataforma, e do sistema de informação de saúde do país e da sua governação.',
      'Arquitetura da informação de saúde e estratégia de integração.',
      'Coordenação das partes interessadas, negociação e comunicação com o Governo e os parceiros.',
      'Liderança de equipas, orientação e desenvolvimento do pessoal.',
      'Uso dos dados, qualidade dos dados e informação para a tomada de decisões.',
    ],
    reportingLine:
      'Reporta à chefia da unidade do sistema de informação de saúde (SIS) do Ministério da Saúde e, nas questões relativas ao DHIS2, ao órgão de governação (comité de direção) da implementação.',
  },
  implementer: {
    purpose:
      'Transforma as necessidades de informação das direções do ministério e dos programas de saúde numa configuração DHIS2 em funcionamento e leva-a à escala. Mantém a configuração coerente, documentada e fácil de manter ao longo dos anos, quer o trabalho se incline mais para os requisitos dos programas, quer para a configuração técnica.',
    responsibilities: [
      'Levantar e analisar requisitos com os programas e as direções, e ajudar a harmonizar os formulários de recolha de dados, os indicadores e as definições.',
      'Conceber e configurar conjuntos de dados agregados, indicadores, programas tracker, painéis e relatórios de acordo com as normas acordadas.',
      'Criar e gerir controlos de acesso baseados nos utilizadores: autoridades de utilizador, funções de utilizador, grupos de utilizadores e partilha de metadados e de dados.',
      'Gerir o ciclo de vida dos metadados: convenções de nomenclatura, importação e exportação, e passagem das alterações do desenvolvimento e dos testes para a produção.',
      'Integrar novos programas na instância nacional do DHIS2 e adaptar as rotinas de trabalho para que a utilizem, em vez de construir sistemas paralelos.',
      'Estabelecer verificações e rotinas de qualidade dos dados, e ajudar os programas a analisar e usar os seus dados.',
      'Testar novas versões do DHIS2 e das aplicações com a configuração nacional antes das atualizações, em conjunto com o administrador de servidores.',
      'Escrever e manter a documentação da configuração e os guias do utilizador, e apoiar os utilizadores nos problemas que os administradores subnacionais não conseguem resolver.',
    ],
    requiredCompetencies: [
      'Conceção DHIS2 e análise de sistemas.',
      'Configuração e metadados DHIS2, tanto agregados como tracker, incluindo o controlo de acessos.',
      'Boas práticas de implementação: trabalhar com utilizadores e partes interessadas para harmonizar formulários, indicadores e a estratégia de implementação.',
      'Análise de dados, qualidade dos dados e conceção de painéis e relatórios.',
      'Conhecimento da monitoria e avaliação de programas de saúde.',
      'Boa capacidade de documentação e de comunicação.',
    ],
    reportingLine: 'Reporta ao responsável operacional da equipa central DHIS2.',
  },
  trainer: {
    purpose:
      'Desenvolve as competências dos utilizadores e administradores do DHIS2 em todo o sistema de saúde, através de formação e apoio bem concebidos. Garante que as pessoas que introduzem, gerem e usam os dados o fazem com confiança, da introdução de dados ao seu uso e à administração do sistema.',
    responsibilities: [
      'Avaliar as necessidades de formação e definir os objetivos de aprendizagem para os diferentes grupos de utilizadores e administradores.',
      'Conceber cursos, materiais de formação, documentação e guias práticos adequados à configuração nacional.',
      'Realizar cursos de formação de formadores e formar diretamente os utilizadores finais, presencialmente e à distância.',
      'Preparar e manter ambientes de formação com dados realistas.',
      'Organizar o apoio aos utilizadores com os administradores subnacionais, que são o primeiro ponto de contacto dos utilizadores, e tratar os problemas que estes encaminham.',
      'Avaliar os resultados das formações e usá-los para melhorar os cursos e os materiais.',
      'Trabalhar com os implementadores e outros especialistas para que os temas técnicos sejam ensinados por pessoas que usam essas funcionalidades na prática, ou em conjunto com elas.',
      'Produzir e manter conteúdos de aprendizagem com ferramentas adequadas, como plataformas de aprendizagem, gravações de ecrã e ilustrações.',
    ],
    requiredCompetencies: [
      'Planeamento e realização de cursos para formadores e para utilizadores finais.',
      'Conceção pedagógica e formação de adultos.',
      'Conhecimento prático da utilização do DHIS2 e, para quem forma públicos técnicos, da sua configuração.',
      'Uso dos dados e interpretação de painéis e relatórios.',
      'Criação de conteúdos de aprendizagem com plataformas de gestão da aprendizagem e ferramentas multimédia.',
      'Capacidade de comunicação e de facilitação.',
    ],
    reportingLine: 'Reporta ao responsável operacional da equipa central DHIS2.',
  },
  'integration-expert': {
    purpose:
      'Garante que os dados circulam de forma fiável entre o DHIS2 e os outros sistemas da arquitetura de informação de saúde. Constrói e mantém as interfaces, os scripts e as ferramentas que permitem aos sistemas trocar dados de acordo com as normas acordadas.',
    responsibilities: [
      'Analisar as necessidades de troca de dados com os implementadores e os responsáveis pelos outros sistemas, e acordar o que é trocado, com que frequência e ao abrigo de que acordos.',
      'Conceber, construir e manter integrações usando a Web API do DHIS2 e normas e ferramentas de interoperabilidade de uso corrente.',
      'Escrever scripts e pequenas aplicações que automatizam a troca de dados e de metadados e as tarefas de manutenção de rotina.',
      'Fazer a correspondência e o alinhamento das listas de códigos, das unidades organizacionais e dos identificadores entre sistemas.',
      'Monitorizar as integrações, tratar as falhas e manter um registo das trocas e dos erros.',
      'Testar as integrações com as novas versões do DHIS2 antes das atualizações, com o administrador de servidores e os implementadores.',
      'Documentar cada interface, incluindo os mapeamentos de dados, os calendários de execução, a gestão de credenciais e as responsabilidades.',
      'Proteger os dados trocados com autenticação segura, contas com privilégios mínimos e ligações encriptadas.',
    ],
    requiredCompetencies: [
      'Desenvolvimento de software e programação de scripts.',
      'A Web API do DHIS2 e os metadados do DHIS2.',
      'Normas de interoperabilidade e quadros de integração usados nos sistemas de informação de saúde.',
      'Bases de dados e formatos de dados como JSON, XML e CSV.',
      'Tratamento seguro de credenciais e de dados pessoais de saúde.',
      'Documentação técnica e colaboração com os responsáveis pelos sistemas.',
    ],
    reportingLine: 'Reporta ao responsável operacional da equipa central DHIS2.',
  },
  'server-administrator': {
    purpose:
      'Mantém os servidores e as instâncias DHIS2 da implementação seguros, disponíveis e com bom desempenho. Realiza ou supervisiona, com o fornecedor de alojamento quando exista, a manutenção, as cópias de segurança e as atualizações que garantem que o DHIS2 está acessível e é de confiança.',
    responsibilities: [
      'Instalar, configurar e manter os servidores e o software em que o DHIS2 funciona, incluindo o sistema operativo, o PostgreSQL, o servidor de aplicações e o proxy reverso.',
      'Aplicar as atualizações de segurança segundo um calendário regular e reforçar a segurança dos servidores, da base de dados e do acesso à rede.',
      'Fazer cópias de segurança automáticas, guardadas noutro local, e testar regularmente o seu restauro.',
      'Monitorizar a disponibilidade, o desempenho e a capacidade, com alertas para os problemas, e agir sobre eles.',
      'Criar, transferir e remover instâncias DHIS2, como as de produção, pré-produção e formação.',
      'Planear e realizar as atualizações de versão do DHIS2 com os implementadores, incluindo os testes e um plano de reversão.',
      'Documentar a infraestrutura, os procedimentos e os direitos de acesso, e manter reduzido o número de contas privilegiadas.',
      'Gerir a relação com o fornecedor de alojamento ou de serviços, quando exista, e verificar se os níveis de serviço acordados são cumpridos.',
      'Participar na resposta a incidentes e na retirada de acessos aos utilizadores e administradores que saem.',
    ],
    requiredCompetencies: [
      'Administração de servidores Linux.',
      'Administração do PostgreSQL, incluindo cópias de segurança e recuperação.',
      'Administração da camada web: proxy reverso, TLS e servidor de aplicações.',
      'Instalação do DHIS2, atualizações de versão e gestão de instâncias.',
      'Monitorização, reforço da segurança e resposta a incidentes.',
      'Documentação da infraestrutura e dos procedimentos.',
    ],
    reportingLine:
      'Reporta ao responsável operacional da equipa central DHIS2; pode trabalhar com um fornecedor de alojamento ao abrigo de um acordo de serviço estabelecido.',
  },
};
