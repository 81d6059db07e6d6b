# ruff: noqa: E501
"""Portuguese (PT and BR) inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "pt",
    "tz": {"winter": [0, -180], "summer": [60, -180]},
    "months": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "weekdays": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "weekday_forms": {"short": ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"]},
    "date_formats": [
        ("{d} de {month}", ""), ("{wd}, {d} de {month}", ""), ("{d} de {month} de {y}", "yr"),
        ("{dd}/{mm}", "amb"), ("{dd}/{mm}/{y}", "amb"), ("{d}/{m}", "amb"),
    ],
    "names": ["João Carvalho", "Ana Ribeiro", "Pedro Almeida", "Mariana Costa", "Rafael Souza", "Beatriz Lima", "Tiago Ferreira", "Inês Martins", "Lucas Oliveira", "Fernanda Rocha", "Gonçalo Pires", "Camila Araújo"],
    "companies": ["Grupo Atlântico", "Transportes Tejo Lda", "Banco Horizonte", "Construtora Paraná", "Farmácia Boa Vida", "Logística Cruzeiro SA", "Vinhos do Douro Lda", "Agro Serra Verde"],
    "tld": ["pt", "com.br", "com.br", "com"],
    "phones": ["+351 21 ### ####", "+351 9## ### ###", "+55 11 9####-####", "(21) ####-####", "Tel.: +55 31 ####-####"],
    "addresses": ["Av. da Liberdade 190\n1250-147 Lisboa", "Rua Oscar Freire 1200\n01426-001 São Paulo - SP"],
    "titles": ["Diretor de Compras", "Gerente de Logística", "Coordenadora de TI", "Diretora Financeira", "Gerente Comercial"],
    "signoffs": ["Cumprimentos,", "Atenciosamente,", "Abraço,", "Obrigado,", "Com os melhores cumprimentos,", "Att.,"],
    "mobile": ["Enviado do meu iPhone", "Enviado do Outlook para Android"],
    "ooo_greet": ["Olá,", "Bom dia,", "Prezados,", "Caro(a) remetente,"],
    "human_greet": ["Olá {VFIRST},", "Oi {VFIRST},", "Bom dia {VFIRST},", "Caro {VFIRST},"],
    "reply_prefix": ["RE: ", "Re: ", "Res: "],
    "ooo_subject": ["Resposta automática: {S}", "Ausência temporária: {S}", "Fora do escritório: {S}", "Férias", "Ausente", "RE: {S}"],
    "ooo_open": ["Obrigado pela sua mensagem.", "Agradeço o seu contato.", "Esta é uma resposta automática.", "Obrigada pelo seu e-mail."],
    "ooo_absence": [
        ("Estou fora do escritório até {D}, sem acesso ao e-mail.", "until"),
        ("Estarei de volta no dia {D}.", "back"),
        ("Estou de férias de {D1} a {D}, inclusive.", "range"),
        ("Estarei ausente até {D}, inclusive.", "incl"),
        ("Estou em viagem e retorno na {W_short}.", "wd_back"),
        ("Hoje estou em treinamento e amanhã estarei de volta.", "tomorrow"),
        ("Estou de licença-maternidade.", "none"),
        ("Encontro-me ausente com acesso limitado ao e-mail.", "none"),
        ("Regresso ao escritório a {D}.", "back"),
        ("O escritório estará fechado até {D}.", "until"),
        ("Estou de férias até {W}.", "wd_until"),
        ("Estarei fora entre {D1} e {D}.", "range"),
    ],
    "ooo_short": [
        ("De férias até {D}.", "until"),
        ("Fora do escritório. Volto dia {D}.", "back"),
        ("No momento estou ausente e responderei assim que possível.", "none"),
        ("Ausente até {W}.", "wd_until"),
    ],
    "ooo_alt": [
        "Para assuntos urgentes, contate {ALT}.",
        "Em caso de urgência, fale com {ALT}.",
        "Durante minha ausência, {ALT} responde por mim.",
        "Assuntos comerciais: {ALT}.",
    ],
    "ooo_close": [
        "Responderei assim que regressar.",
        "A sua mensagem não será reencaminhada.",
        "Retorno o contato assim que possível.",
        "Obrigado pela compreensão.",
    ],
    "ack_subject": ["Recebemos a sua solicitação [#{TICKET}]", "Confirmação de recebimento: {S}", "Chamado {TICKET} aberto", "Resposta automática: {S}"],
    "ack": [
        "Olá,\n\nRecebemos a sua mensagem. O seu pedido foi registado com o número {TICKET} e será tratado em até 2 dias úteis.\n\nApoio ao Cliente {COMPANY}",
        "Obrigado por entrar em contato com a {COMPANY}. Este e-mail confirma o recebimento da sua mensagem. Atendimento de segunda a sexta, das 9h às 18h.\n\nNão responda a esta mensagem automática.",
        "A sua fatura foi recebida e será processada automaticamente pelo departamento financeiro.",
        "Recebemos seu contato! Em breve alguém do nosso time vai responder. Enquanto isso, confira nossa central de ajuda: {URL}",
    ],
    "gone_subject": ["Resposta automática: {S}", "{FULL} não faz mais parte da {COMPANY}", "Endereço desativado", "RE: {S}"],
    "gone": [
        "{FULL} não faz mais parte da {COMPANY}. Esta caixa de correio não é monitorada. Por favor, contate {ALT}.",
        "Olá, saí da empresa e este endereço será desativado em breve. O seu novo contato é {ALT}.",
        ("Informamos que {FULL} deixou a empresa em {D}. A sua mensagem não foi encaminhada. Contato: {ALT}.", "past"),
        "Este endereço de e-mail já não está em uso. Envie as suas mensagens para {ALT}.",
    ],
    "newsletter": [
        ("Novidades da {COMPANY}", "Olá,\n\nNeste mês inauguramos a nova filial no Porto em {D}, realizamos um webinar sobre faturação eletrónica e partilhamos um caso de cliente.\n\nSaiba mais: {URL}\n\nRecebe este e-mail porque subscreveu a nossa newsletter. Cancelar subscrição"),
        ("Convite: café da manhã com clientes em {D}", "Será um prazer recebê-lo em {D} no nosso escritório de São Paulo. Inscrição: {URL}\n\nPara não receber mais e-mails, clique aqui."),
    ],
    "human": [
        ("Obrigado. Estou de férias até {D}, podemos conversar depois?", "until", "away"),
        ("Esta semana estou viajando, volto na {W_short}. Me procure depois.", "wd_back", "away"),
        ("Estou fora de {D1} a {D}; marcamos uma conversa na semana seguinte?", "range", "away"),
        ("Estou de licença alguns dias, vejo isso quando voltar.", "away", "away"),
        ("Já não trabalho no projeto do ERP, mas {ALT} pode ajudar.", "none", "hard_negative"),
        ("Já não estamos com o nosso antigo fornecedor. Pode enviar uma proposta para 40 utilizadores?", "none", "hard_negative"),
        ("Acabei de voltar de férias e estou pondo os e-mails em dia. Quinta às 10h funciona.", "none", "hard_negative"),
        ("O orçamento é aprovado em {D}; depois disso retomo o assunto.", "note", "hard_negative"),
        ("Interessante. Pode me mandar preços e um caso de cliente do varejo?", "none", "reply"),
        ("Não tenho interesse, por favor retire-me da sua lista.", "none", "reply"),
        ("Não sou a pessoa certa, fale com {ALT}.", "none", "reply"),
        ("Combinado, falamos em {D} às 15h.", "note", "reply"),
        ("Já escolhemos outra solução, obrigado mesmo assim.", "none", "reply"),
    ],
    "outgoing": [
        ("Menos entregas falhadas na {COMPANY}", "Olá {PFIRST},\n\nAjudamos equipas de logística a reduzir em cerca de 18% as entregas falhadas à primeira tentativa. Teria 20 minutos na próxima semana?\n\nCumprimentos,"),
        ("Pergunta rápida sobre relatórios", "Oi {PFIRST},\n\nComo sua equipe monta hoje o relatório semanal de vendas? A {VCOMPANY} automatiza isso direto do CRM. Posso mostrar uma demo de dois minutos?\n\nAbraço,"),
    ],
    "quote_on": "Em {date}, {name} <{addr}> escreveu:",
    "quote_date": ["{wd}, {d} de {month} de {y} às {H}:{M}", "{dd}/{mm}/{y} {H}:{M}"],
    "outlook": ("De", "Enviada em", "Para", "Assunto"),
    "outlook_date": ["{wd}, {d} de {month} de {y} {H}:{M}"],
    "disclaimers": ["Esta mensagem e os seus anexos são confidenciais. Se a recebeu por engano, informe o remetente e apague-a.", "CNPJ 12.345.678/0001-90 – Rua Oscar Freire 1200, São Paulo - SP"],
    "bounce": {
        "subject": "Não é possível entregar: ",
        "line": "Não foi possível entregar a sua mensagem ao seguinte destinatário.",
        "hint": "O endereço de e-mail não foi encontrado ou a caixa de correio do destinatário não está disponível.",
        "delay_subject": "Entrega atrasada: ",
        "delay_line": "A entrega a estes destinatários ou grupos está atrasada. Continuaremos a tentar entregar a mensagem. Não é necessária nenhuma ação.",
    },
    "content_language": "pt-BR",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "de {d1} a {d} de {month}"
LANG["ooo_subject_dated"] = [
    "Fora do escritório até {D}",
    "Ausente – regresso a {D}",
    "Férias até {D}: {S}",
]
LANG["ooo_absence"] += [
    ("Estou de férias {R}.", "range"),
    ("Volto na próxima {W_short}.", "wd_next"),
    ("Estou numa feira até {D} e só leio e-mails à noite.", "until"),
    ("Estou em teletrabalho sem acesso à rede e regresso ao escritório a {D}.", "back"),
]
LANG["ooo_alt"] += ["Assuntos comerciais: {ALT}; faturação: {ALT2}."]
LANG["human"] += [
    (
        "Estou a semana toda num cliente, volto na próxima {W_short}. Pode enviar a apresentação entretanto?",
        "wd_next",
        "away",
    ),
    ("Vou estar fora {R}, vemos isso na semana seguinte.", "range", "away"),
    (
        "Tivemos convenção interna na semana passada, desculpe a demora. Pode incluir SSO na proposta?",
        "none",
        "hard_negative",
    ),
    (
        "Entro de férias amanhã; envie o contrato hoje e eu assino antes de sair.",
        "none",
        "hard_negative",
    ),
    (
        "O nosso diretor está fora até {D}, nada será decidido antes disso.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Obrigado por escrever à equipa comercial da {COMPANY}. Devido ao elevado volume, a resposta pode demorar até três dias úteis. Referência: {TICKET}.",
    "A sua mensagem foi encaminhada para o departamento responsável. Não precisa de fazer mais nada. Indique a referência {TICKET} em futuros contactos.",
]
LANG["newsletter"] += [
    [
        "Lembrete: o seu webinar começa em breve",
        'Olá,\n\nLembramos que o webinar "Planeamento 2026" decorre em {D} às 15h. Link de acesso: {URL}\n\nNão pode participar? Enviaremos a gravação.\n\nCancelar lembretes de eventos',
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}"
LANG["ooo_absence"] += [["Volto no dia {D_day}.", "back"]]
LANG["human"] += [["Estou de férias até dia {D_day}, falamos depois?", "until", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    ["{FULL} está ausente até {D} e responderá no regresso.", "until"],
    ["Informamos que {FULL} regressa no dia {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    ["Reencaminhei o seu e-mail para {ALT}, que trata das compras.", "none", "reply"],
    [
        "Quanto custa, mais ou menos, por utilizador por mês? Somos cerca de 60 pessoas.",
        "none",
        "reply",
    ],
    [
        "Desculpe, estive doente quase toda a semana passada e só vi isto agora. Terça à tarde funciona.",
        "none",
        "hard_negative",
    ],
]
