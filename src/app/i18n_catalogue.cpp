// Every user-facing string, French then English. Keep entries in the order of Msg.
#include <array>

#include "app/i18n.h"

namespace carnet {
namespace {

struct Entry {
  Msg id;
  const char* fr;
  const char* en;
};

constexpr std::array<Entry, kMsgCount> kCatalogue = {{
    {Msg::kAppName, "Carnet", "Carnet"},
    {Msg::kWelcomeTitle, "Bienvenue dans Carnet", "Welcome to Carnet"},
    {Msg::kWelcomeIntro,
     "Le dossier social de vos accompagnements\u00a0: la vue d’ensemble, le suivi au jour le jour "
     "et l’historique de chaque personne, dans votre navigateur.",
     "The case file of the people you support: the overview, day-to-day follow-up and each "
     "person’s history, in your browser."},
    {Msg::kWelcomePrivacy,
     "Vos dossiers sont chiffrés et restent sur cet ordinateur. Rien de nominatif n’en sort "
     "sans votre décision.",
     "Your files are encrypted and stay on this computer. Nothing that names a person leaves "
     "it unless you decide so."},
    {Msg::kCreateVault, "Créer un coffre", "Create a vault"},
    {Msg::kOpenVault, "Ouvrir un coffre", "Open a vault"},
    {Msg::kVaultNotYetAvailable,
     "Le coffre chiffré n’est pas encore disponible dans cette version\u00a0: la création et "
     "l’ouverture d’un coffre seront possibles dès qu’il le sera.",
     "The encrypted vault is not available in this version yet: creating and opening a vault "
     "will be possible as soon as it is."},
    {Msg::kLanguageLabel, "Langue", "Language"},
    {Msg::kLanguageFrench, "Français", "Français"},
    {Msg::kLanguageEnglish, "English", "English"},
    {Msg::kVaultsOnThisComputer, "Coffres de cet ordinateur", "Vaults on this computer"},
    {Msg::kNoVaultYet,
     "Aucun coffre sur cet ordinateur pour l’instant. Créez le vôtre\u00a0: il ne faut que "
     "quelques instants.",
     "No vault on this computer yet. Create yours: it only takes a moment."},
    {Msg::kVaultsUnavailable, "Les coffres ne sont pas disponibles dans cet environnement.",
     "Vaults are not available in this environment."},
    {Msg::kCreateVaultTitle, "Créer un coffre", "Create a vault"},
    {Msg::kCreateVaultIntro,
     "Le coffre garde vos dossiers chiffrés sur cet ordinateur. Choisissez une phrase de passe "
     "d’au moins 12 caractères ou 4 mots\u00a0: personne, pas même Carnet, ne peut la retrouver "
     "pour vous.",
     "The vault keeps your files encrypted on this computer. Choose a passphrase of at least 12 "
     "characters or 4 words: nobody, not even Carnet, can recover it for you."},
    {Msg::kDisplayName, "Nom affiché", "Display name"},
    {Msg::kDisplayNameHint,
     "Par exemple votre prénom et votre service\u00a0: il sert à reconnaître le coffre, il n’est "
     "pas chiffré.",
     "For example your first name and your department: it identifies the vault and is not "
     "encrypted."},
    {Msg::kPassphrase, "Phrase de passe", "Passphrase"},
    {Msg::kPassphraseConfirm, "Confirmez la phrase de passe", "Confirm the passphrase"},
    {Msg::kStrengthWeak, "Robustesse\u00a0: faible", "Strength: weak"},
    {Msg::kStrengthFair, "Robustesse\u00a0: moyenne", "Strength: fair"},
    {Msg::kStrengthGood, "Robustesse\u00a0: bonne", "Strength: good"},
    {Msg::kStrengthStrong, "Robustesse\u00a0: très bonne", "Strength: very good"},
    {Msg::kCreateVaultSubmit, "Créer le coffre", "Create the vault"},
    {Msg::kCancel, "Annuler", "Cancel"},
    {Msg::kBusyDeriving, "Préparation des clés de chiffrement…", "Preparing the encryption keys…"},
    {Msg::kDerivingKey, "Dérivation de la clé…", "Deriving the key…"},
    {Msg::kAboutSeconds, "environ %d\u00a0s", "about %d s"},
    {Msg::kRecoveryTitle, "Votre clé de secours", "Your recovery key"},
    {Msg::kRecoveryIntro,
     "Si vous oubliez votre phrase de passe, cette clé est le seul moyen d’ouvrir le coffre. "
     "Notez-la et rangez-la en lieu sûr, hors de l’ordinateur. Elle ne sera plus jamais affichée.",
     "If you forget your passphrase, this key is the only way to open the vault. Write it down and "
     "keep it somewhere safe, away from the computer. It will never be shown again."},
    {Msg::kRecoveryNoted, "J’ai noté ma clé de secours en lieu sûr",
     "I have written my recovery key down somewhere safe"},
    {Msg::kContinue, "Continuer", "Continue"},
    {Msg::kUnlockTitle, "Déverrouiller le coffre", "Unlock the vault"},
    {Msg::kUnlockSubmit, "Déverrouiller", "Unlock"},
    {Msg::kForgotPassphrase, "J’ai oublié ma phrase de passe", "I forgot my passphrase"},
    {Msg::kRecoveryKey, "Clé de secours", "Recovery key"},
    {Msg::kRecoveryUnlockIntro,
     "Saisissez la clé de secours notée à la création du coffre. Vous choisirez ensuite une "
     "nouvelle phrase de passe.",
     "Type the recovery key you wrote down when the vault was created. You will then choose a new "
     "passphrase."},
    {Msg::kBack, "Retour", "Back"},
    {Msg::kLock, "Verrouiller", "Lock"},
    {Msg::kSaved, "Enregistré", "Saved"},
    {Msg::kUnsaved, "Modifications en attente d’enregistrement", "Changes waiting to be saved"},
    {Msg::kSaving, "Enregistrement…", "Saving…"},
    {Msg::kSaveFailed,
     "Échec de l’enregistrement\u00a0: vos modifications sont conservées et un nouvel essai aura "
     "lieu.",
     "Saving failed: your changes are kept and will be tried again."},
    {Msg::kSaveConflict,
     "Ce coffre a été modifié dans un autre onglet\u00a0: fermez cet onglet-ci et rouvrez le "
     "coffre pour ne rien perdre.",
     "This vault was changed in another tab: close this tab and reopen the vault to lose nothing."},
    {Msg::kDossierCount, "Dossiers dans ce coffre\u00a0:", "Dossiers in this vault:"},
    {Msg::kFillDemo, "Ajouter des dossiers de démonstration", "Add demonstration dossiers"},
    {Msg::kChangePassphrase, "Changer la phrase de passe", "Change the passphrase"},
    {Msg::kNewPassphrase, "Nouvelle phrase de passe", "New passphrase"},
    {Msg::kSetPassphrase, "Enregistrer la nouvelle phrase de passe", "Save the new passphrase"},
    {Msg::kPassphraseChanged, "La phrase de passe a été changée.", "The passphrase was changed."},
    {Msg::kVaultHomeIntro,
     "Les écrans de suivi des dossiers arrivent dans la prochaine version. Vos données sont "
     "chiffrées et enregistrées au fur et à mesure.",
     "The dossier screens arrive in the next version. Your data is encrypted and saved as you go."},
    {Msg::kErrorRequired, "Ce champ est obligatoire.", "This field is required."},
    {Msg::kErrorTooShort, "Au moins 12 caractères, ou 4 mots.",
     "At least 12 characters, or 4 words."},
    {Msg::kErrorTooLong, "Ce texte est trop long.", "This text is too long."},
    {Msg::kErrorMismatch, "Les deux phrases de passe diffèrent.", "The two passphrases differ."},
    {Msg::kErrorWrongPassphrase, "Phrase de passe incorrecte.", "Wrong passphrase."},
    {Msg::kErrorWrongRecoveryKey, "Clé de secours incorrecte.", "Wrong recovery key."},
    {Msg::kErrorRecoveryTypo,
     "Cette clé de secours comporte une faute de frappe\u00a0: vérifiez chaque groupe.",
     "This recovery key has a typing mistake: check each group."},
    {Msg::kErrorDamaged,
     "Le coffre est endommagé ou a été modifié\u00a0: il ne peut pas être ouvert sans risque. "
     "Restaurez une sauvegarde.",
     "The vault is damaged or was altered: it cannot be opened safely. Restore a backup."},
    {Msg::kErrorStorage, "Le stockage du navigateur a refusé l’opération.",
     "The browser’s storage refused the operation."},
    {Msg::kErrorGeneric, "L’opération n’a pas pu aboutir.",
     "The operation could not be completed."},
    {Msg::kReadOnly,
     "Ce coffre est déjà ouvert dans un autre onglet\u00a0: ici, il est en lecture seule et rien "
     "n’est enregistré.",
     "This vault is already open in another tab: here it is read-only and nothing is saved."},
    {Msg::kExportBackup, "Exporter une sauvegarde", "Export a backup"},
    {Msg::kExportingBackup, "Préparation de la sauvegarde…", "Preparing the backup…"},
    {Msg::kBackupExported,
     "Sauvegarde exportée dans vos téléchargements. Elle reste chiffrée\u00a0: rangez-la hors de "
     "cet ordinateur.",
     "Backup exported to your downloads. It stays encrypted: keep it away from this computer."},
    {Msg::kBackupExportFailed,
     "La sauvegarde n’a pas pu être exportée\u00a0: l’enregistrement des modifications a échoué. "
     "Réessayez dans un instant.",
     "The backup could not be exported: saving the changes failed. Try again in a moment."},
    {Msg::kLastBackup, "Dernière sauvegarde\u00a0:", "Last backup:"},
    {Msg::kNoBackupYet, "Dernière sauvegarde\u00a0: aucune pour l’instant.",
     "Last backup: none yet."},
    {Msg::kBackupReminder,
     "Pensez à exporter une sauvegarde\u00a0: sans elle, un navigateur effacé ou un ordinateur en "
     "panne ferait perdre ce coffre.",
     "Remember to export a backup: without one, a cleared browser or a broken computer would lose "
     "this vault."},
    {Msg::kBackupReminderDays, "Rappel de sauvegarde (jours)", "Backup reminder (days)"},
    {Msg::kAutoLock, "Verrouillage automatique (minutes)", "Auto-lock (minutes)"},
    {Msg::kNeverHint, "0\u00a0: jamais", "0: never"},
    {Msg::kImportBackup, "Importer une sauvegarde", "Import a backup"},
    {Msg::kImportingBackup, "Import de la sauvegarde…", "Importing the backup…"},
    {Msg::kBackupImported,
     "Sauvegarde importée\u00a0: ouvrez le coffre avec sa phrase de passe ou sa clé de secours.",
     "Backup imported: open the vault with its passphrase or its recovery key."},
    {Msg::kImportNewerFormat,
     "Cette sauvegarde vient d’une version plus récente de Carnet\u00a0: mettez Carnet à jour pour "
     "l’importer. Rien n’a été importé.",
     "This backup comes from a newer version of Carnet: update Carnet to import it. Nothing was "
     "imported."},
    {Msg::kImportCorrupt,
     "Cette sauvegarde est incomplète ou endommagée\u00a0: rien n’a été importé.",
     "This backup is incomplete or damaged: nothing was imported."},
    {Msg::kImportNotABackup,
     "Ce fichier n’est pas une sauvegarde de Carnet\u00a0: rien n’a été "
     "importé.",
     "This file is not a Carnet backup: nothing was imported."},
    {Msg::kImportAlreadyPresent,
     "Ce coffre est déjà dans ce navigateur\u00a0: la sauvegarde n’a pas été importée et rien n’a "
     "été remplacé.",
     "This vault is already in this browser: the backup was not imported and nothing was "
     "replaced."},
    {Msg::kPersistenceGranted, "Stockage persistant\u00a0: accordé", "Persistent storage: granted"},
    {Msg::kPersistenceRefused,
     "Stockage persistant\u00a0: refusé — le navigateur peut effacer les coffres si l’espace "
     "manque",
     "Persistent storage: refused — the browser may erase the vaults if space runs short"},
    {Msg::kPersistenceUnsupported,
     "Stockage persistant\u00a0: non disponible — le navigateur peut effacer les coffres si "
     "l’espace manque",
     "Persistent storage: not available — the browser may erase the vaults if space runs short"},
    {Msg::kQuotaLow,
     "L’espace de stockage du navigateur est presque plein\u00a0: les prochains enregistrements "
     "pourraient échouer. Exportez une sauvegarde et libérez de la place.",
     "The browser’s storage is almost full: the next saves could fail. Export a backup and free "
     "some space."},
    {Msg::kNavToday, "Aujourd’hui", "Today"},
    {Msg::kNavOverview, "Vue d’ensemble", "Overview"},
    {Msg::kNavSettings, "Paramètres", "Settings"},
    {Msg::kNavSearch, "Rechercher (Ctrl+K)", "Search (Ctrl+K)"},
    {Msg::kNewDossier, "Nouveau dossier", "New dossier"},
    {Msg::kOverviewEmpty, "Aucun dossier ne correspond à ces filtres.",
     "No dossier matches these filters."},
    {Msg::kCaseloadEmpty,
     "Aucun dossier pour l’instant. Créez le premier, ou ajoutez des dossiers de démonstration "
     "pour essayer.",
     "No dossier yet. Create the first one, or add demonstration dossiers to try Carnet."},
    {Msg::kOpenDossiers, "Dossiers ouverts", "Open dossiers"},
    {Msg::kClosedDossiers, "Dossiers clos", "Closed dossiers"},
    {Msg::kShownDossiers, "Dossiers affichés", "Dossiers shown"},
    {Msg::kFilterAllSteps, "Toutes les étapes", "All steps"},
    {Msg::kFilterOverdue, "En retard seulement", "Overdue only"},
    {Msg::kFilterNoContact, "Sans contact depuis (jours\u00a0; 0\u00a0: pas de filtre)",
     "No contact for (days; 0: no filter)"},
    {Msg::kFilterClosed, "Inclure les dossiers clos", "Include closed dossiers"},
    {Msg::kFilterCategory, "Catégorie de demande", "Request category"},
    {Msg::kFilterAnyCategory, "Toutes les catégories", "All categories"},
    {Msg::kSortBy, "Trier par", "Sort by"},
    {Msg::kColName, "Nom", "Name"},
    {Msg::kColStep, "Étape", "Step"},
    {Msg::kColLastContact, "Dernier contact", "Last contact"},
    {Msg::kColNextDue, "Prochaine échéance", "Next due"},
    {Msg::kColRequests, "Demandes en cours", "Open requests"},
    {Msg::kColOpened, "Ouverture", "Opened"},
    {Msg::kOverdue, "En retard", "Overdue"},
    {Msg::kNever, "jamais", "never"},
    {Msg::kTodayEmpty, "Rien de prévu aujourd’hui, rien en retard.",
     "Nothing planned today, nothing overdue."},
    {Msg::kDone, "Fait", "Done"},
    {Msg::kPostpone, "Reporter à demain", "Move to tomorrow"},
    {Msg::kTaskKindTask, "Tâche", "Task"},
    {Msg::kTaskKindAppointment, "Rendez-vous", "Appointment"},
    {Msg::kOpenedOn, "Ouvert le", "Opened on"},
    {Msg::kClosedOn, "Clos le", "Closed on"},
    {Msg::kRequestsTitle, "Demandes", "Requests"},
    {Msg::kNoRequest, "Aucune demande enregistrée.", "No request recorded."},
    {Msg::kTimeline, "Historique", "History"},
    {Msg::kRecordContact, "Noter un contact", "Record a contact"},
    {Msg::kAddRequest, "Ajouter une demande", "Add a request"},
    {Msg::kPlan, "Planifier", "Plan"},
    {Msg::kWriteNote, "Écrire une note", "Write a note"},
    {Msg::kChangeStep, "Changer d’étape", "Change step"},
    {Msg::kCloseDossier, "Clore le dossier", "Close the dossier"},
    {Msg::kReopenDossier, "Rouvrir le dossier", "Reopen the dossier"},
    {Msg::kOpen, "Ouvrir", "Open"},
    {Msg::kContactInterview, "Entretien", "Interview"},
    {Msg::kContactHomeVisit, "Visite à domicile", "Home visit"},
    {Msg::kContactCall, "Appel", "Call"},
    {Msg::kContactMail, "Courrier ou mail", "Letter or email"},
    {Msg::kContactPartner, "Démarche auprès d’un partenaire", "Step with a partner"},
    {Msg::kContactMeeting, "Réunion", "Meeting"},
    {Msg::kFieldDay, "Date (JJ/MM/AAAA\u00a0; vide\u00a0: aujourd’hui)",
     "Date (DD/MM/YYYY; empty: today)"},
    {Msg::kFieldTime, "Heure (par exemple 14h30)", "Time (e.g. 14:30)"},
    {Msg::kFieldDuration, "Durée en minutes", "Duration in minutes"},
    {Msg::kFieldSummary, "Résumé", "Summary"},
    {Msg::kFieldSubject, "Objet", "Subject"},
    {Msg::kFieldTitle, "Intitulé", "Title"},
    {Msg::kFieldNote, "Note", "Note"},
    {Msg::kFieldCategorySearch, "Catégorie (tapez pour chercher)", "Category (type to search)"},
    {Msg::kFieldFirstName, "Prénom", "First name"},
    {Msg::kFieldLastName, "Nom", "Last name"},
    {Msg::kFieldAlias, "Pseudonyme", "Alias"},
    {Msg::kFieldBirth, "Date de naissance (JJ/MM/AAAA, MM/AAAA ou AAAA)",
     "Date of birth (DD/MM/YYYY, MM/YYYY or YYYY)"},
    {Msg::kFieldAddress, "Adresse", "Address"},
    {Msg::kFieldPhone, "Téléphone", "Phone"},
    {Msg::kFieldHousehold, "Personnes au foyer", "People in the household"},
    {Msg::kFieldOpenedOn, "Date d’ouverture (vide\u00a0: aujourd’hui)",
     "Opening date (empty: today)"},
    {Msg::kAnswerUnknown, "Inconnu", "Unknown"},
    {Msg::kAnswerNotAsked, "Non demandé", "Not asked"},
    {Msg::kAnswerRefused, "Refus de répondre", "Declined to answer"},
    {Msg::kAnswerNotApplicable, "Sans objet", "Not applicable"},
    {Msg::kNameHint, "Un nom ou un pseudonyme suffit\u00a0; le reste peut attendre.",
     "A name or an alias is enough; the rest can wait."},
    {Msg::kSave, "Enregistrer", "Save"},
    {Msg::kRequestOpen, "En cours", "Open"},
    {Msg::kRequestSatisfied, "Satisfaite", "Satisfied"},
    {Msg::kRequestPartly, "Partiellement satisfaite", "Partly satisfied"},
    {Msg::kRequestNotSatisfied, "Non satisfaite", "Not satisfied"},
    {Msg::kRequestAbandoned, "Abandonnée", "Abandoned"},
    {Msg::kEventOpened, "Ouverture du dossier", "Dossier opened"},
    {Msg::kEventStatus, "Changement d’étape", "Step changed"},
    {Msg::kEventClosed, "Clôture du dossier", "Dossier closed"},
    {Msg::kEventReopened, "Réouverture du dossier", "Dossier reopened"},
    {Msg::kEventRequest, "Demande", "Request"},
    {Msg::kEventOutcome, "Suite donnée à la demande", "Request outcome"},
    {Msg::kEventNote, "Note", "Note"},
    {Msg::kErrorInvalidDate, "Date ou heure non valable (par exemple 28/11/2026, 14h30).",
     "Not a valid date or time (e.g. 28/11/2026, 14:30)."},
    {Msg::kErrorOutOfRange, "Valeur hors des limites permises.", "Value out of the allowed range."},
    {Msg::kErrorBeforeOpening, "Cette date précède l’ouverture du dossier.",
     "This date is before the dossier was opened."},
    {Msg::kErrorAfterLastContact, "La clôture ne peut précéder le dernier contact.",
     "Closing cannot come before the last contact."},
    {Msg::kErrorDossierClosed, "Le dossier est clos\u00a0: rouvrez-le d’abord.",
     "The dossier is closed: reopen it first."},
    {Msg::kErrorCategory, "Choisissez au moins une catégorie.", "Choose at least one category."},
    {Msg::kErrorNameRequired, "Indiquez un nom ou un pseudonyme.", "Give a name or an alias."},
    {Msg::kErrorAppointmentTime, "Un rendez-vous a besoin d’une heure.",
     "An appointment needs a time."},
    {Msg::kPaletteTitle, "Rechercher un dossier", "Find a dossier"},
    {Msg::kPaletteField, "Début du nom", "Start of the name"},
    {Msg::kPaletteNoHit, "Aucun dossier trouvé.", "No dossier found."},
    {Msg::kPaletteFoundIn, "trouvé dans une note, une demande ou un contact",
     "found in a note, a request or a contact"},
    {Msg::kClose, "Fermer", "Close"},
    {Msg::kCategoriesTitle, "Catégories locales", "Local categories"},
    {Msg::kNewCategory, "Nouvelle sous-catégorie", "New sub-category"},
    {Msg::kParentCategory, "Rattachée à la catégorie nationale", "Under the national category"},
    {Msg::kDeactivate, "Désactiver", "Deactivate"},
    {Msg::kStepsTitle, "Étapes de l’accompagnement", "Steps of the support process"},
    {Msg::kNewStep, "Nouvelle étape", "New step"},
    {Msg::kSecurityTitle, "Coffre, sauvegardes et sécurité", "Vault, backups and security"},
    {Msg::kRecorded, "C’est noté.", "Recorded."},
    {Msg::kSelected, "choisie", "chosen"},
    {Msg::kReadOnlyCase,
     "Ce coffre est ouvert dans un autre onglet\u00a0: ici, on peut lire sans modifier.",
     "This vault is open in another tab: here you can read but not change anything."},
    {Msg::kBirthShort, "Naissance", "Born"},
    {Msg::kAddCategory, "Ajouter la sous-catégorie", "Add the sub-category"},
    {Msg::kAddStep, "Ajouter l’étape", "Add the step"},
    {Msg::kDisplaySettings, "Affichage", "Display"},
    {Msg::kThemeLabel, "Thème", "Theme"},
    {Msg::kThemeLight, "Clair", "Light"},
    {Msg::kThemeHighContrast, "Contraste élevé", "High contrast"},
    {Msg::kTextSize, "Taille du texte", "Text size"},
    {Msg::kTextSizeFormat, "%d\u00a0%%", "%d%%"},
    {Msg::kTryDemo, "Essayer avec des dossiers fictifs", "Try with fictitious dossiers"},
    {Msg::kTryDemoHint,
     "Une démonstration en mémoire seulement\u00a0: rien n’est enregistré, tout disparaît au "
     "verrouillage.",
     "A demonstration held in memory only: nothing is saved, everything is gone when you lock it."},
    {Msg::kDemoVaultName, "Démonstration", "Demonstration"},
    {Msg::kDemoNotSaved, "Démonstration\u00a0: rien n’est enregistré",
     "Demonstration: nothing is saved"},
    {Msg::kCopyContact, "Copier les coordonnées", "Copy the contact details"},
    {Msg::kCopied, "Coordonnées copiées dans le presse-papiers.",
     "Contact details copied to the clipboard."},
    {Msg::kTimelineAll, "Afficher tout l’historique", "Show the whole history"},
    {Msg::kEditPerson, "Modifier la fiche", "Edit the record"},
}};

constexpr bool CatalogueIsInOrder() {
  for (std::size_t i = 0; i < kCatalogue.size(); ++i) {
    if (static_cast<std::size_t>(kCatalogue[i].id) != i) return false;
  }
  return true;
}
static_assert(CatalogueIsInOrder(), "kCatalogue entries must follow the order of Msg");

}  // namespace

const char* Tr(Msg msg, Lang lang) {
  const auto index = static_cast<std::size_t>(msg);
  if (index >= kCatalogue.size()) return "?";
  return lang == Lang::kEn ? kCatalogue[index].en : kCatalogue[index].fr;
}

const char* LangCode(Lang lang) { return lang == Lang::kEn ? "en" : "fr"; }

}  // namespace carnet
