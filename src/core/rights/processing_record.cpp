// The record of processing: every statement is read from the case file (categories, settings,
// register) or from the code's own constants (cryptography), so the document says what this
// vault does, not what it might do.
#include "core/rights/processing_record.h"

#include <map>
#include <vector>

#include "core/case/store.h"
#include "core/crypto/aead.h"
#include "core/db/sql.h"
#include "core/rights/access_log.h"
#include "core/rights/disclosure.h"
#include "core/rights/html_text.h"
#include "core/stats/stats_spec.h"
#include "core/vault/vault_format.h"

namespace carnet {
namespace {

std::string Plural(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n > 1 ? many : one);
}

Status Purposes(HtmlWriter& html, Store& store) {
  Result<std::vector<ProcessStatus>> steps = store.ProcessStatuses();
  if (!steps.ok()) return steps.status();
  std::string process;
  for (const ProcessStatus& s : steps.value()) {
    if (!s.active) continue;
    if (!process.empty()) process += ", ";
    process += s.label;
  }
  html.OpenSection();
  html.Heading(2, "Finalités");
  html.List({
      "Accompagnement social individuel des personnes qui s’adressent au service\u00a0: recevoir "
      "et traiter leurs demandes, suivre les contacts, rendez-vous et démarches, selon les étapes "
      "du service (" +
          process + ").",
      "Statistiques anonymisées, calculées sur le poste du travailleur social (spécification " +
          std::string(kStatsSpecVersion) +
          ")\u00a0: tableaux fixes, contribution de chaque personne bornée et bruit aléatoire "
          "exact ajouté à chaque case (confidentialité différentielle), ou, pour les tableaux qui "
          "doivent suivre la pratique de la statistique publique, seuil de fréquence minimale "
          "avec secret secondaire vérifié. Le fichier produit ne contient ni identifiant, ni "
          "texte libre, ni date exacte, ni mesure de l’activité du travailleur social.",
  });
  html.CloseSection();
  return Status::Ok();
}

void Persons(HtmlWriter& html) {
  html.OpenSection();
  html.Heading(2, "Catégories de personnes concernées");
  html.List({"Les personnes accompagnées par le service social.",
             "Les membres de leur foyer, lorsque la personne les mentionne."});
  html.CloseSection();
}

Status Data(HtmlWriter& html, Store& store) {
  Result<std::vector<Category>> categories = store.Categories();
  if (!categories.ok()) return categories.status();
  html.OpenSection();
  html.Heading(2, "Catégories de données");
  html.Paragraph(
      "Un nom ou un pseudonyme suffit pour ouvrir un dossier\u00a0; aucune autre donnée n’est "
      "obligatoire. Chaque réponse structurée peut rester «\u00a0Inconnu\u00a0», «\u00a0Non "
      "demandé\u00a0», «\u00a0Refus de répondre\u00a0» ou «\u00a0Sans objet\u00a0». Aucune donnée "
      "ne qualifie la personne\u00a0: le dossier enregistre des faits, des demandes, des actions "
      "et leurs résultats.");
  html.Table(HtmlTable{
      "",
      {"Catégorie", "Données"},
      {
          {"Identité", "Prénom, nom, pseudonyme, date de naissance (complète, mois ou année)"},
          {"Coordonnées", "Adresse, téléphone"},
          {"Foyer",
           "Nombre de personnes au foyer\u00a0; membres\u00a0: nom, lien, année de naissance"},
          {"Demandes",
           "Date, catégories (typologie nationale ci-dessous), objet, statut, date du résultat"},
          {"Contacts", "Date et heure, type, durée, résumé, demandes traitées"},
          {"Rendez-vous et tâches", "Intitulé, date et heure prévues, rappel, état"},
          {"Notes libres",
           "Texte daté, factuel par principe\u00a0; lisible par la personne sur demande, jamais "
           "utilisé dans les statistiques"},
          {"Suivi du dossier", "Étapes de l’accompagnement et leurs dates, ouverture, clôture"},
          {"Registre des communications",
           "Pour chaque communication\u00a0: date, destinataire, données communiquées, motif, "
           "fondement"},
          {"Journal des accès",
           "Ouverture d’un dossier (par son numéro) et exports, sans nom de personne"},
      }});
  html.Heading(3, "Catégories de demandes en usage");
  std::map<std::string, std::vector<std::string>> locals;
  for (const Category& c : categories.value()) {
    if (c.active && !c.parent_code.empty()) locals[c.parent_code].push_back(c.label);
  }
  std::vector<std::string> items;
  for (const Category& c : categories.value()) {
    if (!c.active || !c.parent_code.empty()) continue;
    std::string item = c.label;
    const auto it = locals.find(c.code);
    if (it != locals.end()) {
      item += "\u00a0: ";
      for (std::size_t i = 0; i < it->second.size(); ++i) {
        if (i > 0) item += "\u00a0; ";
        item += it->second[i];
      }
    }
    items.push_back(item);
  }
  html.List(items);
  html.CloseSection();
  return Status::Ok();
}

Status Recipients(HtmlWriter& html, Store& store) {
  Result<std::vector<Disclosure>> entries = Disclosures(store, DisclosureFilter{});
  if (!entries.ok()) return entries.status();
  struct Counts {
    int shares = 0;
    int transfers = 0;
  };
  // Named recipients are the worker's contacts (partners, colleagues); a person's own copy
  // and a print are counted without a name, so the record names nobody who is followed.
  std::map<std::string, Counts> named;
  int person_copies = 0;
  int prints = 0;
  for (const Disclosure& d : entries.value()) {
    switch (d.kind) {
      case DisclosureKind::kShare: ++named[d.recipient].shares; break;
      case DisclosureKind::kTransfer: ++named[d.recipient].transfers; break;
      case DisclosureKind::kPersonCopy: ++person_copies; break;
      case DisclosureKind::kPrint:
      case DisclosureKind::kClipboard: ++prints; break;
      case DisclosureKind::kErased:
      case DisclosureKind::kPurged: break;
    }
  }
  html.OpenSection();
  html.Heading(2, "Catégories de destinataires");
  html.List({
      "La personne elle-même\u00a0: copie de son dossier et du registre des communications (droit "
      "d’accès) — " +
          Plural(person_copies, "copie remise", "copies remises") + " à ce jour.",
      "Les partenaires et collègues que le travailleur social désigne nommément, pour un partage "
      "ou un transfert chiffré de bout en bout, avec le motif et l’accord de la personne (ou le "
      "fondement qui s’y substitue) inscrits au registre.",
      "Impressions de dossiers inscrites au registre\u00a0: " + std::to_string(prints) + ".",
  });
  if (named.empty()) {
    html.Paragraph("Aucun partage ni transfert n’est inscrit au registre à ce jour.");
  } else {
    HtmlTable table{
        "Destinataires inscrits au registre", {"Destinataire", "Partages", "Transferts"}, {}};
    for (const auto& [recipient, counts] : named) {
      table.rows.push_back(
          {recipient, std::to_string(counts.shares), std::to_string(counts.transfers)});
    }
    html.Table(table);
  }
  html.Paragraph(
      "Aucune donnée nominative n’est transmise à un serveur, ni à l’organisme, ni à l’éditeur du "
      "logiciel\u00a0: seuls les fichiers statistiques anonymisés quittent le poste, à "
      "l’initiative du travailleur social.");
  html.CloseSection();
  return Status::Ok();
}

Status Retention(HtmlWriter& html, Store& store, Minute now) {
  Result<int> months = store.RetentionMonths();
  if (!months.ok()) return months.status();
  Result<int> log_months = AccessLogMonths(store);
  if (!log_months.ok()) return log_months.status();
  Result<std::optional<std::int64_t>> pending = SelectInt(
      store.db(), "SELECT count(*) FROM dossier WHERE purge_on IS NOT NULL AND purge_on >= ?1",
      {static_cast<std::int64_t>(DayOfMinute(now))});
  if (!pending.ok()) return pending.status();
  html.OpenSection();
  html.Heading(2, "Durées de conservation");
  html.Table(HtmlTable{
      "",
      {"Données", "Durée"},
      {
          {"Dossiers", std::to_string(months.value()) +
                           " mois après le dernier contact ou la clôture (réglage du coffre)"},
          {"Dossiers transmis à un collègue",
           "Supprimés du poste d’origine à la date de purge fixée lors du transfert (" +
               Plural(pending.value().value_or(0), "dossier en attente", "dossiers en attente") +
               ")"},
          {"Journal des accès", std::to_string(log_months.value()) + " mois"},
          {"Registre des communications",
           "Conservé\u00a0; à la suppression d’un dossier, ses entrées perdent toute référence à "
           "la personne et au motif"},
      }});
  html.CloseSection();
  return Status::Ok();
}

Status Security(HtmlWriter& html, Store& store, const std::optional<KdfParams>& kdf) {
  Result<std::optional<std::int64_t>> auto_lock = store.IntSetting("auto_lock_minutes");
  if (!auto_lock.ok()) return auto_lock.status();
  Result<int> log_months = AccessLogMonths(store);
  if (!log_months.ok()) return log_months.status();
  const std::string kdf_words =
      kdf ? Plural(kdf->ops, "passe", "passes") + " et " + std::to_string(kdf->mem_kib / 1024) +
                " Mio de mémoire pour ce coffre"
          : "au moins " + Plural(kKdfFloor.ops, "passe", "passes") + " et " +
                std::to_string(kKdfFloor.mem_kib / 1024) + " Mio de mémoire";
  std::string lock_words =
      "Verrouillage automatique du coffre après une période d’inactivité réglable.";
  if (auto_lock.value()) {
    lock_words = *auto_lock.value() > 0
                     ? "Verrouillage automatique du coffre après " +
                           Plural(*auto_lock.value(), "minute", "minutes") + " d’inactivité."
                     : "Verrouillage automatique\u00a0: désactivé sur ce coffre.";
  }
  html.OpenSection();
  html.Heading(2, "Mesures de sécurité");
  std::vector<std::string> items;
  items.push_back(
      "Traitement local\u00a0: les données restent sur le poste, dans le navigateur\u00a0; "
      "l’application est un ensemble de fichiers statiques, sans serveur qui recevrait les "
      "données, et fonctionne hors ligne.");
  items.push_back(
      "Chiffrement au repos\u00a0: la base est découpée en blocs de " +
      std::to_string(kChunkSize / 1024) + " Kio, chacun chiffré par XChaCha20-Poly1305 (clé de " +
      std::to_string(kAeadKeyBytes * 8) + " bits, nonce aléatoire de " +
      std::to_string(kAeadNonceBytes * 8) +
      " bits) et lié à son coffre, à sa place et à sa version\u00a0: une modification, un "
      "échange ou le rejeu d’un ancien bloc est détecté, jamais lu comme une donnée.");
  items.push_back(
      "Clés\u00a0: une clé de données aléatoire, conservée seulement chiffrée, sous une clé "
      "dérivée de la phrase de passe par Argon2id (" +
      kdf_words +
      ")\u00a0; la phrase de passe doit demander au moins 10^10 essais selon l’estimateur "
      "zxcvbn (mots courants, mots de passe répandus, rangées du clavier, répétitions, dates).");
  items.push_back(
      "Clé de récupération\u00a0: une seconde protection de la clé de données, montrée une seule "
      "fois à la création du coffre.");
  items.push_back(
      "Sauvegardes\u00a0: fichiers contenant les blocs déjà chiffrés, illisibles sans la phrase "
      "de passe ou la clé de récupération\u00a0; leur intégrité est vérifiée à la restauration.");
  items.push_back(
      "Partage\u00a0: chaque paquet est chiffré pour la clé publique du seul destinataire "
      "(X25519) et signé par l’expéditeur (Ed25519)\u00a0; l’empreinte d’un contact se compare "
      "avec lui avant de lui faire confiance.");
  items.push_back(lock_words);
  items.push_back(
      "Journal des accès\u00a0: chaque ouverture de dossier et chaque export sont enregistrés sur "
      "le poste, conservés " +
      std::to_string(log_months.value()) + " mois.");
  items.push_back(
      "Registre des communications\u00a0: chaque partage, transfert, copie remise à la personne "
      "ou impression y est inscrit.");
  html.List(items);
  html.CloseSection();
  return Status::Ok();
}

}  // namespace

Result<std::string> ProcessingRecordHtml(Store& store, Minute now, const std::string& service_name,
                                         const std::string& stylesheet_url,
                                         std::optional<KdfParams> kdf) {
  HtmlWriter html("Registre des activités de traitement", stylesheet_url);
  html.Heading(1, "Registre des activités de traitement");
  if (!service_name.empty()) html.LabelledParagraph("Service\u00a0:", service_name);
  html.Paragraph(
      "Traitement\u00a0: dossier social individuel tenu dans Carnet (article 30 du règlement "
      "général sur la protection des données). Ce document est établi à partir de la "
      "configuration et du registre du coffre, le " +
      FrenchDateTime(now) + ".");
  CARNET_TRY(Purposes(html, store));
  Persons(html);
  CARNET_TRY(Data(html, store));
  CARNET_TRY(Recipients(html, store));
  CARNET_TRY(Retention(html, store, now));
  CARNET_TRY(Security(html, store, kdf));
  html.Paragraph("Document établi le " + FrenchDateTime(now) + ".");
  return html.Finish();
}

}  // namespace carnet
