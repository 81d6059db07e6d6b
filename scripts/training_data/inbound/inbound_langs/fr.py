# ruff: noqa: E501
"""French inbound cores. Modes: see scripts/training_data/inbound/dates.py."""

# fmt: off
LANG = {
    "code": "fr",
    "tz": {"winter": [60], "summer": [120]},
    "months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "weekdays": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "date_formats": [
        ("{d} {month}", ""), ("{wd} {d} {month}", ""), ("{d} {month} {y}", "yr"), ("{wd} {d} {month} {y}", "yr"),
        ("{dd}/{mm}", "amb"), ("{dd}/{mm}/{y}", "amb"), ("{d}/{m}", "amb"),
    ],
    "first_of": lambda n: n.split()[0],
    "names": ["Camille Dubois", "Julien Moreau", "Élodie Lefèvre", "Nicolas Garnier", "Sophie Lambert", "Mathieu Rousseau", "Amélie Fontaine", "Karim Benali", "Claire Mercier", "Antoine Chevalier", "Léa Girard", "François Perrin"],
    "companies": ["Groupe Valmont", "Transports Lefranc SAS", "Banque Rhône-Alpes", "Maison Delorme", "Atelier Mistral", "Pharmacie Centrale Lyon", "Bureau Vernier SA", "Laiterie du Jura", "Solutions Armor"],
    "tld": ["fr", "fr", "com", "be", "ch"],
    "phones": ["+33 1 ## ## ## ##", "+33 (0)6 ## ## ## ##", "Tél. : 04 ## ## ## ##", "+32 2 ### ## ##", "+41 22 ### ## ##"],
    "addresses": ["12 rue de la Paix\n75002 Paris", "45 quai Saint-Antoine\n69002 Lyon", "3 avenue Louise\n1050 Bruxelles"],
    "titles": ["Responsable des achats", "Directeur commercial", "DSI", "Chargée de communication", "Directrice financière", "Responsable logistique", "Gérant"],
    "signoffs": ["Cordialement,", "Bien cordialement,", "Bien à vous,", "Belle journée,", "Merci et bonne journée,", "Salutations distinguées,"],
    "mobile": ["Envoyé de mon iPhone", "Envoyé depuis Outlook pour Android"],
    "ooo_greet": ["Bonjour,", "Madame, Monsieur,", "Bonjour à tous,", "Bonjour et merci pour votre message,"],
    "human_greet": ["Bonjour {VFIRST},", "Bonjour,", "{VFIRST},", "Salut {VFIRST},", "Cher {VFIRST},"],
    "reply_prefix": ["RE : ", "Re: ", "RE: "],
    "ooo_subject": ["Réponse automatique : {S}", "Absence du bureau : {S}", "Absent(e) : {S}", "Message d'absence", "Congés", "Réponse automatique: {S}", "RE : {S}"],
    "ooo_open": ["Merci pour votre message.", "Je vous remercie pour votre e-mail.", "Ceci est une réponse automatique.", "Merci de votre courriel."],
    "ooo_absence": [
        ("Je suis absent(e) jusqu'au {D} inclus, sans accès à mes e-mails.", "incl"),
        ("Je serai de retour le {D}.", "back"),
        ("Je suis en congés du {D1} au {D} inclus.", "range"),
        ("Je suis absente du bureau jusqu'au {D}.", "until"),
        ("Je suis en déplacement et serai de retour {W}.", "wd_back"),
        ("Je suis actuellement en formation et reviens demain.", "tomorrow"),
        ("Je suis actuellement en congé maternité.", "none"),
        ("Je suis en arrêt maladie et ne consulte pas ma messagerie.", "none"),
        ("Absent jusqu'au {W} inclus, je traiterai votre demande à mon retour.", "wd_incl"),
        ("Je serai de retour au bureau le {D} et vous répondrai dans les meilleurs délais.", "back"),
        ("Nos bureaux sont fermés jusqu'au {D}.", "until"),
        ("Je suis en vacances jusqu'au {W}.", "wd_until"),
        ("Je serai absent du {D1} au {D}.", "range"),
    ],
    "ooo_short": [
        ("Absent jusqu'au {D}.", "until"),
        ("En congés, retour le {D}.", "back"),
        ("Je suis absent et reviens {W}.", "wd_back"),
        ("Je suis actuellement absent et vous répondrai dès que possible.", "none"),
    ],
    "ooo_alt": [
        "En cas d'urgence, merci de contacter {ALT}.",
        "Pour toute demande urgente, vous pouvez joindre {ALT}.",
        "Pendant mon absence, {ALT} assure l'intérim.",
        "Pour les questions commerciales : {ALT}.",
    ],
    "ooo_close": [
        "Je vous répondrai dès mon retour.",
        "Votre message ne sera pas transféré.",
        "Je prendrai connaissance de votre message à mon retour.",
        "Merci de votre compréhension.",
    ],
    "ack_subject": ["Accusé de réception : {S}", "Votre demande n° {TICKET} a bien été reçue", "Nous avons bien reçu votre message", "Réponse automatique : {S}"],
    "ack": [
        "Bonjour,\n\nNous accusons bonne réception de votre message. Votre demande a été enregistrée sous le numéro {TICKET} et sera traitée sous 48 heures ouvrées.\n\nLe service client {COMPANY}",
        "Merci d'avoir contacté {COMPANY}. Ce message confirme la réception de votre e-mail. Nos conseillers sont disponibles du lundi au vendredi, de 9 h à 18 h.\n\nMerci de ne pas répondre à ce message automatique.",
        "Votre facture a été reçue et sera traitée automatiquement par notre service comptabilité. Aucune confirmation supplémentaire ne vous sera envoyée.",
        "Nous avons bien reçu votre candidature ou votre demande et reviendrons vers vous rapidement. Consultez notre FAQ : {URL}",
    ],
    "gone_subject": ["Réponse automatique : {S}", "{FULL} a quitté {COMPANY}", "Adresse désactivée", "RE : {S}"],
    "gone": [
        "{FULL} ne fait plus partie de {COMPANY}. Cette boîte n'est plus consultée. Merci d'adresser vos demandes à {ALT}.",
        "Bonjour, j'ai quitté l'entreprise et cette adresse sera bientôt désactivée. Votre nouveau contact est {ALT}.",
        ("Veuillez noter que {FULL} a quitté la société le {D}. Votre message n'a pas été transféré. Contact : {ALT}.", "past"),
        "Cette adresse e-mail n'est plus utilisée. Merci d'écrire désormais à {ALT}.",
    ],
    "newsletter": [
        ("Les actualités de {COMPANY}", "Bonjour,\n\nDécouvrez nos nouveautés du mois : ouverture de notre agence de Nantes le {D}, webinaire sur la facturation électronique et témoignage client.\n\nLire la suite : {URL}\n\nVous recevez cet e-mail car vous êtes inscrit à notre lettre d'information. Se désinscrire"),
        ("Invitation : petit-déjeuner clients le {D}", "Nous serons ravis de vous accueillir le {D} dans nos locaux parisiens. Inscription : {URL}\n\nPour ne plus recevoir nos communications, cliquez ici."),
        ("Votre lettre hebdo", "Au sommaire cette semaine :\n- Cinq conseils pour vos achats IT\n- Fermeture estivale : service réduit jusqu'au {D}\n- Nouveau catalogue\n\nGérer mes abonnements : {URL}"),
    ],
    "human": [
        ("Merci. Je suis en vacances jusqu'au {D}, on peut en reparler à mon retour ?", "until", "away"),
        ("Je suis en déplacement cette semaine, de retour {W}. Recontactez-moi à ce moment-là.", "wd_back", "away"),
        ("Je suis en congés du {D1} au {D}, proposons un appel la semaine suivante.", "range", "away"),
        ("Je suis en congé en ce moment, je regarderai à mon retour.", "away", "away"),
        ("Je ne travaille plus sur le projet ERP, mais {ALT} pourra vous aider.", "none", "hard_negative"),
        ("Nous ne travaillons plus avec notre ancien prestataire. Pouvez-vous m'envoyer un devis pour 40 postes ?", "none", "hard_negative"),
        ("De retour de vacances, je rattrape mes mails. Jeudi à 10 h me convient.", "none", "hard_negative"),
        ("Notre comité budgétaire se réunit le {D}, je reviendrai vers vous ensuite.", "note", "hard_negative"),
        ("Intéressant. Pouvez-vous m'envoyer vos tarifs et une référence client dans la distribution ?", "none", "reply"),
        ("Pas intéressé, merci de me retirer de vos listes.", "none", "reply"),
        ("Ce n'est pas moi qui gère ce sujet, voyez plutôt avec {ALT}.", "none", "reply"),
        ("Avec plaisir, appelons-nous le {D} à 15 h.", "note", "reply"),
        ("Nous avons déjà choisi une autre solution, merci quand même.", "none", "reply"),
    ],
    "outgoing": [
        ("Réduire les échecs de livraison chez {COMPANY}", "Bonjour {PFIRST},\n\nNous aidons les équipes logistiques à réduire d'environ 18 % les échecs de première livraison. Auriez-vous 20 minutes la semaine prochaine ?\n\nCordialement,"),
        ("Question rapide sur votre reporting", "Bonjour {PFIRST},\n\nComment votre équipe produit-elle aujourd'hui le rapport hebdomadaire des ventes ? {VCOMPANY} l'automatise depuis votre CRM. Je peux vous montrer une démo de deux minutes.\n\nBien à vous,"),
    ],
    "quote_on": "Le {date}, {name} <{addr}> a écrit :",
    "quote_date": ["{wd} {d} {month} {y} à {H}:{M}", "{dd}/{mm}/{y} à {H}:{M}"],
    "outlook": ("De", "Envoyé", "À", "Objet"),
    "outlook_date": ["{wd} {d} {month} {y} {H}:{M}"],
    "disclaimers": [
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en informer l'expéditeur et de le supprimer.",
        "SAS au capital de 150 000 € – RCS Lyon 812 345 678 – Siège social : 45 quai Saint-Antoine, 69002 Lyon",
    ],
    "footer_events": ["Retrouvez-nous au salon SITL le {D}, stand B42."],
    "bounce": {
        "subject": "Non remis : ",
        "line": "Votre message n'a pas pu être remis au destinataire suivant.",
        "hint": "L'adresse e-mail est introuvable ou la boîte aux lettres du destinataire n'est pas disponible.",
        "delay_subject": "Remise différée : ",
        "delay_line": "La remise à ces destinataires ou groupes est différée. Nous continuerons d'essayer de remettre votre message. Aucune action n'est requise.",
    },
    "content_language": "fr-FR",
}
# fmt: on

# More ways of saying it: compact ranges, relative weekdays, dated subjects.
LANG["compact_range"] = "du {d1} au {d} {month}"
LANG["ooo_subject_dated"] = [
    "Absent jusqu'au {D}",
    "Absente – retour le {D}",
    "En congés jusqu'au {D} : {S}",
]
LANG["ooo_absence"] += [
    ("Je suis en congés {R}.", "range"),
    ("Je serai de retour {W} prochain.", "wd_next"),
    (
        "Je suis en séminaire d'équipe jusqu'au {D} et ne lis mes messages que le soir.",
        "until",
    ),
    (
        "Je suis en télétravail sans accès au réseau et de retour au bureau le {D}.",
        "back",
    ),
]
LANG["ooo_alt"] += [
    "Pour les questions commerciales, contactez {ALT} ; pour la facturation, {ALT2}."
]
LANG["human"] += [
    (
        "Je suis chez un client toute la semaine, de retour {W} prochain. Envoyez-moi la présentation d'ici là ?",
        "wd_next",
        "away",
    ),
    ("Je serai absente {R}, voyons-nous la semaine d'après.", "range", "away"),
    (
        "Nous étions en séminaire la semaine dernière, désolé pour le délai. Pouvez-vous ajouter le SSO au devis ?",
        "none",
        "hard_negative",
    ),
    (
        "Je pars en vacances demain : envoyez-moi le contrat aujourd'hui et je le signe avant de partir.",
        "none",
        "hard_negative",
    ),
    (
        "Notre directeur est absent jusqu'au {D}, rien ne sera décidé avant.",
        "note",
        "hard_negative",
    ),
]

# Acknowledgements that sound busy (not absent) and an event reminder.
LANG["ack"] += [
    "Merci pour votre demande adressée au service commercial de {COMPANY}. En raison d'un volume important, le délai de réponse peut atteindre trois jours ouvrés. Référence : {TICKET}.",
    "Votre message a été transmis au service concerné. Vous n'avez rien d'autre à faire. Merci de rappeler la référence {TICKET} dans vos échanges.",
]
LANG["newsletter"] += [
    [
        "Rappel : votre webinaire commence bientôt",
        "Bonjour,\n\nPetit rappel : le webinaire « Préparer 2026 » a lieu le {D} à 15 h. Lien de connexion : {URL}\n\nVous ne pouvez pas y assister ? Nous vous enverrons le replay.\n\nSe désinscrire des rappels",
    ]
]

# Day of the month only ("until the 4th", "bis zum 4."): the next such day.
LANG.setdefault("named_formats", {})["day"] = "{d}"
LANG["ooo_absence"] += [["Je suis absent jusqu'au {D_day}.", "until"]]
LANG["human"] += [["Je rentre le {D_day}, on s'appelle après ?", "back", "away"]]

# Written about the person (an assistant's or a mailbox rule's notice), not by them.
LANG["ooo_short"] += [
    [
        "{FULL} est absent(e) jusqu'au {D} et traitera votre message à son retour.",
        "until",
    ],
    ["Veuillez noter que {FULL} sera de retour le {D}.", "back"],
]

# Forwarded, a price question, a past absence (not away now).
LANG["human"] += [
    [
        "J'ai transmis votre e-mail à {ALT}, qui gère les achats chez nous.",
        "none",
        "reply",
    ],
    [
        "Quel est le prix approximatif par utilisateur et par mois ? Nous sommes une soixantaine.",
        "none",
        "reply",
    ],
    [
        "Désolé, j'étais malade presque toute la semaine dernière et je découvre votre message. Mardi après-midi me convient.",
        "none",
        "hard_negative",
    ],
]
