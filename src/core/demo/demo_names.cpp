#include "core/demo/demo_names.h"

namespace carnet::demo {
namespace {

template <std::size_t N>
TextList List(const std::string_view (&items)[N]) {
  return TextList{items, N};
}

// --- People and places ----------------------------------------------------------------------

constexpr std::string_view kFemaleFirstNames[] = {
    "Élodie",   "Hélène",    "Céline",    "Noémie",   "Chloé",     "Léa",       "Inès",
    "Amélie",   "Anaïs",     "Maëlle",    "Zoé",      "Josée",     "Geneviève", "Thérèse",
    "Agnès",    "Bénédicte", "Marie",     "Nathalie", "Isabelle",  "Sylvie",    "Catherine",
    "Sandrine", "Valérie",   "Christine", "Sophie",   "Martine",   "Françoise", "Monique",
    "Nicole",   "Brigitte",  "Patricia",  "Laurence", "Véronique", "Stéphanie", "Aurélie",
    "Émilie",   "Julie",     "Camille",   "Manon",    "Laura",     "Sarah",     "Fatima",
    "Nadia",    "Samira",    "Aïcha",     "Yasmine",  "Leïla",     "Awa",       "Mariama",
    "Ana",      "Maria",     "Lucie",     "Pauline",  "Mélanie",   "Danièle",   "Jacqueline",
    "Odile",    "Colette",   "Gisèle",    "Éliane",   "Ophélie",   "Clémence",  "Margaux",
    "Jeanne",   "Solène",    "Myriam",    "Karine",   "Corinne",   "Annick",    "Régine",
};

constexpr std::string_view kMaleFirstNames[] = {
    "Gérard",  "Jérôme",  "Frédéric",   "Stéphane",  "Sébastien", "Théo",      "André",
    "René",    "Benoît",  "François",   "Jérémy",    "Grégory",   "Cédric",    "Joël",
    "Raphaël", "Noël",    "Hervé",      "Éric",      "Jean",      "Michel",    "Philippe",
    "Alain",   "Patrick", "Christophe", "Laurent",   "Nicolas",   "Thierry",   "Pascal",
    "David",   "Olivier", "Daniel",     "Bernard",   "Dominique", "Christian", "Pierre",
    "Franck",  "Julien",  "Thomas",     "Alexandre", "Mathieu",   "Antoine",   "Maxime",
    "Karim",   "Mehdi",   "Rachid",     "Mohamed",   "Youssef",   "Mamadou",   "Moussa",
    "José",    "Manuel",  "Paulo",      "Yannick",   "Gaël",      "Loïc",      "Anthony",
    "Kévin",   "Florian", "Lucas",      "Hugo",      "Émile",     "Léon",      "Marcel",
    "Roger",   "Gilles",  "Serge",      "Yves",      "Denis",     "Bruno",     "Régis",
};

constexpr std::string_view kLastNames[] = {
    "Martin",    "Bernard",    "Dubois",   "Thomas",    "Robert",  "Richard",    "Petit",
    "Durand",    "Leroy",      "Moreau",   "Simon",     "Laurent", "Lefèvre",    "Michel",
    "Garcia",    "David",      "Bertrand", "Roux",      "Vincent", "Fournier",   "Morel",
    "Girard",    "André",      "Lefebvre", "Mercier",   "Dupont",  "Lambert",    "Bonnet",
    "François",  "Martinez",   "Legrand",  "Garnier",   "Faure",   "Rousseau",   "Blanc",
    "Guérin",    "Muller",     "Henry",    "Roussel",   "Nicolas", "Perrin",     "Morin",
    "Mathieu",   "Clément",    "Gauthier", "Dumont",    "Lopez",   "Fontaine",   "Chevalier",
    "Robin",     "Masson",     "Sanchez",  "Gérard",    "Nguyen",  "Boyer",      "Denis",
    "Lemaire",   "Duval",      "Joly",     "Gautier",   "Roger",   "Roche",      "Roy",
    "Noël",      "Meyer",      "Lucas",    "Meunier",   "Pérez",   "Marchand",   "Dufour",
    "Blanchard", "Barbier",    "Brun",     "Dumas",     "Brunet",  "Schmitt",    "Leroux",
    "Colin",     "Fernandez",  "Renard",   "Arnaud",    "Rolland", "Caron",      "Aubert",
    "Giraud",    "Leclerc",    "Vidal",    "Bourgeois", "Renaud",  "Lemoine",    "Picard",
    "Gaillard",  "Lacroix",    "Fabre",    "Dupuis",    "Olivier", "Da Silva",   "Hubert",
    "Rivière",   "Le Gall",    "Moulin",   "Berger",    "Lecomte", "Ménard",     "Fleury",
    "Deschamps", "Carpentier", "Maillard", "Aubry",     "Prévost", "Poirier",    "Charpentier",
    "Carré",     "Rémy",       "Dupré",    "Besnard",   "Chauvin", "Lebrun",     "Bénard",
    "Benali",    "Haddad",     "Diallo",   "Traoré",    "Cissé",   "Dos Santos", "Ferreira",
    "Kaya",      "Belkacem",   "Mansouri", "Pham",      "Tran",    "Rodrigues",  "Jaouen",
};

constexpr std::string_view kStreets[] = {
    "rue des Lilas",        "avenue Jean-Jaurès",
    "rue Victor-Hugo",      "chemin des Écoliers",
    "place de l'Église",    "allée des Érables",
    "boulevard Gambetta",   "rue Pasteur",
    "impasse des Tilleuls", "rue de la République",
    "avenue de la Gare",    "rue Émile-Zola",
    "rue des Écoles",       "cours Berriat",
    "rue Jean-Moulin",      "rue des Peupliers",
    "route de Lyon",        "rue Anatole-France",
    "rue Paul-Éluard",      "place du Marché",
    "rue des Alpes",        "avenue de Verdun",
    "rue Aristide-Briand",  "chemin de la Tuilerie",
    "rue du Vercors",       "allée de la Chartreuse",
    "rue des Glycines",     "avenue Léon-Blum",
    "rue Molière",          "rue de la Liberté",
};

constexpr std::string_view kTowns[] = {
    "38000 Grenoble",
    "38130 Échirolles",
    "38400 Saint-Martin-d'Hères",
    "38600 Fontaine",
    "38170 Seyssinet-Pariset",
    "38500 Voiron",
    "38200 Vienne",
    "38300 Bourgoin-Jallieu",
    "38240 Meylan",
    "38360 Sassenage",
    "38090 Villefontaine",
    "38080 L'Isle-d'Abeau",
    "38800 Le Pont-de-Claix",
    "38220 Vizille",
    "38920 Crolles",
    "38110 La Tour-du-Pin",
    "38120 Saint-Égrève",
    "38320 Eybens",
    "38140 Rives",
    "38450 Vif",
};

constexpr std::string_view kFemaleRelations[] = {
    "conjointe", "compagne", "fille", "fille", "mère", "sœur", "petite-fille",
};

constexpr std::string_view kMaleRelations[] = {
    "conjoint", "compagnon", "fils", "fils", "père", "frère", "petit-fils",
};

// --- Requests -------------------------------------------------------------------------------

constexpr std::string_view kRightsSubjects[] = {
    "Ouverture des droits à la Complémentaire santé solidaire",
    "Renouvellement de la Complémentaire santé solidaire",
    "Mise à jour des droits à l'assurance maladie",
    "Demande de pension d'invalidité",
    "Révision de la pension d'invalidité",
    "Constitution du dossier de retraite",
    "Demande d'allocation aux adultes handicapés (AAH)",
    "Information sur la prise en charge en affection de longue durée",
    "Accompagnement pour les démarches en ligne",
    "Indemnités journalières : dossier incomplet",
    "Demande de retraite anticipée pour handicap",
    "Demande de retraite pour inaptitude au travail",
};

constexpr std::string_view kHealthSubjects[] = {
    "Reste à charge après une hospitalisation",
    "Recherche d'un médecin traitant",
    "Organisation des soins après une sortie d'hôpital",
    "Aide au financement de prothèses dentaires",
    "Aide au financement d'appareils auditifs",
    "Accès aux soins pendant un traitement de longue durée",
    "Frais de transport pour des soins réguliers",
    "Accompagnement pendant un arrêt de travail prolongé",
    "Choix d'une complémentaire santé",
    "Aide au financement de lunettes",
};

constexpr std::string_view kWorkSubjects[] = {
    "Maintien dans l'emploi après un arrêt de travail prolongé",
    "Reprise du travail à temps partiel thérapeutique",
    "Demande de reconnaissance de la qualité de travailleur handicapé (RQTH)",
    "Préparation d'une visite de pré-reprise avec le médecin du travail",
    "Projet de reconversion professionnelle compatible avec l'état de santé",
    "Information sur l'essai encadré",
    "Situation après un avis d'inaptitude au poste",
    "Droits à la fin des indemnités journalières",
    "Aménagement du poste de travail",
};

constexpr std::string_view kAutonomySubjects[] = {
    "Demande d'allocation personnalisée d'autonomie (APA)",
    "Aide au retour à domicile après une hospitalisation",
    "Mise en place d'une aide à domicile",
    "Aménagement du logement pour rester à domicile",
    "Demande de prestation de compensation du handicap (PCH)",
    "Soutien à un proche aidant",
    "Recherche d'un accueil de jour",
    "Recherche d'une place en établissement",
    "Téléassistance et portage de repas",
    "Information sur le congé de proche aidant",
};

constexpr std::string_view kHousingSubjects[] = {
    "Demande de logement social",
    "Logement inadapté aux besoins liés à la santé",
    "Impayés de loyer pendant un arrêt de travail",
    "Demande d'aide au logement",
    "Demande d'aide du fonds de solidarité pour le logement",
    "Travaux d'adaptation de la salle de bains",
    "Risque d'expulsion locative : recherche de solutions",
    "Hébergement temporaire à la sortie de l'hôpital",
};

constexpr std::string_view kBudgetSubjects[] = {
    "Baisse des ressources pendant l'arrêt de travail",
    "Demande d'aide financière individuelle",
    "Dossier de surendettement",
    "Factures d'énergie impayées",
    "Élaboration d'un budget prévisionnel",
    "Demande de délai de paiement auprès d'un créancier",
    "Ressources en attente du versement de la pension",
    "Information sur le chèque énergie",
};

constexpr std::string_view kFamilySubjects[] = {
    "Démarches après le décès du conjoint",
    "Demande de pension de réversion",
    "Demande de capital décès",
    "Changement de situation après une séparation",
    "Naissance : mise à jour des droits",
    "Hospitalisation d'un enfant : droits et organisation",
    "Accompagnement d'un proche en fin de vie : congé et allocation",
};

constexpr std::string_view kOtherSubjects[] = {
    "Demande d'information générale",
    "Question sur un courrier reçu d'un organisme",
    "Démarche auprès d'un organisme étranger",
    "Orientation vers un autre service",
    "Demande d'attestation",
};

// --- Contacts about a request ---------------------------------------------------------------

constexpr std::string_view kRightsSummaries[] = {
    "Point sur les pièces justificatives ; liste remise pour compléter le dossier.",
    "Dossier de demande complété ensemble et signé.",
    "Explication de la notification reçue.",
    "Création du compte en ligne avec la personne.",
    "Information sur les conditions d'ouverture des droits.",
    "Dossier déposé ; délai d'instruction annoncé de deux mois.",
    "Notification d'accord reçue ; point sur la date du premier versement.",
    "Relevé de carrière vérifié : deux périodes à régulariser.",
};

constexpr std::string_view kHealthSummaries[] = {
    "Point sur les soins en cours et les frais restant à charge.",
    "Devis reçus ; dossier d'aide financière à constituer.",
    "Liste des médecins acceptant de nouveaux patients transmise.",
    "Organisation des transports pour les séances de soins.",
    "Retour sur la consultation à l'hôpital ; suite du traitement prévue.",
    "Information sur la prise en charge des frais par l'assurance maladie.",
    "Accord de prise en charge reçu ; la personne prend rendez-vous.",
};

constexpr std::string_view kWorkSummaries[] = {
    "Point sur l'arrêt de travail et les perspectives de reprise.",
    "Préparation de la visite de pré-reprise : questions pour le médecin du travail.",
    "Information sur le temps partiel thérapeutique et ses conditions.",
    "Présentation des dispositifs de maintien dans l'emploi.",
    "Dossier RQTH complété avec la personne.",
    "Point sur le projet de formation et son financement.",
    "Échange sur les aménagements de poste proposés par l'employeur.",
};

constexpr std::string_view kAutonomySummaries[] = {
    "Évaluation des besoins d'aide à domicile avec la personne et son entourage.",
    "Dossier APA complété et envoyé au Département.",
    "Point sur le plan d'aide mis en place depuis le retour à domicile.",
    "Information sur les services d'aide à domicile du secteur.",
    "Présentation des solutions de répit pour l'aidant.",
    "Devis d'aménagement reçus ; demande de financement à préparer.",
};

constexpr std::string_view kHousingSummaries[] = {
    "Point sur la demande de logement social et son renouvellement.",
    "Échéancier des impayés de loyer établi avec la personne.",
    "Dossier du fonds de solidarité pour le logement complété.",
    "Visite des lieux : besoins d'adaptation notés.",
    "Information sur les aides au logement.",
    "Point sur les propositions de logement reçues.",
};

constexpr std::string_view kBudgetSummaries[] = {
    "Budget établi ensemble : ressources et charges mensuelles.",
    "Demande d'aide financière présentée ; pièces rassemblées.",
    "Dossier de surendettement complété et signé.",
    "Courrier de demande de délai de paiement rédigé avec la personne.",
    "Point sur les ressources en attendant le versement des indemnités.",
    "Information sur le chèque énergie et les tarifs sociaux.",
};

constexpr std::string_view kFamilySummaries[] = {
    "Point sur les démarches à faire après le décès.",
    "Dossier de pension de réversion complété.",
    "Demande de capital décès envoyée avec les pièces.",
    "Mise à jour de la situation familiale auprès des organismes.",
    "Information sur les droits liés à la naissance.",
    "Information sur le congé et l'allocation d'accompagnement d'un proche.",
};

constexpr std::string_view kOtherSummaries[] = {
    "Information donnée ; pas de suite à prévoir pour le moment.",
    "Orientation vers le service compétent ; coordonnées remises.",
    "Explication d'un courrier reçu.",
};

constexpr std::string_view kRightsPartnerSteps[] = {
    "Appel au service des prestations pour connaître l'avancement du dossier.",
    "Échange avec la CAF sur les droits en cours.",
    "Relance de la MDPH au sujet du dossier déposé.",
};

constexpr std::string_view kHealthPartnerSteps[] = {
    "Échange avec le service social de l'hôpital sur la sortie.",
    "Contact avec la complémentaire santé au sujet du remboursement.",
    "Échange avec l'infirmière coordinatrice sur l'organisation des soins.",
};

constexpr std::string_view kWorkPartnerSteps[] = {
    "Échange avec le service de santé au travail, avec l'accord de la personne.",
    "Contact avec la cellule de prévention de la désinsertion professionnelle.",
    "Échange avec le conseiller Cap emploi.",
};

constexpr std::string_view kAutonomyPartnerSteps[] = {
    "Échange avec le service d'aide à domicile sur les heures d'intervention.",
    "Contact avec le point d'information local au sujet de l'accueil de jour.",
    "Échange avec l'équipe APA du Département.",
};

constexpr std::string_view kHousingPartnerSteps[] = {
    "Échange avec le bailleur sur le plan d'apurement.",
    "Contact avec le CCAS au sujet de la demande de logement.",
    "Échange avec l'ergothérapeute sur l'adaptation du logement.",
};

constexpr std::string_view kBudgetPartnerSteps[] = {
    "Échange avec le CCAS sur une aide ponctuelle.",
    "Contact avec le fournisseur d'énergie pour un échéancier.",
    "Échange avec la Banque de France sur le dossier de surendettement.",
};

constexpr std::string_view kFamilyPartnerSteps[] = {
    "Échange avec la caisse de retraite sur la pension de réversion.",
    "Contact avec le notaire pour les pièces de la succession.",
    "Échange avec la CAF sur le changement de situation.",
};

constexpr std::string_view kOtherPartnerSteps[] = {
    "Échange avec l'organisme concerné pour préciser la demande.",
};

// --- Tasks and appointments -----------------------------------------------------------------

constexpr std::string_view kRightsTasks[] = {
    "Relancer le service des prestations",
    "Vérifier la réception du dossier",
    "Envoyer la demande de Complémentaire santé solidaire",
    "Compléter le relevé de carrière",
    "Préparer le dossier d'invalidité",
};

constexpr std::string_view kHealthTasks[] = {
    "Transmettre les devis à la commission d'aides",
    "Rappeler le service social de l'hôpital",
    "Vérifier la prise en charge des transports",
};

constexpr std::string_view kWorkTasks[] = {
    "Préparer la visite de pré-reprise",
    "Envoyer le dossier RQTH à la MDPH",
    "Rappeler le service de santé au travail",
    "Faire le point sur la fin des indemnités journalières",
};

constexpr std::string_view kAutonomyTasks[] = {
    "Envoyer le dossier APA",
    "Contacter le service d'aide à domicile",
    "Relancer la demande d'aide au retour à domicile",
    "Transmettre la liste des accueils de jour",
};

constexpr std::string_view kHousingTasks[] = {
    "Relancer le bailleur",
    "Envoyer le dossier au fonds de solidarité pour le logement",
    "Renouveler la demande de logement social",
};

constexpr std::string_view kBudgetTasks[] = {
    "Présenter la demande d'aide financière en commission",
    "Envoyer le dossier de surendettement",
    "Vérifier l'échéancier avec le fournisseur d'énergie",
};

constexpr std::string_view kFamilyTasks[] = {
    "Envoyer la demande de pension de réversion",
    "Transmettre la demande de capital décès",
    "Mettre à jour la situation familiale",
};

constexpr std::string_view kOtherTasks[] = {
    "Envoyer les coordonnées du service compétent",
    "Rappeler la personne",
};

constexpr std::string_view kRightsAppointments[] = {
    "Entretien : constitution du dossier",
    "Rendez-vous pour compléter la demande",
};
constexpr std::string_view kHealthAppointments[] = {
    "Entretien : point sur les soins",
};
constexpr std::string_view kWorkAppointments[] = {
    "Entretien : préparation de la reprise",
    "Réunion de maintien dans l'emploi",
};
constexpr std::string_view kAutonomyAppointments[] = {
    "Visite à domicile : évaluation des besoins",
    "Entretien avec la personne et son aidant",
};
constexpr std::string_view kHousingAppointments[] = {
    "Visite à domicile : adaptation du logement",
    "Entretien : demande de logement",
};
constexpr std::string_view kBudgetAppointments[] = {
    "Entretien : budget",
    "Entretien : dossier de surendettement",
};
constexpr std::string_view kFamilyAppointments[] = {
    "Entretien : démarches après le décès",
    "Entretien : mise à jour des droits",
};
constexpr std::string_view kGeneralAppointments[] = {
    "Entretien de suivi",
    "Entretien au bureau",
    "Rendez-vous téléphonique",
    "Permanence : entretien",
};

// --- Notes ----------------------------------------------------------------------------------

constexpr std::string_view kRightsNotes[] = {
    "Numéro de dossier communiqué par la personne.",
    "Originaux des justificatifs rendus à la personne.",
};
constexpr std::string_view kHealthNotes[] = {
    "Rendez-vous à fixer après la prochaine consultation.",
    "Accord de la personne pour contacter le service social de l'hôpital.",
};
constexpr std::string_view kWorkNotes[] = {
    "Accord de la personne pour l'échange d'informations avec le service de santé au travail.",
    "Visite de pré-reprise demandée par la personne.",
};
constexpr std::string_view kAutonomyNotes[] = {
    "Souhaite que les rendez-vous aient lieu à domicile.",
    "Accord pour associer l'aidant aux entretiens.",
};
constexpr std::string_view kHousingNotes[] = {
    "Accord de la personne pour contacter son bailleur.",
};
constexpr std::string_view kBudgetNotes[] = {
    "Accord pour la présentation du dossier à la commission d'aides financières.",
};
constexpr std::string_view kFamilyNotes[] = {
    "Souhaite recevoir les courriers à l'adresse de sa fille.",
};
constexpr std::string_view kGeneralNotes[] = {
    "Préfère les appels en fin de matinée.",
    "Souhaite la présence d'un interprète lors des entretiens.",
    "Copie des pièces remise en main propre le jour de l'entretien.",
    "Disponible le mardi et le jeudi.",
    "Préfère les échanges par courrier.",
    "Demande que les courriers ne soient pas envoyés sur le lieu de travail.",
};

// --- Contacts not tied to a request ---------------------------------------------------------

constexpr std::string_view kGeneralInterviews[] = {
    "Premier entretien : présentation du service et recueil de la demande.",
    "Entretien de suivi : point sur les démarches en cours.",
    "Entretien : bilan des démarches engagées.",
    "Visite à domicile à la demande de la personne.",
};
constexpr std::string_view kGeneralCalls[] = {
    "Appel pour fixer un rendez-vous.",
    "Appel pour confirmer le rendez-vous.",
    "Message laissé ; rappel prévu.",
    "Appel de la personne pour donner des nouvelles.",
    "Rendez-vous reporté à la demande de la personne.",
};
constexpr std::string_view kGeneralMails[] = {
    "Envoi de la liste des pièces à fournir.",
    "Courrier de proposition de rendez-vous envoyé.",
    "Envoi d'une copie du dossier déposé.",
    "Mail reçu avec les justificatifs demandés.",
};
constexpr std::string_view kGeneralMeetings[] = {
    "Réunion de concertation avec les partenaires, avec l'accord de la personne.",
    "Réunion de synthèse avec l'équipe médico-sociale.",
    "Réunion avec l'employeur et le médecin du travail, en présence de la personne.",
};
constexpr std::string_view kGeneralPartnerSteps[] = {
    "Échange avec un partenaire pour coordonner les démarches.",
};

}  // namespace

TextList FemaleFirstNames() { return List(kFemaleFirstNames); }
TextList MaleFirstNames() { return List(kMaleFirstNames); }
TextList LastNames() { return List(kLastNames); }
TextList Streets() { return List(kStreets); }
TextList Towns() { return List(kTowns); }
TextList FemaleRelations() { return List(kFemaleRelations); }
TextList MaleRelations() { return List(kMaleRelations); }

TextList RequestSubjects(Theme theme) {
  switch (theme) {
    case Theme::kRights: return List(kRightsSubjects);
    case Theme::kHealth: return List(kHealthSubjects);
    case Theme::kWork: return List(kWorkSubjects);
    case Theme::kAutonomy: return List(kAutonomySubjects);
    case Theme::kHousing: return List(kHousingSubjects);
    case Theme::kBudget: return List(kBudgetSubjects);
    case Theme::kFamily: return List(kFamilySubjects);
    case Theme::kOther: break;
  }
  return List(kOtherSubjects);
}

TextList ContactSummaries(Theme theme) {
  switch (theme) {
    case Theme::kRights: return List(kRightsSummaries);
    case Theme::kHealth: return List(kHealthSummaries);
    case Theme::kWork: return List(kWorkSummaries);
    case Theme::kAutonomy: return List(kAutonomySummaries);
    case Theme::kHousing: return List(kHousingSummaries);
    case Theme::kBudget: return List(kBudgetSummaries);
    case Theme::kFamily: return List(kFamilySummaries);
    case Theme::kOther: break;
  }
  return List(kOtherSummaries);
}

TextList PartnerSteps(Theme theme) {
  switch (theme) {
    case Theme::kRights: return List(kRightsPartnerSteps);
    case Theme::kHealth: return List(kHealthPartnerSteps);
    case Theme::kWork: return List(kWorkPartnerSteps);
    case Theme::kAutonomy: return List(kAutonomyPartnerSteps);
    case Theme::kHousing: return List(kHousingPartnerSteps);
    case Theme::kBudget: return List(kBudgetPartnerSteps);
    case Theme::kFamily: return List(kFamilyPartnerSteps);
    case Theme::kOther: break;
  }
  return List(kOtherPartnerSteps);
}

TextList TaskTitles(Theme theme) {
  switch (theme) {
    case Theme::kRights: return List(kRightsTasks);
    case Theme::kHealth: return List(kHealthTasks);
    case Theme::kWork: return List(kWorkTasks);
    case Theme::kAutonomy: return List(kAutonomyTasks);
    case Theme::kHousing: return List(kHousingTasks);
    case Theme::kBudget: return List(kBudgetTasks);
    case Theme::kFamily: return List(kFamilyTasks);
    case Theme::kOther: break;
  }
  return List(kOtherTasks);
}

TextList AppointmentTitles(Theme theme) {
  switch (theme) {
    case Theme::kRights: return List(kRightsAppointments);
    case Theme::kHealth: return List(kHealthAppointments);
    case Theme::kWork: return List(kWorkAppointments);
    case Theme::kAutonomy: return List(kAutonomyAppointments);
    case Theme::kHousing: return List(kHousingAppointments);
    case Theme::kBudget: return List(kBudgetAppointments);
    case Theme::kFamily: return List(kFamilyAppointments);
    case Theme::kOther: break;
  }
  return List(kGeneralAppointments);
}

TextList Notes(Theme theme) {
  switch (theme) {
    case Theme::kRights: return List(kRightsNotes);
    case Theme::kHealth: return List(kHealthNotes);
    case Theme::kWork: return List(kWorkNotes);
    case Theme::kAutonomy: return List(kAutonomyNotes);
    case Theme::kHousing: return List(kHousingNotes);
    case Theme::kBudget: return List(kBudgetNotes);
    case Theme::kFamily: return List(kFamilyNotes);
    case Theme::kOther: break;
  }
  return List(kGeneralNotes);
}

TextList GeneralInterviews() { return List(kGeneralInterviews); }
TextList GeneralCalls() { return List(kGeneralCalls); }
TextList GeneralMails() { return List(kGeneralMails); }
TextList GeneralMeetings() { return List(kGeneralMeetings); }
TextList GeneralPartnerSteps() { return List(kGeneralPartnerSteps); }
TextList GeneralAppointmentTitles() { return List(kGeneralAppointments); }
TextList GeneralNotes() { return List(kGeneralNotes); }

}  // namespace carnet::demo
