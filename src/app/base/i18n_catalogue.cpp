// Every user-facing string, French then English. Keep entries in the order of Msg.
#include <array>

#include "app/base/i18n.h"

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
     "difficile à deviner, par exemple quatre mots courants pris au hasard\u00a0: personne, pas "
     "même Carnet, ne peut la retrouver pour vous.",
     "The vault keeps your files encrypted on this computer. Choose a passphrase that is hard to "
     "guess, for example four common words picked at random: nobody, not even Carnet, can "
     "recover it for you."},
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
    {Msg::kWeakDictionaryWord,
     "Trop facile à deviner\u00a0: elle contient un mot du dictionnaire ou un mot de passe "
     "courant. Ajoutez d’autres mots, peu communs.",
     "Too easy to guess: it contains a dictionary word or a common password. Add other, less "
     "common words."},
    {Msg::kWeakKeyboardPattern,
     "Trop facile à deviner\u00a0: elle suit une rangée du clavier. Préférez des mots.",
     "Too easy to guess: it follows a row of the keyboard. Prefer words."},
    {Msg::kWeakRepeat,
     "Trop facile à deviner\u00a0: un mot ou un caractère y est répété. Prenez des mots "
     "différents.",
     "Too easy to guess: a word or a character is repeated. Take different words."},
    {Msg::kWeakSequence,
     "Trop facile à deviner\u00a0: elle contient une suite comme «\u00a0abc\u00a0» ou "
     "«\u00a0123\u00a0».",
     "Too easy to guess: it contains a run such as “abc” or “123”."},
    {Msg::kWeakDate,
     "Trop facile à deviner\u00a0: elle contient une année ou une date. Ajoutez des mots.",
     "Too easy to guess: it contains a year or a date. Add words."},
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
    {Msg::kLocking, "Verrouillage\u00a0: enregistrement des dernières modifications…",
     "Locking: saving the last changes…"},
    {Msg::kLockRefused,
     "Le coffre n’a pas été verrouillé\u00a0: l’enregistrement des dernières modifications a "
     "échoué. "
     "Elles sont toujours là. Réessayez de verrouiller, exportez une sauvegarde, ou verrouillez "
     "sans enregistrer (elles seront perdues).",
     "The vault was not locked: saving the last changes failed. They are still here. Try locking "
     "again, export a backup, or lock without saving (they will be lost)."},
    {Msg::kLockWithoutSaving, "Verrouiller sans enregistrer", "Lock without saving"},
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
    {Msg::kErrorTooShort, "Trop courte ou trop simple\u00a0: ajoutez des mots.",
     "Too short or too simple: add words."},
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
    {Msg::kOlderVaultTitle, "Version plus ancienne de ce coffre", "An older version of this vault"},
    {Msg::kOlderVaultWarning,
     "Ce coffre est plus ancien que la dernière version ouverte sur ce navigateur (version %s, "
     "ouverte le %s)\u00a0: des dossiers effacés peuvent être revenus et le budget des "
     "statistiques peut être revenu en arrière, comme le journal des accès.",
     "This vault is older than the last version opened in this browser (version %s, opened on "
     "%s): erased dossiers may have come back, and the statistics budget may have gone back, as "
     "may the access log."},
    {Msg::kOlderVaultWarningUndated,
     "Ce coffre est plus ancien que la dernière version ouverte sur ce navigateur (version "
     "%s)\u00a0: des dossiers effacés peuvent être revenus et le budget des statistiques peut "
     "être revenu en arrière, comme le journal des accès.",
     "This vault is older than the last version opened in this browser (version %s): erased "
     "dossiers may have come back, and the statistics budget may have gone back, as may the "
     "access log."},
    {Msg::kOlderVaultStored, "Version enregistrée de ce coffre\u00a0: %s.",
     "Stored version of this vault: %s."},
    {Msg::kOlderVaultAdvice,
     "Cela arrive quand une ancienne copie du profil du navigateur (ou du dossier du coffre) a "
     "été remise en place. Si ce n’est pas voulu, verrouillez puis restaurez votre dernière "
     "sauvegarde. Si vous continuez, votre choix est noté et cette version devient la "
     "référence.",
     "This happens when an old copy of the browser profile (or of the vault’s folder) was put "
     "back. If that was not intended, lock, then restore your latest backup. If you continue, "
     "your choice is recorded and this version becomes the reference."},
    {Msg::kVaultMarkGarbled,
     "La marque de version que ce navigateur garde pour ce coffre est illisible ou a été "
     "modifiée\u00a0: Carnet ne peut pas vérifier que ce coffre n’est pas une copie plus "
     "ancienne. Si vous continuez, la marque est refaite à partir de cette version.",
     "The version mark this browser keeps for this vault is unreadable or was altered: Carnet "
     "cannot check that this vault is not an older copy. If you continue, the mark is made "
     "again from this version."},
    {Msg::kOlderVaultContinue, "Continuer en connaissance de cause", "Continue knowingly"},
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
    {Msg::kNavStatistics, "Statistiques", "Statistics"},
    {Msg::kMergeStatsOpen, "Fusionner des fichiers statistiques", "Merge statistics files"},
    {Msg::kStatsTitle, "Statistiques anonymisées", "Anonymised statistics"},
    {Msg::kStatsWhatLeaves,
     "Ce qui sort\u00a0: des nombres de personnes par catégorie de demande, tranche d’âge, "
     "trimestre, résultat et qualité des réponses. Aucun nom, aucune note, aucun texte libre, rien "
     "sur votre propre activité.",
     "What leaves: counts of persons per request category, age band, quarter, outcome and quality "
     "of answers. No names, no notes, no free text, nothing about your own activity."},
    {Msg::kStatsWhatProtects,
     "Ce qui les protège\u00a0: un bruit aléatoire, tiré sur cet ordinateur, est ajouté à chaque "
     "nombre, et chaque personne compte au plus quelques fois par tableau. Personne ne peut "
     "savoir, en lisant le fichier, si une personne précise y figure.",
     "What protects them: random noise, drawn on this computer, is added to every count, and each "
     "person counts at most a few times per table. Nobody reading the file can tell whether a "
     "given person is in it."},
    {Msg::kStatsBudgetExplain,
     "Chaque fichier utilise une part (epsilon) d’un budget annuel de confidentialité. Une demande "
     "identique à une précédente redonne le même fichier sans rien utiliser.",
     "Each file uses a share (epsilon) of a yearly privacy budget. A request identical to an "
     "earlier one gives the same file again and uses nothing."},
    {Msg::kStatsBudgetUsed, "Budget utilisé cette année\u00a0:", "Budget used this year:"},
    {Msg::kStatsOf, "sur", "of"},
    {Msg::kStatsPeriod, "Période", "Period"},
    {Msg::kStatsYear, "Année", "Year"},
    {Msg::kStatsFirstMonth, "Premier mois", "First month"},
    {Msg::kStatsLastMonth, "Dernier mois", "Last month"},
    {Msg::kStatsTables, "Tableaux", "Tables"},
    {Msg::kStatsTableRequests, "Demandes par catégorie, tranche d’âge et trimestre",
     "Requests by category, age band and quarter"},
    {Msg::kStatsTableOutcomes, "Résultats des demandes par catégorie",
     "Outcomes of requests by category"},
    {Msg::kStatsTableQuality,
     "Qualité des réponses (naissance, adresse, téléphone, taille du foyer)",
     "Quality of answers (birth, address, telephone, household size)"},
    {Msg::kStatsTableFit, "Demandes pour lesquelles aucune sous-catégorie ne convenait",
     "Requests for which no sub-category fitted"},
    {Msg::kStatsMode, "Protection", "Protection"},
    {Msg::kStatsModeNoise, "Bruit (recommandé)", "Noise (recommended)"},
    {Msg::kStatsModeConventional, "Conventionnel (secret statistique)",
     "Conventional (statistical confidentiality)"},
    {Msg::kStatsConventionalExplain,
     "Mode conventionnel\u00a0: les cases comptant moins de personnes que la fréquence minimale "
     "sont remplacées par «\u00a0secret\u00a0», ainsi que celles qui permettraient de les "
     "retrouver par différence. Aucun budget n’est utilisé.",
     "Conventional mode: cells counting fewer persons than the minimum frequency are replaced by "
     "“secret”, and so are those that would reveal them by difference. No budget is used."},
    {Msg::kStatsEpsilon, "Epsilon (part du budget utilisée)", "Epsilon (share of the budget used)"},
    {Msg::kStatsMinimum, "Fréquence minimale", "Minimum frequency"},
    {Msg::kStatsPrepareNote,
     "Préparer le fichier l’inscrit dans le registre des diffusions de ce coffre et utilise la "
     "part de budget choisie, même si vous ne le téléchargez pas.",
     "Preparing the file records it in this vault’s ledger of releases and uses the chosen share "
     "of the budget, even if you do not download it."},
    {Msg::kStatsPrepare, "Préparer le fichier", "Prepare the file"},
    {Msg::kStatsPrepared, "Fichier préparé\u00a0: relisez son contenu avant de le télécharger.",
     "File prepared: read its content before downloading it."},
    {Msg::kStatsPreview, "Contenu exact du fichier", "Exact content of the file"},
    {Msg::kStatsRepeated,
     "Demande identique à une précédente\u00a0: même fichier, aucun budget utilisé.",
     "Request identical to an earlier one: the same file, no budget used."},
    {Msg::kStatsDownload, "Télécharger", "Download"},
    {Msg::kStatsWaitingSave, "Enregistrement du registre avant le téléchargement…",
     "Saving the ledger before the download…"},
    {Msg::kStatsDownloaded, "Fichier téléchargé.", "File downloaded."},
    {Msg::kStatsCharts, "Graphiques", "Charts"},
    {Msg::kStatsChartNote,
     "Les nombres sont bruités\u00a0: ils peuvent être négatifs. Additionnés sur plusieurs "
     "fichiers, ils restent justes en moyenne.",
     "The counts are noisy: they may be negative. Summed over several files, they stay right on "
     "average."},
    {Msg::kStatsChartRequests, "Demandes par catégorie nationale",
     "Requests per national category"},
    {Msg::kStatsChartOutcomes, "Résultats des demandes", "Outcomes of requests"},
    {Msg::kStatsChartQuality, "Réponses par champ", "Answers per field"},
    {Msg::kStatsChartFit, "Aucune sous-catégorie ne convenait, par catégorie",
     "No sub-category fitted, per category"},
    {Msg::kStatsSecretCells, "cases secrètes non comptées", "secret cells not counted"},
    {Msg::kStatsHistory, "Fichiers déjà préparés", "Files already prepared"},
    {Msg::kStatsNoHistory, "Aucun fichier préparé pour l’instant.", "No file prepared yet."},
    {Msg::kStatsTo, "à", "to"},
    {Msg::kStatsModeNoiseShort, "bruit", "noise"},
    {Msg::kStatsModeConventionalShort, "conventionnel", "conventional"},
    {Msg::kStatsErrorPeriod,
     "Choisissez une période terminée\u00a0: des mois entiers d’une même année, avant le mois en "
     "cours.",
     "Choose a period that has ended: whole months of one year, before the current month."},
    {Msg::kStatsErrorTables, "Choisissez au moins un tableau.", "Choose at least one table."},
    {Msg::kStatsErrorEpsilon, "Epsilon\u00a0: un nombre de 0,01 à 10, par exemple 1 ou 0,5.",
     "Epsilon: a number from 0.01 to 10, for example 1 or 0.5."},
    {Msg::kStatsErrorMinimum, "Fréquence minimale\u00a0: un nombre entier de 2 à 1000.",
     "Minimum frequency: a whole number from 2 to 1000."},
    {Msg::kStatsErrorBudget,
     "Le budget de l’année serait dépassé\u00a0: choisissez un epsilon plus petit, ou le mode "
     "conventionnel.",
     "The year’s budget would be exceeded: choose a smaller epsilon, or the conventional mode."},
    {Msg::kStatsErrorRandom,
     "Le générateur aléatoire du navigateur a échoué\u00a0: aucun fichier n’a été produit et aucun "
     "budget n’a été utilisé.",
     "The browser’s random generator failed: no file was produced and no budget was used."},
    {Msg::kStatsErrorLedger,
     "Le registre des diffusions de ce coffre a été modifié\u00a0: aucun fichier ne peut être "
     "préparé.",
     "This vault’s ledger of releases was altered: no file can be prepared."},
    {Msg::kStatsCatDroits, "Accès aux droits", "Access to rights"},
    {Msg::kStatsCatSante, "Santé et accès aux soins", "Health and access to care"},
    {Msg::kStatsCatEmploi, "Maintien dans l’emploi malgré la maladie",
     "Staying in work despite illness"},
    {Msg::kStatsCatAutonomie, "Perte d’autonomie", "Loss of autonomy"},
    {Msg::kStatsCatLogement, "Logement", "Housing"},
    {Msg::kStatsCatBudget, "Budget et ressources", "Budget and income"},
    {Msg::kStatsCatFamille, "Événements familiaux", "Family events"},
    {Msg::kStatsCatAucune, "Ne correspond à aucune catégorie", "Fits no category"},
    {Msg::kMergeIntro,
     "Additionnez les fichiers de plusieurs travailleurs sociaux. Chaque fichier est "
     "vérifié\u00a0; les doublons et les fichiers incompatibles sont écartés. Aucun coffre n’est "
     "nécessaire, rien n’est enregistré.",
     "Add up the files of several social workers. Each file is checked; duplicates and "
     "incompatible files are set aside. No vault is needed, nothing is stored."},
    {Msg::kMergePick, "Choisir des fichiers", "Choose files"},
    {Msg::kMergeFiles, "Fichiers choisis", "Chosen files"},
    {Msg::kMergeNoFiles, "Aucun fichier choisi.", "No file chosen."},
    {Msg::kMergeRun, "Fusionner", "Merge"},
    {Msg::kMergeRefused, "refusé", "refused"},
    {Msg::kMergeRefusedIntro,
     "Certains fichiers ne peuvent pas être additionnés\u00a0:", "Some files cannot be added up:"},
    {Msg::kMergeConfirmPrefix, "Fusionner les", "Merge the"},
    {Msg::kMergeConfirmSuffix, "autres fichiers", "other files"},
    {Msg::kMergeConfirmOne, "Fusionner l’autre fichier", "Merge the other file"},
    {Msg::kMergeResult, "Fichier fusionné", "Merged file"},
    {Msg::kMergeFileCount, "Fichiers additionnés\u00a0:", "Files added up:"},
    {Msg::kMergeDeviation, "Incertitude de chaque case fusionnée (écart-type)",
     "Uncertainty of each merged cell (standard deviation)"},
    {Msg::kMergePreview, "Contenu du fichier fusionné", "Content of the merged file"},
    {Msg::kMergeDownload, "Télécharger le fichier fusionné", "Download the merged file"},
    {Msg::kMergeClear, "Vider la liste", "Clear the list"},
    {Msg::kMergeDone, "Fusion terminée.", "Merge done."},
    {Msg::kStatsEpsilonShort, "epsilon", "epsilon"},
    {Msg::kMonthJanuary, "janvier", "January"},
    {Msg::kMonthFebruary, "février", "February"},
    {Msg::kMonthMarch, "mars", "March"},
    {Msg::kMonthApril, "avril", "April"},
    {Msg::kMonthMay, "mai", "May"},
    {Msg::kMonthJune, "juin", "June"},
    {Msg::kMonthJuly, "juillet", "July"},
    {Msg::kMonthAugust, "août", "August"},
    {Msg::kMonthSeptember, "septembre", "September"},
    {Msg::kMonthOctober, "octobre", "October"},
    {Msg::kMonthNovember, "novembre", "November"},
    {Msg::kMonthDecember, "décembre", "December"},
    {Msg::kNavSharing, "Partage et droits", "Sharing and rights"},
    {Msg::kShTitle, "Partage et droits des personnes", "Sharing and people’s rights"},
    {Msg::kShTabContacts, "Contacts", "Contacts"},
    {Msg::kShTabReceived, "Paquets reçus", "Packages received"},
    {Msg::kShTabRegister, "Registre des communications", "Register of disclosures"},
    {Msg::kShTabAccess, "Journal des accès", "Access log"},
    {Msg::kShTabPurge, "Conservation et purge", "Retention and purge"},
    {Msg::kShOwnCard, "Ma carte de contact", "My contact card"},
    {Msg::kShOwnCardIntro,
     "Envoyez cette carte aux collègues et partenaires qui doivent pouvoir vous adresser un "
     "dossier. Elle ne contient que votre nom et vos clés publiques.",
     "Send this card to the colleagues and partners who must be able to send you a dossier. It "
     "holds only your name and your public keys."},
    {Msg::kShOwnName, "Nom présenté sur ma carte", "Name shown on my card"},
    {Msg::kShSaveName, "Enregistrer le nom", "Save the name"},
    {Msg::kShFingerprint, "Empreinte\u00a0:", "Fingerprint:"},
    {Msg::kShCardText, "Texte de ma carte, à copier et envoyer",
     "Text of my card, to copy and send"},
    {Msg::kShDownloadCard, "Télécharger ma carte", "Download my card"},
    {Msg::kShAddContact, "Ajouter un contact", "Add a contact"},
    {Msg::kShAddContactIntro,
     "Collez la carte reçue ou choisissez son fichier. Puis comparez l’empreinte avec son "
     "titulaire, de vive voix ou par téléphone, et tapez le dernier groupe qu’il vous lit\u00a0: "
     "c’est ce qui prouve que la carte est bien la sienne.",
     "Paste the card you received or choose its file. Then compare the fingerprint with its owner, "
     "in person or by phone, and type the last group they read to you: that is what proves the "
     "card is theirs."},
    {Msg::kShCardField, "Carte de contact reçue", "Contact card received"},
    {Msg::kShReadCard, "Lire la carte", "Read the card"},
    {Msg::kShPickCard, "Choisir un fichier de carte", "Choose a card file"},
    {Msg::kShNewContact, "Nouveau contact\u00a0:", "New contact:"},
    {Msg::kShCompareFingerprint,
     "Demandez à cette personne de vous lire son empreinte, de vive voix ou par téléphone, et "
     "comparez chaque groupe avec celle affichée ici. Puis tapez le dernier groupe tel qu’elle "
     "vous le lit, sans le recopier de l’écran\u00a0: c’est ce qui prouve que la carte est bien "
     "la sienne.",
     "Ask this person to read you their fingerprint, in person or by phone, and compare each "
     "group with the one shown here. Then type the last group as they read it to you, not copied "
     "from the screen: that is what proves the card is theirs."},
    {Msg::kShConfirmFingerprint, "Confirmer ce contact", "Confirm this contact"},
    {Msg::kShDoNotConfirm, "Ne pas confirmer", "Do not confirm"},
    {Msg::kShMyContacts, "Mes contacts", "My contacts"},
    {Msg::kShNoContacts, "Aucun contact pour l’instant.", "No contacts yet."},
    {Msg::kShConfirmedOn, "confirmé le", "confirmed on"},
    {Msg::kShNotConfirmed, "empreinte non confirmée", "fingerprint not confirmed"},
    {Msg::kShConfirm, "Vérifier l’empreinte", "Check the fingerprint"},
    {Msg::kShRemove, "Retirer", "Remove"},
    {Msg::kShImportPackage, "Importer un paquet", "Import a package"},
    {Msg::kShImportIntro,
     "Un paquet reçu s’ouvre en lecture seule, avec son origine, sa date et son objet. Il ne se "
     "mélange pas à vos dossiers et n’entre pas dans vos statistiques.",
     "A package received opens read-only, with its origin, date and purpose. It stays apart from "
     "your dossiers and out of your statistics."},
    {Msg::kShNoReceived, "Aucun paquet reçu.", "No packages received."},
    {Msg::kShReceivedFrom, "reçu de", "received from"},
    {Msg::kShOn, "le", "on"},
    {Msg::kShPurpose, "Objet", "Purpose"},
    {Msg::kShUnknownSender,
     "Ce paquet vient d’un expéditeur qui n’est pas un contact confirmé\u00a0:",
     "This package comes from a sender who is not a confirmed contact:"},
    {Msg::kShUnknownSenderHelp,
     "Demandez à l’expéditeur de vous lire son empreinte, de vive voix ou par téléphone, et "
     "comparez chaque groupe. Puis tapez le dernier groupe tel qu’il vous le lit, sans le "
     "recopier de l’écran. Rien n’est importé avant.",
     "Ask the sender to read you their fingerprint, in person or by phone, and compare each "
     "group. Then type the last group as they read it to you, not copied from the screen. "
     "Nothing is imported before that."},
    {Msg::kShConfirmSender, "Confirmer l’expéditeur et importer", "Confirm the sender and import"},
    {Msg::kShDismissPackage, "Ne pas importer", "Do not import"},
    {Msg::kShErrCorrupt,
     "Ce fichier n’est pas un paquet Carnet lisible\u00a0: il est abîmé, tronqué ou a été modifié. "
     "Rien n’a été importé.",
     "This file is not a readable Carnet package: it is damaged, truncated or was altered. Nothing "
     "was imported."},
    {Msg::kShErrOtherRecipient,
     "Ce paquet est adressé à un autre destinataire. Vous ne pouvez pas l’ouvrir\u00a0; rien n’a "
     "été importé.",
     "This package is addressed to someone else. You cannot open it; nothing was imported."},
    {Msg::kShErrOtherRecipientNamed, "Ce paquet est adressé à un autre destinataire\u00a0:",
     "This package is addressed to someone else:"},
    {Msg::kShErrDuplicate, "Ce paquet a déjà été importé. Rien n’a changé.",
     "This package was already imported. Nothing changed."},
    {Msg::kShErrKeysDiffer,
     "Les clés de cette carte ou de cet expéditeur ne correspondent pas à celles d’un contact que "
     "vous avez. Rien n’a été enregistré.",
     "The keys of this card or sender do not match those of a contact you have. Nothing was "
     "recorded."},
    {Msg::kShErrOwnCard, "C’est votre propre carte.", "This is your own card."},
    {Msg::kShErrCard,
     "Ce texte n’est pas une carte de contact Carnet valide (abîmée, incomplète ou modifiée).",
     "This text is not a valid Carnet contact card (damaged, incomplete or altered)."},
    {Msg::kShImported, "Paquet importé.", "Package imported."},
    {Msg::kShReceivedTitle,
     "Dossier reçu, en lecture seule\u00a0:", "Dossier received, read-only:"},
    {Msg::kShOrigin, "Origine", "Origin"},
    {Msg::kShSentOn, "Envoyé le", "Sent on"},
    {Msg::kShReceivedOn, "Reçu le", "Received on"},
    {Msg::kShBasis, "Base", "Basis"},
    {Msg::kShKindShare, "partage", "share"},
    {Msg::kShKindTransfer, "transfert", "transfer"},
    {Msg::kShClose, "Fermer", "Close"},
    {Msg::kShDeleteReceived, "Supprimer ce dossier reçu", "Delete this dossier received"},
    {Msg::kShIdentity, "Identité", "Identity"},
    {Msg::kShHousehold, "Foyer", "Household"},
    {Msg::kShRequests, "Demandes", "Requests"},
    {Msg::kShContacts, "Contacts", "Contacts"},
    {Msg::kShNotes, "Notes", "Notes"},
    {Msg::kShTasks, "Tâches et rendez-vous", "Tasks and appointments"},
    {Msg::kShBasisConsent, "La personne a donné son consentement", "The person gave their consent"},
    {Msg::kShBasisRefused, "La personne a refusé\u00a0: partage motivé malgré tout",
     "The person refused: shared anyway, on stated grounds"},
    {Msg::kShBasisLegal, "Obligation légale", "Legal obligation"},
    {Msg::kShBasisPerson, "Demande de la personne (droit d’accès)",
     "The person’s request (right of access)"},
    {Msg::kShBasisNone, "—", "—"},
    {Msg::kShBasisReference, "Référence de l’obligation ou motif",
     "Reference of the obligation, or grounds"},
    {Msg::kShShare, "Partager", "Share"},
    {Msg::kShTransfer, "Transférer à un collègue", "Transfer to a colleague"},
    {Msg::kShPersonCopy, "Copie pour la personne", "The person’s copy"},
    {Msg::kShErase, "Supprimer le dossier", "Delete the dossier"},
    {Msg::kShShareTitle, "Partager une partie du dossier", "Share part of the dossier"},
    {Msg::kShTransferTitle, "Transférer le dossier", "Transfer the dossier"},
    {Msg::kShTransferIntro,
     "Le dossier entier part chiffré pour votre collègue. Ici, il sera marqué "
     "«\u00a0transféré\u00a0» puis purgé après le délai choisi.",
     "The whole dossier leaves, encrypted for your colleague. Here it is marked “transferred” and "
     "purged after the delay you choose."},
    {Msg::kShRecipient, "Destinataire", "Recipient"},
    {Msg::kShNoConfirmedContact,
     "Aucun contact confirmé\u00a0: ajoutez-en un dans «\u00a0Partage et droits\u00a0».",
     "No confirmed contact: add one under “Sharing and rights”."},
    {Msg::kShParts, "Ce qui part", "What leaves"},
    {Msg::kShPartIdentity, "Identité et coordonnées", "Identity and contact details"},
    {Msg::kShPartRequests, "Demandes", "Requests"},
    {Msg::kShPartContact, "Contact du", "Contact of"},
    {Msg::kShPartNote, "Note du", "Note of"},
    {Msg::kShPurposeField, "Objet\u00a0: pourquoi ce destinataire en a besoin",
     "Purpose: why this recipient needs it"},
    {Msg::kShPurgeDays, "Purger ce dossier après (jours)", "Purge this dossier after (days)"},
    {Msg::kShSubmitShare, "Chiffrer et télécharger le paquet", "Encrypt and download the package"},
    {Msg::kShCancel, "Annuler", "Cancel"},
    {Msg::kShPackageReady, "Paquet chiffré prêt et inscrit au registre de ce dossier\u00a0:",
     "Encrypted package ready and written in this dossier’s register:"},
    {Msg::kShPackageWaiting, "Enregistrement au registre, puis téléchargement…",
     "Writing the register, then downloading…"},
    {Msg::kShEraseConfirmText,
     "Supprimer définitivement ce dossier\u00a0? Tout ce qu’il contient sera effacé du coffre. Le "
     "registre ne gardera que la trace «\u00a0dossier supprimé\u00a0» et les destinataires passés, "
     "sans la personne.",
     "Delete this dossier for good? Everything in it will be erased from the vault. The register "
     "will keep only the trace “dossier deleted” and the past recipients, without the person."},
    {Msg::kShEraseConfirm, "Supprimer définitivement", "Delete for good"},
    {Msg::kShErased, "Dossier supprimé.", "Dossier deleted."},
    {Msg::kShDossierRegister, "Communications de ce dossier", "Disclosures of this dossier"},
    {Msg::kShNoDisclosure, "Aucune information de ce dossier n’a été communiquée.",
     "No information of this dossier was disclosed."},
    {Msg::kShEveryone, "Tous les destinataires", "Every recipient"},
    {Msg::kShFrom, "Du (JJ/MM/AAAA)", "From (DD/MM/YYYY)"},
    {Msg::kShTo, "Au (JJ/MM/AAAA)", "To (DD/MM/YYYY)"},
    {Msg::kShFilter, "Filtrer", "Filter"},
    {Msg::kShNoEntries, "Aucune entrée.", "No entries."},
    {Msg::kShDisShare, "Partage", "Share"},
    {Msg::kShDisTransfer, "Transfert", "Transfer"},
    {Msg::kShDisPersonCopy, "Copie remise à la personne", "Copy given to the person"},
    {Msg::kShDisPrint, "Impression", "Printing"},
    {Msg::kShDisErased, "Dossier supprimé", "Dossier deleted"},
    {Msg::kShDisPurged, "Dossier purgé", "Dossier purged"},
    {Msg::kShDisClipboard, "Coordonnées copiées", "Contact details copied"},
    {Msg::kShTo2, "à", "to"},
    {Msg::kShDossier, "Dossier", "Dossier"},
    {Msg::kShProcessingRecord, "Registre des traitements (à imprimer)",
     "Record of processing (to print)"},
    {Msg::kShAccessIntro,
     "Chaque ouverture de dossier et chaque sortie de données est notée ici, sans nom de personne.",
     "Every dossier opened and every export is noted here, without any person’s name."},
    {Msg::kShAccOpen, "Ouverture du dossier", "Dossier opened"},
    {Msg::kShAccShare, "Paquet de partage", "Share package"},
    {Msg::kShAccTransfer, "Paquet de transfert", "Transfer package"},
    {Msg::kShAccPersonCopy, "Copie pour la personne", "Person’s copy"},
    {Msg::kShAccPrint, "Impression", "Printing"},
    {Msg::kShAccBackup, "Sauvegarde chiffrée exportée", "Encrypted backup exported"},
    {Msg::kShAccStats, "Fichier statistique téléchargé", "Statistics file downloaded"},
    {Msg::kShAccCopy, "Coordonnées copiées", "Contact details copied"},
    {Msg::kShAccReceive, "Paquet reçu", "Package received"},
    {Msg::kShAccErase, "Dossier supprimé", "Dossier deleted"},
    {Msg::kShAccPurge, "Purge", "Purge"},
    {Msg::kShAccRecord, "Registre des traitements ouvert", "Record of processing opened"},
    {Msg::kShRetention, "Durée de conservation des dossiers (mois)",
     "How long dossiers are kept (months)"},
    {Msg::kShAccessMonths, "Durée du journal des accès (6 à 12 mois)",
     "How long the access log is kept (6 to 12 months)"},
    {Msg::kShSave, "Enregistrer", "Save"},
    {Msg::kShPurgeTitle, "Dossiers à purger", "Dossiers to purge"},
    {Msg::kShPurgeIntro,
     "Dossiers clôturés ou sans contact depuis la durée de conservation, et dossiers transférés "
     "dont le délai est passé.",
     "Dossiers closed or without contact for the retention period, and transferred dossiers whose "
     "delay has passed."},
    {Msg::kShNothingToPurge, "Aucun dossier à purger.", "No dossier to purge."},
    {Msg::kShReasonClosed, "clôturé depuis le", "closed since"},
    {Msg::kShReasonNoContact, "sans contact depuis le", "no contact since"},
    {Msg::kShReasonTransferred, "transféré le", "transferred on"},
    {Msg::kShPurgeAll, "Purger ces dossiers", "Purge these dossiers"},
    {Msg::kShPurgeConfirmText,
     "Les dossiers de la liste seront effacés définitivement du coffre. Le registre gardera la "
     "trace «\u00a0dossier purgé\u00a0».",
     "The dossiers listed will be erased from the vault for good. The register keeps the trace "
     "“dossier purged”."},
    {Msg::kShPurgeConfirm, "Confirmer la purge de la liste", "Confirm the purge of the list"},
    {Msg::kShPurged, "Dossiers purgés.", "Dossiers purged."},
    {Msg::kShPurgeReminder, "Dossiers ayant dépassé leur durée de conservation",
     "Dossiers past their retention period"},
    {Msg::kShSeePurge, "Voir la liste à purger", "See the list to purge"},
    {Msg::kShSaved, "Enregistré.", "Saved."},
    {Msg::kShErrRecipient, "Choisissez un destinataire dont l’empreinte est confirmée.",
     "Choose a recipient whose fingerprint is confirmed."},
    {Msg::kShErrPurpose, "Dites pourquoi ce destinataire en a besoin.",
     "Say why this recipient needs it."},
    {Msg::kShErrReference, "Sans consentement, indiquez la référence de l’obligation ou le motif.",
     "Without consent, give the obligation’s reference or the grounds."},
    {Msg::kShErrNumber, "Nombre hors des limites.", "Number out of range."},
    {Msg::kShErrDate, "Date non reconnue (JJ/MM/AAAA).", "Date not recognised (DD/MM/YYYY)."},
    {Msg::kShErrGeneric, "L’opération n’a pas abouti\u00a0; rien n’a changé.",
     "The operation did not go through; nothing changed."},
    {Msg::kShReadOnly, "Lecture seule", "Read-only"},
    {Msg::kShTransferred, "Dossier transféré le", "Dossier transferred on"},
    {Msg::kShAdopt, "Reprendre le suivi de ce dossier", "Take over this dossier"},
    {Msg::kShAdoptIntro,
     "Un transfert vous confie la suite de l’accompagnement\u00a0: reprenez-le pour en faire un "
     "dossier de votre carnet.",
     "A transfer hands the follow-up over to you: take it over to make it a dossier of your own."},
    {Msg::kShAdopted, "repris dans votre carnet", "taken over in your caseload"},
    {Msg::kShOpenAdopted, "Ouvrir le dossier repris", "Open the dossier taken over"},
    {Msg::kShPurgeOn, "purge prévue le", "to be purged on"},
    {Msg::kShLastGroupField, "Dernier groupe de l’empreinte, lu par votre collègue",
     "Last group of the fingerprint, as your colleague reads it"},
    {Msg::kShErrLastGroupMissing,
     "Tapez le dernier groupe de l’empreinte (quatre chiffres), tel que votre collègue vous le "
     "lit. Rien n’a été confirmé.",
     "Type the last group of the fingerprint (four digits), as your colleague reads it to you. "
     "Nothing was confirmed."},
    {Msg::kShErrLastGroup,
     "Ce n’est pas le dernier groupe de cette empreinte. Rien n’a été confirmé\u00a0: faites "
     "relire l’empreinte à votre collègue\u00a0; si elle diffère, ne confirmez pas.",
     "That is not the last group of this fingerprint. Nothing was confirmed: have your colleague "
     "read the fingerprint again; if it differs, do not confirm."},
    {Msg::kShNewKeyWarning, "Attention\u00a0: nouvelle clé sous un nom connu",
     "Warning: a new key under a known name"},
    {Msg::kShNewKeyExplain,
     "Vous avez déjà un contact confirmé à ce nom, avec d’autres clés. Ce peut être quelqu’un "
     "qui se fait passer pour lui, ou votre collègue qui a changé d’ordinateur ou de coffre. "
     "Appelez-le à un numéro que vous connaissez déjà. Rien n’est fusionné\u00a0: si vous "
     "confirmez, ce sera un nouveau contact, distinct de l’ancien, qui reste tel quel.",
     "You already have a confirmed contact under this name, with other keys. It may be someone "
     "passing as them, or your colleague changed computer or vault. Call them on a number you "
     "already know. Nothing is merged: if you confirm, this becomes a new contact, separate from "
     "the old one, which stays as it is."},
    {Msg::kShKnownContact, "Contact déjà confirmé\u00a0:", "Contact already confirmed:"},
    {Msg::kShAcknowledgeNewKey,
     "J’ai vérifié auprès de mon collègue\u00a0: c’est une nouvelle clé, à ajouter comme un "
     "contact distinct",
     "I checked with my colleague: it is a new key, to be added as a separate contact"},
    {Msg::kShErrAcknowledge,
     "Cochez la case après avoir vérifié auprès de votre collègue qu’il s’agit bien d’une "
     "nouvelle clé. Rien n’a été confirmé.",
     "Tick the box once you have checked with your colleague that this is a new key. Nothing was "
     "confirmed."},
    {Msg::kShHeldCard, "Carte lue, non enregistrée\u00a0:", "Card read, not recorded:"},
    {Msg::kShAddAsNewContact, "Ajouter comme nouveau contact distinct",
     "Add as a separate new contact"},
    {Msg::kShDoNotAdd, "Ne pas ajouter", "Do not add"},
    {Msg::kShContactToConfirm, "Contact à confirmer\u00a0:", "Contact to confirm:"},
    {Msg::kShNewKeyShort, "nouvelle clé sous un nom connu", "new key under a known name"},
    {Msg::kRotateKey, "Changer la clé du coffre", "Change the vault’s key"},
    {Msg::kRotateKeyIntro,
     "Tout le coffre est chiffré à nouveau sous une nouvelle clé, et une nouvelle clé de secours "
     "est créée. Une ancienne copie du coffre, avec l’ancienne phrase de passe ou l’ancienne clé "
     "de secours, n’ouvre alors plus rien de ce qui sera enregistré ensuite.",
     "The whole vault is encrypted again under a new key, and a new recovery key is made. An old "
     "copy of the vault, with the old passphrase or the old recovery key, then opens nothing "
     "saved from now on."},
    {Msg::kRotatePassphrase, "Phrase de passe (l’actuelle ou une nouvelle)",
     "Passphrase (the current one or a new one)"},
    {Msg::kRotateConfirm, "Confirmez cette phrase de passe", "Confirm this passphrase"},
    {Msg::kRotateKeySubmit, "Changer la clé", "Change the key"},
    {Msg::kRotateAfterErasure,
     "Un dossier a été effacé. Si une ancienne copie du coffre a pu être prise, changer la clé "
     "du coffre empêche l’ancienne clé d’ouvrir ce qui sera enregistré ensuite.",
     "A dossier was erased. If an old copy of the vault may have been taken, changing the vault’s "
     "key stops the old key from opening what is saved from now on."},
    {Msg::kRotateAfterPassphrase,
     "La phrase de passe a été changée. Si l’ancienne a pu être connue de quelqu’un, changez aussi "
     "la clé du coffre\u00a0: sinon, une ancienne copie du coffre et l’ancienne phrase ouvrent "
     "encore "
     "tout ce qui sera enregistré.",
     "The passphrase was changed. If someone may have known the old one, change the vault’s key "
     "too: otherwise an old copy of the vault and the old passphrase still open everything saved "
     "from now on."},
    {Msg::kRotateLater, "Plus tard", "Later"},
    {Msg::kRotateOpen, "Changer la clé du coffre…", "Change the vault’s key…"},
    {Msg::kRecoveryReplaced,
     "La clé du coffre a été changée. Cette clé de secours remplace l’ancienne, qui n’ouvre plus "
     "le coffre.",
     "The vault’s key was changed. This recovery key replaces the old one, which no longer opens "
     "the vault."},
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
