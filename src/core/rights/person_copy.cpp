// The person's copy of their file: reads the dossier whole and writes it in plain French.
// The words for answer states, request statuses and contact kinds are the interface's own
// (src/app/base/i18n_catalogue.cpp), so the person reads what the worker sees.
#include "core/rights/person_copy.h"

#include <algorithm>
#include <map>
#include <vector>

#include "core/case/store.h"
#include "core/db/sql.h"
#include "core/rights/disclosure.h"
#include "core/rights/html_text.h"

namespace carnet {
namespace {

const char* AnswerStateWords(AnswerState state) {
  switch (state) {
    case AnswerState::kValue: return "";
    case AnswerState::kUnknown: return "Inconnu";
    case AnswerState::kNotAsked: return "Non demandé";
    case AnswerState::kRefused: return "Refus de répondre";
    case AnswerState::kNotApplicable: return "Sans objet";
  }
  return "Inconnu";
}

const char* RequestStatusWords(RequestStatus status) {
  switch (status) {
    case RequestStatus::kOpen: return "En cours";
    case RequestStatus::kSatisfied: return "Satisfaite";
    case RequestStatus::kPartlySatisfied: return "Partiellement satisfaite";
    case RequestStatus::kNotSatisfied: return "Non satisfaite";
    case RequestStatus::kAbandoned: return "Abandonnée";
  }
  return "";
}

const char* ContactKindWords(ContactKind kind) {
  switch (kind) {
    case ContactKind::kInterview: return "Entretien";
    case ContactKind::kHomeVisit: return "Visite à domicile";
    case ContactKind::kCall: return "Appel";
    case ContactKind::kMail: return "Courrier ou mail";
    case ContactKind::kPartnerStep: return "Démarche auprès d’un partenaire";
    case ContactKind::kMeeting: return "Réunion";
  }
  return "";
}

const char* EventWords(int kind) {
  switch (kind) {
    case 0: return "Ouverture du dossier";
    case 1: return "Changement d’étape";
    case 2: return "Clôture du dossier";
    case 3: return "Réouverture du dossier";
    default: return "Étape";
  }
}

const char* DisclosureKindWords(DisclosureKind kind) {
  switch (kind) {
    case DisclosureKind::kShare: return "Partage";
    case DisclosureKind::kTransfer: return "Transfert du dossier";
    case DisclosureKind::kPersonCopy: return "Copie remise à vous-même";
    case DisclosureKind::kPrint: return "Impression";
    case DisclosureKind::kErased: return "Suppression";
    case DisclosureKind::kPurged: return "Suppression en fin de conservation";
    case DisclosureKind::kClipboard: return "Coordonnées copiées par le service";
  }
  return "";
}

std::string BasisWords(const Disclosure& d) {
  std::string words;
  switch (d.basis) {
    case DisclosureBasis::kConsentGiven: words = "Avec votre accord"; break;
    case DisclosureBasis::kConsentRefused: words = "Malgré votre refus"; break;
    case DisclosureBasis::kLegalObligation: words = "Obligation légale"; break;
    case DisclosureBasis::kPersonRequest: words = "À votre demande"; break;
    case DisclosureBasis::kNone: words = "—"; break;
  }
  if (!d.basis_reference.empty()) words += "\u00a0: " + d.basis_reference;
  return words;
}

std::string TextOr(const std::string& text, const char* when_empty) {
  return text.empty() ? std::string(when_empty) : text;
}

std::string BirthWords(const Answer<BirthDate>& birth) {
  if (!birth.has_value()) return AnswerStateWords(birth.state);
  const BirthDate& b = birth.value;
  if (b.month == 0) return std::to_string(b.year);
  if (b.day == 0) return FrenchMonth(b.year, b.month);
  const std::optional<Day> day = DayFromYmd(b.year, b.month, b.day);
  return day ? FrenchDate(*day) : std::to_string(b.year);
}

std::string TextAnswerWords(const Answer<std::string>& answer) {
  return answer.has_value() ? answer.value : AnswerStateWords(answer.state);
}

std::string IntAnswerWords(const Answer<int>& answer) {
  return answer.has_value() ? std::to_string(answer.value) : AnswerStateWords(answer.state);
}

// What the document needs besides the dossier: the names of steps and categories.
struct Labels {
  std::map<std::string, std::string> steps;
  std::map<std::string, Category> categories;

  std::string Step(const std::string& code) const {
    auto it = steps.find(code);
    return it == steps.end() ? code : it->second;
  }
  // A local category under its national one: "Logement : Maintien dans le logement".
  std::string CategoryWords(const std::string& code) const {
    auto it = categories.find(code);
    if (it == categories.end()) return code;
    const Category& c = it->second;
    if (c.parent_code.empty()) return c.label;
    auto parent = categories.find(c.parent_code);
    return (parent == categories.end() ? c.parent_code : parent->second.label) +
           "\u00a0: " + c.label;
  }
};

Result<Labels> LoadLabels(Store& store) {
  Labels labels;
  Result<std::vector<ProcessStatus>> steps = store.ProcessStatuses();
  if (!steps.ok()) return steps.status();
  for (const ProcessStatus& s : steps.value()) labels.steps[s.code] = s.label;
  Result<std::vector<Category>> categories = store.Categories();
  if (!categories.ok()) return categories.status();
  for (Category& c : categories.value()) labels.categories[c.code] = std::move(c);
  return labels;
}

// A dossier handed over to a colleague: when, and when this copy of it will be purged.
Status Transfer(HtmlWriter& html, Store& store, Id dossier_id) {
  return ForEachRow(store.db(),
                    "SELECT transferred_on, purge_on FROM dossier WHERE id = ?1 "
                    "AND transferred_on IS NOT NULL",
                    {dossier_id}, [&html](const Rows& r) {
                      std::string words = "Votre dossier a été transmis le " +
                                          FrenchDate(static_cast<Day>(r.Int(0))) +
                                          " à un autre travailleur social, qui poursuit votre "
                                          "accompagnement";
                      if (!r.IsNull(1)) {
                        words += "\u00a0; il sera supprimé de ce poste le " +
                                 FrenchDate(static_cast<Day>(r.Int(1)));
                      }
                      html.Paragraph(words + ".");
                    });
}

void Identity(HtmlWriter& html, const PersonFields& p) {
  html.OpenSection();
  html.Heading(2, "Votre identité");
  html.Definitions({
      {"Prénom", TextOr(p.first_name, "Non renseigné")},
      {"Nom", TextOr(p.last_name, "Non renseigné")},
      {"Pseudonyme", TextOr(p.alias, "Aucun")},
      {"Date de naissance", BirthWords(p.birth)},
      {"Adresse", TextAnswerWords(p.address)},
      {"Téléphone", TextAnswerWords(p.phone)},
      {"Personnes au foyer", IntAnswerWords(p.household_size)},
  });
  html.CloseSection();
}

Status Household(HtmlWriter& html, Store& store, Id dossier_id) {
  HtmlTable table{"", {"Nom", "Lien", "Année de naissance"}, {}};
  CARNET_TRY(ForEachRow(store.db(), R"sql(
    SELECT name, relation, birth_year_state, birth_year FROM household_member
    WHERE dossier_id = ?1 ORDER BY id)sql",
                        {dossier_id}, [&table](const Rows& r) {
                          const auto state = static_cast<AnswerState>(r.Int(2));
                          table.rows.push_back({r.Text(0), r.Text(1),
                                                state == AnswerState::kValue && !r.IsNull(3)
                                                    ? std::to_string(r.Int(3))
                                                    : std::string(AnswerStateWords(state))});
                        }));
  html.OpenSection();
  html.Heading(2, "Votre foyer");
  if (table.rows.empty()) {
    html.Paragraph("Aucun membre de votre foyer n’est enregistré.");
  } else {
    html.Table(table);
  }
  html.CloseSection();
  return Status::Ok();
}

void Requests(HtmlWriter& html, std::vector<RequestSummary> requests, const Labels& labels) {
  std::sort(requests.begin(), requests.end(), [](const RequestSummary& a, const RequestSummary& b) {
    return a.opened_on != b.opened_on ? a.opened_on < b.opened_on : a.request_id < b.request_id;
  });
  HtmlTable table{"", {"Date", "Catégories", "Objet", "Statut", "Date du résultat"}, {}};
  for (const RequestSummary& r : requests) {
    std::string categories;
    for (const std::string& code : r.category_codes) {
      if (!categories.empty()) categories += "\n";
      categories += labels.CategoryWords(code);
    }
    table.rows.push_back({FrenchDate(r.opened_on), categories, TextOr(r.subject, "—"),
                          RequestStatusWords(r.status),
                          r.outcome_on ? FrenchDate(*r.outcome_on) : std::string("—")});
  }
  html.OpenSection();
  html.Heading(2, "Vos demandes");
  if (table.rows.empty()) {
    html.Paragraph("Aucune demande n’est enregistrée.");
  } else {
    html.Table(table);
  }
  html.CloseSection();
}

Status Contacts(HtmlWriter& html, Store& store, Id dossier_id) {
  // The requests each contact dealt with, named by their date and subject.
  std::map<Id, std::string> dealt_with;
  CARNET_TRY(ForEachRow(store.db(), R"sql(
    SELECT cr.contact_id, r.opened_on, r.subject FROM contact_request cr
    JOIN request r ON r.id = cr.request_id JOIN contact c ON c.id = cr.contact_id
    WHERE c.dossier_id = ?1 ORDER BY r.opened_on, r.id)sql",
                        {dossier_id}, [&dealt_with](const Rows& r) {
                          std::string& words = dealt_with[r.Int(0)];
                          if (!words.empty()) words += "\n";
                          words += "Demande du " + FrenchDate(static_cast<Day>(r.Int(1)));
                          if (!r.Text(2).empty()) words += "\u00a0: " + r.Text(2);
                        }));
  HtmlTable table{"", {"Date et heure", "Type", "Durée", "Résumé", "Demandes concernées"}, {}};
  CARNET_TRY(ForEachRow(store.db(), R"sql(
    SELECT at, kind, duration_minutes, summary, id FROM contact
    WHERE dossier_id = ?1 ORDER BY at, id)sql",
                        {dossier_id}, [&](const Rows& r) {
                          const auto requests = dealt_with.find(r.Int(4));
                          table.rows.push_back(
                              {FrenchDateTime(r.Int(0)),
                               ContactKindWords(static_cast<ContactKind>(r.Int(1))),
                               r.IsNull(2) ? std::string("—") : std::to_string(r.Int(2)) + " min",
                               TextOr(r.Text(3), "—"),
                               requests == dealt_with.end() ? std::string("—") : requests->second});
                        }));
  html.OpenSection();
  html.Heading(2, "Les contacts");
  if (table.rows.empty()) {
    html.Paragraph("Aucun contact n’est enregistré.");
  } else {
    html.Table(table);
  }
  html.CloseSection();
  return Status::Ok();
}

std::string TaskState(TaskStatus status, const std::optional<std::int64_t>& done_at) {
  switch (status) {
    case TaskStatus::kOpen: return "Prévu";
    case TaskStatus::kDone: return done_at ? "Fait le " + FrenchDateTime(*done_at) : "Fait";
    case TaskStatus::kCancelled: return "Annulé";
  }
  return "";
}

Status Tasks(HtmlWriter& html, Store& store, Id dossier_id) {
  HtmlTable table{"", {"Date prévue", "Type", "Intitulé", "État"}, {}};
  CARNET_TRY(ForEachRow(store.db(), R"sql(
    SELECT due_on, due_minute, kind, title, status, done_at FROM task
    WHERE dossier_id = ?1 ORDER BY due_on, coalesce(due_minute, 1440), id)sql",
                        {dossier_id}, [&table](const Rows& r) {
                          std::string when = FrenchDate(static_cast<Day>(r.Int(0)));
                          if (!r.IsNull(1)) {
                            when += " à " + FrenchTime(static_cast<int>(r.Int(1)));
                          }
                          const auto kind = static_cast<TaskKind>(r.Int(2));
                          table.rows.push_back(
                              {when, kind == TaskKind::kAppointment ? "Rendez-vous" : "Tâche",
                               r.Text(3),
                               TaskState(static_cast<TaskStatus>(r.Int(4)), r.OptInt(5))});
                        }));
  html.OpenSection();
  html.Heading(2, "Les rendez-vous et tâches");
  if (table.rows.empty()) {
    html.Paragraph("Aucun rendez-vous ni aucune tâche n’est enregistré.");
  } else {
    html.Table(table);
  }
  html.CloseSection();
  return Status::Ok();
}

Status Notes(HtmlWriter& html, Store& store, Id dossier_id) {
  std::vector<std::pair<Minute, std::string>> notes;
  CARNET_TRY(ForEachRow(
      store.db(), "SELECT written_at, text FROM note WHERE dossier_id = ?1 ORDER BY written_at, id",
      {dossier_id}, [&notes](const Rows& r) { notes.emplace_back(r.Int(0), r.Text(1)); }));
  html.OpenSection();
  html.Heading(2, "Les notes");
  if (notes.empty()) {
    html.Paragraph("Aucune note n’est enregistrée.");
  } else {
    html.Paragraph(
        "Les notes sont écrites par votre travailleur social pour suivre votre accompagnement. "
        "Elles n’entrent dans aucune statistique.");
    for (const auto& [at, text] : notes) {
      html.Heading(3, "Note du " + FrenchDateTime(at));
      html.Paragraph(text);
    }
  }
  html.CloseSection();
  return Status::Ok();
}

Status Steps(HtmlWriter& html, Store& store, Id dossier_id, const Labels& labels) {
  HtmlTable table{"", {"Date", "Événement", "Étape"}, {}};
  CARNET_TRY(ForEachRow(store.db(), R"sql(
    SELECT on_day, kind, status_code FROM dossier_event
    WHERE dossier_id = ?1 ORDER BY on_day, id)sql",
                        {dossier_id}, [&](const Rows& r) {
                          table.rows.push_back({FrenchDate(static_cast<Day>(r.Int(0))),
                                                EventWords(static_cast<int>(r.Int(1))),
                                                labels.Step(r.Text(2))});
                        }));
  html.OpenSection();
  html.Heading(2, "Les étapes de votre accompagnement");
  html.Table(table);
  html.CloseSection();
  return Status::Ok();
}

Status Register(HtmlWriter& html, Store& store, Id dossier_id) {
  DisclosureFilter filter;
  filter.dossier_id = dossier_id;
  Result<std::vector<Disclosure>> entries = Disclosures(store, filter);
  if (!entries.ok()) return entries.status();
  HtmlTable table{
      "", {"Date", "Destinataire", "Nature", "Ce qui a été communiqué", "Motif", "Fondement"}, {}};
  // The register gives the newest first; the person reads it in the order it happened.
  for (auto it = entries.value().rbegin(); it != entries.value().rend(); ++it) {
    const Disclosure& d = *it;
    table.rows.push_back({FrenchDateTime(d.at), TextOr(d.recipient, "—"),
                          DisclosureKindWords(d.kind), TextOr(d.parts, "—"), TextOr(d.purpose, "—"),
                          BasisWords(d)});
  }
  html.OpenSection();
  html.Heading(2, "Qui a reçu des informations vous concernant");
  if (table.rows.empty()) {
    html.Paragraph("Aucune information n’a été communiquée.");
  } else {
    html.Paragraph(
        "Chaque fois qu’une information de votre dossier quitte Carnet, le service l’inscrit dans "
        "ce registre\u00a0: à qui, quand, quoi, pourquoi et sur quel fondement.");
    html.Table(table);
  }
  html.CloseSection();
  return Status::Ok();
}

void Rights(HtmlWriter& html, int retention_months) {
  html.OpenSection();
  html.Heading(2, "Vos droits");
  html.Paragraph(
      "Si une information de ce document est inexacte ou incomplète, vous pouvez demander qu’elle "
      "soit corrigée (droit de rectification). Vous pouvez demander que votre dossier ou une "
      "partie de celui-ci soit effacé lorsqu’il n’est plus nécessaire à votre accompagnement "
      "(droit à l’effacement), et vous opposer à ce que vos informations soient communiquées.");
  html.Paragraph("Une fois l’accompagnement terminé, votre dossier est conservé " +
                 std::to_string(retention_months) +
                 " mois après le dernier contact ou la clôture, puis supprimé.");
  html.Paragraph(
      "Pour exercer ces droits ou pour toute question, adressez-vous au service social qui vous "
      "accompagne. Vous pouvez aussi adresser une réclamation à la Commission nationale de "
      "l’informatique et des libertés (CNIL).");
  html.CloseSection();
}

}  // namespace

Result<std::string> PersonCopyHtml(Store& store, Id dossier_id, Minute now,
                                   const std::string& stylesheet_url) {
  Result<PersonFields> person = store.Person(dossier_id);
  if (!person.ok()) return person.status();
  Result<DossierHeader> dossier = store.Dossier(dossier_id);
  if (!dossier.ok()) return dossier.status();
  Result<Labels> labels = LoadLabels(store);
  if (!labels.ok()) return labels.status();
  Result<int> retention = store.RetentionMonths();
  if (!retention.ok()) return retention.status();

  const DossierHeader& header = dossier.value();
  HtmlWriter html("Votre dossier — " + header.display_name, stylesheet_url);
  html.Heading(1, "Votre dossier social — " + header.display_name);
  html.Paragraph(
      "Voici tout ce que le service enregistre à votre sujet dans Carnet, à la date du " +
      FrenchDateTime(now) + ".");
  std::string state = "Votre dossier a été ouvert le " + FrenchDate(header.opened_on);
  if (header.closed_on) {
    state += " et clos le " + FrenchDate(*header.closed_on) + ".";
  } else {
    state += "\u00a0; étape actuelle\u00a0: " + labels.value().Step(header.status_code) + ".";
  }
  html.Paragraph(state);
  CARNET_TRY(Transfer(html, store, dossier_id));

  Identity(html, person.value());
  CARNET_TRY(Household(html, store, dossier_id));
  Requests(html, header.requests, labels.value());
  CARNET_TRY(Contacts(html, store, dossier_id));
  CARNET_TRY(Tasks(html, store, dossier_id));
  CARNET_TRY(Notes(html, store, dossier_id));
  CARNET_TRY(Steps(html, store, dossier_id, labels.value()));
  CARNET_TRY(Register(html, store, dossier_id));
  Rights(html, retention.value());
  html.Paragraph("Document établi le " + FrenchDateTime(now) + ".");
  return html.Finish();
}

}  // namespace carnet
