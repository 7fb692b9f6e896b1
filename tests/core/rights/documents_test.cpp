#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/case/store.h"
#include "core/case/store_fixture.h"
#include "core/rights/disclosure.h"
#include "core/rights/html_text.h"
#include "core/rights/person_copy.h"
#include "core/rights/processing_record.h"
#include "core/sharing/sharing_store.h"

using namespace carnet;
using namespace carnet::test;

namespace {

bool Has(const std::string& html, const std::string& text) {
  return html.find(text) != std::string::npos;
}

// Every field of one dossier holds a canary: a word found nowhere else, some with markup.
const std::vector<std::string> kCanaries = {
    "Prénom<i>Canari</i>",
    "Nom&Canari",
    "Pseudo\"Canari\"",
    "12 rue du Canari-Adresse",
    "Conjoint-Canari",
    "Lien'Canari",
    "Objet de la demande Canari-Objet",
    "Résumé du contact Canari-Contact",
    "Rendez-vous Canari-Titre",
    "Tâche Canari-Tâche",
    "Note <script>alert(1)</script> & Canari-Note",
    "Seconde note Canari-Note2",
    "Sous-catégorie Canari-Catégorie",
};

const std::vector<std::string> kOtherCanaries = {"Autre-Prénom", "Autre-Nom",
                                                 "Note de l’autre dossier Autre-Note"};

struct Documents {
  Store store = NewStore();
  Id dossier = 0;
  Id other = 0;
  Minute now = 0;

  Documents() {
    now = M(2026, 4, 20, 16, 45);
    REQUIRE(store
                .Apply(AddLocalCategory{"LOGEMENT.CANARI", "Sous-catégorie Canari-Catégorie",
                                        "LOGEMENT"})
                .ok());
    CreateDossier create;
    create.person.first_name = kCanaries[0];
    create.person.last_name = kCanaries[1];
    create.person.alias = kCanaries[2];
    create.person.birth = Answer<BirthDate>::Of(BirthDate{1978, 7, 14});
    create.person.address = Answer<std::string>::Of(kCanaries[3]);
    create.person.phone = Answer<std::string>::Of("06 12 34 56 78");
    create.person.household_size = Answer<int>::Is(AnswerState::kNotApplicable);
    create.opened_on = D(2026, 3, 1);
    dossier = Value(store.Apply(create));
    Value(store.Apply(
        AddHouseholdMember{dossier, kCanaries[4], kCanaries[5], Answer<int>::Of(1975)}));
    Value(store.Apply(
        AddHouseholdMember{dossier, "Fille", "fille", Answer<int>::Is(AnswerState::kRefused)}));
    const Id request = Value(store.Apply(AddRequest{
        dossier, D(2026, 3, 2), {"LOGEMENT.CANARI", "BUDGET.AIDE_FINANCIERE"}, kCanaries[6]}));
    REQUIRE(store.Apply(SetRequestStatus{request, RequestStatus::kPartlySatisfied, D(2026, 4, 1)})
                .ok());
    Value(store.Apply(RecordContact{
        dossier, ContactKind::kHomeVisit, M(2026, 3, 12, 14, 30), 45, {request}, kCanaries[7]}));
    Value(store.Apply(ScheduleTask{dossier, TaskKind::kAppointment, kCanaries[8], D(2026, 5, 4),
                                   9 * 60 + 5, std::nullopt}));
    const Id task = Value(store.Apply(ScheduleTask{dossier, TaskKind::kTask, kCanaries[9],
                                                   D(2026, 3, 20), std::nullopt, std::nullopt}));
    REQUIRE(store.Apply(CompleteTask{task, M(2026, 3, 21, 10, 0)}).ok());
    Value(store.Apply(WriteNote{dossier, M(2026, 3, 12, 15, 0), kCanaries[10]}));
    Value(store.Apply(WriteNote{dossier, M(2026, 3, 13, 8, 0), kCanaries[11]}));
    REQUIRE(store.Apply(ChangeDossierStatus{dossier, "evaluation", D(2026, 3, 12)}).ok());

    other = NewDossier(store, kOtherCanaries[0], kOtherCanaries[1], D(2026, 2, 1));
    Value(store.Apply(WriteNote{other, M(2026, 3, 1, 9, 0), kOtherCanaries[2]}));
  }

  std::string Copy(Id id) { return Value(PersonCopyHtml(store, id, now, "")); }
  std::string Record() { return Value(ProcessingRecordHtml(store, now, "Service social", "")); }

  Id Disclose(std::optional<Id> dossier_id, DisclosureKind kind, const std::string& recipient,
              const std::string& parts, const std::string& purpose, DisclosureBasis basis,
              Minute at) {
    Disclosure d;
    d.dossier_id = dossier_id;
    d.at = at;
    d.kind = kind;
    d.recipient = recipient;
    d.parts = parts;
    d.purpose = purpose;
    d.basis = basis;
    return Value(RecordDisclosure(store, d));
  }
};

// A document Carnet opens from a blob URL: no inline style, no script, French, UTF-8.
void CheckSkeleton(const std::string& html) {
  CHECK(html.rfind("<!doctype html>\n<html lang=\"fr\">", 0) == 0);
  CHECK(Has(html, "<meta charset=\"utf-8\">"));
  CHECK(Has(html, "<title>"));
  CHECK_FALSE(Has(html, "<script"));
  CHECK_FALSE(Has(html, "<style"));
  CHECK_FALSE(Has(html, "style="));
  for (const char* handler : {"onload=", "onerror=", "onclick=", "javascript:"}) {
    CHECK_FALSE(Has(html, handler));
  }
  CHECK(Has(html, "</html>\n"));
}

}  // namespace

TEST_SUITE("documents") {
  TEST_CASE("text is escaped so that no name or note can add markup") {
    CHECK(EscapeHtml("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
    CHECK(EscapeHtml("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(EscapeHtml("Élodie") == "Élodie");
    CHECK(EscapeHtml("") == "");
  }

  TEST_CASE("dates and times are written the French way") {
    CHECK(FrenchDate(D(2026, 3, 12)) == "12 mars 2026");
    CHECK(FrenchDate(D(2026, 4, 1)) == "1er avril 2026");
    CHECK(FrenchDate(D(2025, 8, 31)) == "31 août 2025");
    CHECK(FrenchTime(14 * 60 + 30) == "14 h 30");
    CHECK(FrenchTime(9 * 60 + 5) == "9 h 05");
    CHECK(FrenchTime(0) == "0 h 00");
    CHECK(FrenchDateTime(M(2026, 12, 25, 23, 59)) == "25 décembre 2026 à 23 h 59");
    CHECK(FrenchMonth(1978, 2) == "février 1978");
  }

  TEST_CASE("the writer links the given stylesheet, escaped, and none when none is given") {
    HtmlWriter with("Titre", "https://carnet.example/print.css?a=1&b=\"2\"");
    const std::string linked = with.Finish();
    CHECK(Has(linked,
              "<link rel=\"stylesheet\" href=\"https://carnet.example/print.css?a=1&amp;b=&quot;2&"
              "quot;\">"));
    HtmlWriter without("Titre", "");
    CHECK_FALSE(Has(without.Finish(), "<link"));
  }

  TEST_CASE("a table names its columns and rows for screen readers, and keeps line breaks") {
    HtmlWriter html("T", "");
    html.Table(HtmlTable{"Légende", {"A", "B"}, {{"r1", "x\ny"}}});
    const std::string out = html.Finish();
    CHECK(Has(out, "<caption>Légende</caption>"));
    CHECK(Has(out, "<th scope=\"col\">A</th><th scope=\"col\">B</th>"));
    CHECK(Has(out, "<tr><th scope=\"row\">r1</th><td>x<br>\ny</td></tr>"));
  }

  TEST_CASE("the person's copy holds every field of the dossier, escaped") {
    Documents d;
    const std::string html = d.Copy(d.dossier);
    CheckSkeleton(html);
    for (const std::string& canary : kCanaries) {
      CAPTURE(canary);
      CHECK(Has(html, EscapeHtml(canary)));
    }
    CHECK(Has(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Canari-Note"));
    CHECK(Has(html, "Nom&amp;Canari"));
    CHECK_FALSE(Has(html, "<i>Canari"));
    CHECK(Has(html, "06 12 34 56 78"));
    CHECK(Has(html, "14 juillet 1978"));
    CHECK(Has(html, "1975"));
  }

  TEST_CASE("the person's copy has every section, addressed to the person") {
    Documents d;
    const std::string html = d.Copy(d.dossier);
    CHECK(Has(html,
              "Voici tout ce que le service enregistre à votre sujet dans Carnet, à la date "
              "du 20 avril 2026 à 16 h 45."));
    for (const char* heading :
         {"Votre identité", "Votre foyer", "Vos demandes", "Les contacts",
          "Les rendez-vous et tâches", "Les notes", "Les étapes de votre accompagnement",
          "Qui a reçu des informations vous concernant", "Vos droits"}) {
      CAPTURE(heading);
      CHECK(Has(html, std::string("<h2>") + heading + "</h2>"));
    }
    CHECK(Has(html, "rectification"));
    CHECK(Has(html, "effacement"));
    CHECK(Has(html, "24 mois après le dernier contact"));
  }

  TEST_CASE("the person's copy writes answers, kinds and statuses in words") {
    Documents d;
    std::string html = d.Copy(d.dossier);
    CHECK(Has(html, "<dt>Personnes au foyer</dt><dd>Sans objet</dd>"));
    CHECK(Has(html, "<td>Refus de répondre</td>"));  // the daughter's birth year
    CHECK(Has(html, "<td>Visite à domicile</td>"));
    CHECK(Has(html, "<td>45 min</td>"));
    CHECK(Has(html, "12 mars 2026 à 14 h 30"));
    CHECK(Has(html, "Demande du 2 mars 2026\u00a0: Objet de la demande Canari-Objet"));
    CHECK(Has(html, "<td>Partiellement satisfaite</td><td>1er avril 2026</td>"));
    CHECK(Has(html,
              "Budget et ressources\u00a0: Aide financière<br>\nLogement\u00a0: Sous-catégorie "
              "Canari-Catégorie"));
    CHECK(Has(html, "4 mai 2026 à 9 h 05"));
    CHECK(Has(html, "<td>Rendez-vous</td>"));
    CHECK(Has(html, "Fait le 21 mars 2026 à 10 h 00"));
    CHECK(Has(html, "<h3>Note du 12 mars 2026 à 15 h 00</h3>"));
    CHECK(Has(html, "<td>Ouverture du dossier</td><td>Accueil</td>"));
    CHECK(Has(html, "<td>Changement d’étape</td><td>Évaluation</td>"));
    CHECK(Has(html, "étape actuelle\u00a0: Évaluation"));
    // The notes in the order they were written.
    CHECK(html.find("Canari-Note2") > html.find("Canari-Note<"));

    PersonFields unknown = Named("", "");
    unknown.alias = "Sans nom";
    unknown.birth = Answer<BirthDate>::Of(BirthDate{1990, 5, 0});
    unknown.address = Answer<std::string>::Is(AnswerState::kUnknown);
    unknown.phone = Answer<std::string>::Is(AnswerState::kRefused);
    REQUIRE(d.store.Apply(UpdatePerson{d.dossier, unknown}).ok());
    html = d.Copy(d.dossier);
    CHECK(Has(html, "<dt>Date de naissance</dt><dd>mai 1990</dd>"));
    CHECK(Has(html, "<dt>Adresse</dt><dd>Inconnu</dd>"));
    CHECK(Has(html, "<dt>Téléphone</dt><dd>Refus de répondre</dd>"));
    CHECK(Has(html, "<dt>Personnes au foyer</dt><dd>Non demandé</dd>"));
  }

  TEST_CASE("the person's copy holds nothing of another dossier") {
    Documents d;
    const std::string html = d.Copy(d.dossier);
    for (const std::string& canary : kOtherCanaries) {
      CAPTURE(canary);
      CHECK_FALSE(Has(html, EscapeHtml(canary)));
    }
    const std::string other = d.Copy(d.other);
    for (const std::string& canary : kOtherCanaries) CHECK(Has(other, EscapeHtml(canary)));
    for (const std::string& canary : kCanaries) {
      CAPTURE(canary);
      CHECK_FALSE(Has(other, EscapeHtml(canary)));
    }
    CHECK(Has(other, "Aucune demande n’est enregistrée."));
    CHECK(Has(other, "Aucun contact n’est enregistré."));
  }

  TEST_CASE("the person's copy lists the dossier's own disclosures, or says there were none") {
    Documents d;
    CHECK(Has(d.Copy(d.dossier), "Aucune information n’a été communiquée."));
    d.Disclose(d.dossier, DisclosureKind::kShare, "Mme Partenaire <CCAS>", "identité, 1 demande",
               "Instruction de l’aide au logement", DisclosureBasis::kConsentGiven,
               M(2026, 4, 2, 11, 15));
    d.Disclose(d.dossier, DisclosureKind::kPersonCopy, "la personne", "dossier complet",
               "Droit d’accès", DisclosureBasis::kPersonRequest, M(2026, 4, 10, 9, 0));
    d.Disclose(d.other, DisclosureKind::kShare, "Destinataire-Autre", "identité", "Autre-Motif",
               DisclosureBasis::kLegalObligation, M(2026, 4, 3, 9, 0));
    const std::string html = d.Copy(d.dossier);
    CHECK_FALSE(Has(html, "Aucune information n’a été communiquée."));
    CHECK(Has(html, "Mme Partenaire &lt;CCAS&gt;"));
    CHECK(Has(html, "2 avril 2026 à 11 h 15"));
    CHECK(Has(html, "identité, 1 demande"));
    CHECK(Has(html, "Instruction de l’aide au logement"));
    CHECK(Has(html, "Avec votre accord"));
    CHECK(Has(html, "À votre demande"));
    CHECK(Has(html, "Copie remise à vous-même"));
    CHECK_FALSE(Has(html, "Destinataire-Autre"));
    CHECK_FALSE(Has(html, "Autre-Motif"));
    // Oldest first, as it happened.
    CHECK(html.find("2 avril 2026 à 11 h 15") < html.find("10 avril 2026 à 9 h 00"));
  }

  TEST_CASE("the person's copy and the record say when a transferred dossier will be purged") {
    Documents d;
    CHECK_FALSE(Has(d.Copy(d.dossier), "transmis"));
    CHECK(Has(d.Record(), "(0 dossier en attente)"));
    REQUIRE(MarkTransferred(d.store, d.dossier, D(2026, 4, 15), D(2026, 7, 15)).ok());
    CHECK(Has(d.Copy(d.dossier), "Votre dossier a été transmis le 15 avril 2026"));
    CHECK(Has(d.Copy(d.dossier), "supprimé de ce poste le 15 juillet 2026."));
    CHECK(Has(d.Record(), "(1 dossier en attente)"));
  }

  TEST_CASE("the person's copy of an unknown dossier is refused") {
    Documents d;
    const Result<std::string> html = PersonCopyHtml(d.store, 9999, d.now, "");
    REQUIRE_FALSE(html.ok());
    CHECK(html.status().problem() == Problem::kUnknownReference);
    CHECK(html.status().field() == "dossier_id");
  }

  TEST_CASE("the record of processing states the configured retention") {
    Documents d;
    std::string html = d.Record();
    CheckSkeleton(html);
    CHECK(Has(html, "24 mois après le dernier contact"));
    CHECK(Has(html, "<td>12 mois</td>"));  // the access log
    REQUIRE(d.store.SetRetentionMonths(36).ok());
    html = d.Record();
    CHECK(Has(html, "36 mois après le dernier contact"));
    CHECK_FALSE(Has(html, "24 mois"));
  }

  TEST_CASE("the record of processing has every part an article 30 record needs") {
    Documents d;
    const std::string html = d.Record();
    for (const char* heading :
         {"Finalités", "Catégories de personnes concernées", "Catégories de données",
          "Catégories de destinataires", "Durées de conservation", "Mesures de sécurité"}) {
      CAPTURE(heading);
      CHECK(Has(html, std::string("<h2>") + heading + "</h2>"));
    }
    CHECK(Has(html, "Service social"));
    CHECK(Has(html, "20 avril 2026 à 16 h 45"));
    CHECK(Has(html, "confidentialité différentielle"));
    CHECK(Has(html, "XChaCha20-Poly1305"));
    CHECK(Has(html, "Argon2id (au moins 3 passes et 64 Mio de mémoire)"));
    CHECK(Has(html, "blocs de 32 Kio"));
    CHECK(Has(html, "La personne elle-même"));
    const std::string stated =
        Value(ProcessingRecordHtml(d.store, d.now, "", "", KdfParams{5, 128 * 1024}));
    CHECK(Has(stated, "Argon2id (5 passes et 128 Mio de mémoire pour ce coffre)"));
  }

  TEST_CASE("the record of processing lists the active categories of requests") {
    Documents d;
    REQUIRE(d.store.Apply(DeactivateCategory{"FAMILLE.SEPARATION"}).ok());
    const std::string html = d.Record();
    CHECK(Has(html,
              "Logement\u00a0: Adaptation du logement\u00a0; Maintien dans le logement\u00a0; "));
    CHECK(Has(html, "Sous-catégorie Canari-Catégorie"));
    CHECK(Has(html, "Ne correspond à aucune catégorie"));
    CHECK(Has(html, "Décès d’un proche"));
    CHECK_FALSE(Has(html, "Séparation"));
  }

  TEST_CASE("the record of processing counts the recipients of the register and names no person") {
    Documents d;
    CHECK(Has(d.Record(), "Aucun partage ni transfert n’est inscrit au registre à ce jour."));
    for (int i = 0; i < 2; ++i) {
      d.Disclose(d.dossier, DisclosureKind::kShare, "CCAS <Ville>", "identité", "Motif-Canari",
                 DisclosureBasis::kConsentGiven, M(2026, 4, 2 + i, 10, 0));
    }
    d.Disclose(d.other, DisclosureKind::kTransfer, "Collègue Antenne Nord", "dossier complet",
               "Déménagement", DisclosureBasis::kConsentGiven, M(2026, 4, 5, 10, 0));
    // A person's copy whose recipient is written with the person's name: counted, not named.
    d.Disclose(d.dossier, DisclosureKind::kPersonCopy, kCanaries[0], "dossier complet",
               "Droit d’accès", DisclosureBasis::kPersonRequest, M(2026, 4, 6, 10, 0));
    const std::string html = d.Record();
    CHECK(Has(html, "<tr><th scope=\"row\">CCAS &lt;Ville&gt;</th><td>2</td><td>0</td></tr>"));
    CHECK(Has(html, "<tr><th scope=\"row\">Collègue Antenne Nord</th><td>0</td><td>1</td></tr>"));
    CHECK(Has(html, "1 copie remise"));
    for (const std::string& canary : kCanaries) {
      if (canary.find("Catégorie") != std::string::npos) continue;  // a category, not a person
      CAPTURE(canary);
      CHECK_FALSE(Has(html, EscapeHtml(canary)));
    }
    for (const std::string& canary : kOtherCanaries) CHECK_FALSE(Has(html, EscapeHtml(canary)));
    CHECK_FALSE(Has(html, "Motif-Canari"));  // no purpose
    CHECK_FALSE(Has(html, "Déménagement"));
  }
}
