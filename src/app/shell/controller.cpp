#include "app/shell/controller.h"

#include "app/case/caseload.h"
#include "app/sharing/sharing_controller.h"
#include "app/stats/stats_controller.h"
#include "app/vault/vault_controller.h"
#include "app/vault/vault_home.h"
#include "core/base/secret_text.h"
#include "core/demo/demo_data.h"

namespace carnet {
namespace {

void Wipe(std::string& secret) { WipeText(&secret); }

Status NoVaults() { return Status::Error(StatusCode::kInternal, "vaults are not available here"); }

struct Applier {
  AppState& state;
  AppServices& services;

  Status operator()(SetLanguage& c) {
    if (c.lang != Lang::kFr && c.lang != Lang::kEn) {
      return Status::Error(StatusCode::kInvalidArgument, "unknown language");
    }
    state.lang = c.lang;
    return Status::Ok();
  }
  Status operator()(ShowScreen& c) {
    if (c.screen == Screen::kCreateVault && services.calibrate_kdf && services.vaults) {
      services.vaults->Calibrate(0.5);  // about half a second of Argon2id per unlock
      services.calibrate_kdf = false;
    }
    state.screen = c.screen;
    state.selected_vault = c.vault_id;
    return Status::Ok();
  }
  Status operator()(CreateVaultRequested& c) {
    if (services.vaults == nullptr) return NoVaults();
    services.vaults->Create(c.display_name, c.passphrase, c.confirmation, services.kdf);
    Wipe(c.passphrase);
    Wipe(c.confirmation);
    return services.vaults->state().error;
  }
  Status operator()(UnlockVaultRequested& c) {
    if (services.vaults == nullptr) return NoVaults();
    services.vaults->Unlock(c.vault_id, c.secret, c.recovery_key);
    Wipe(c.secret);
    return services.vaults->state().error;
  }
  Status operator()(RecoveryKeySeen&) {
    if (services.vaults == nullptr) return NoVaults();
    services.vaults->ConfirmRecoveryKeySeen();
    return Status::Ok();
  }
  Status operator()(LockVaultRequested& c) {
    if (services.vaults == nullptr) return NoVaults();
    if (c.discard_unsaved) {
      services.vaults->LockDiscardingChanges();
    } else {
      services.vaults->Lock();
    }
    state.screen = Screen::kWelcome;
    return Status::Ok();
  }
  Status operator()(OlderVaultAccepted&) {
    if (services.vaults == nullptr) return NoVaults();
    services.vaults->AcceptOlderVault();
    return services.vaults->state().error;
  }
  Status operator()(FillDemoRequested&) {
    if (services.vaults == nullptr || services.vaults->session() == nullptr) return NoVaults();
    DemoOptions options;
    options.size = DemoSize::kSmall;
    options.seed = static_cast<std::uint64_t>(services.today);
    options.today = services.today;
    Result<DemoCounts> counts = GenerateDemo(services.vaults->session()->store(), options);
    return counts.status();
  }
  Status operator()(TryDemoRequested&) {
    if (services.vaults == nullptr) return NoVaults();
    services.vaults->OpenDemo(Tr(Msg::kDemoVaultName, state.lang));
    if (services.vaults->session() == nullptr) return services.vaults->state().error;
    FillDemoRequested fill;
    return (*this)(fill);
  }
  Status operator()(ChangePassphraseRequested& c) {
    if (services.vaults == nullptr) return NoVaults();
    services.vaults->ChangePassphrase(c.passphrase, c.confirmation, services.kdf);
    Wipe(c.passphrase);
    Wipe(c.confirmation);
    return services.vaults->state().error;
  }
  Status operator()(RotateKeyRequested& c) {
    if (services.vaults == nullptr) return NoVaults();
    services.vaults->RotateKey(c.passphrase, c.confirmation, services.kdf);
    Wipe(c.passphrase);
    Wipe(c.confirmation);
    return services.vaults->state().error;
  }
  Status operator()(KeyRotationSuggestionDismissed&) {
    if (services.vaults == nullptr) return NoVaults();
    services.vaults->DismissKeyRotationSuggestion();
    return Status::Ok();
  }
  Status operator()(ExportBackupRequested&) {
    return services.home != nullptr ? services.home->RequestExport() : NoVaults();
  }
  Status operator()(ImportBackupRequested&) {
    return services.home != nullptr ? services.home->RequestImportFile() : NoVaults();
  }
  Status operator()(SetAutoLockRequested& c) {
    return services.home != nullptr ? services.home->SetAutoLockMinutes(c.minutes) : NoVaults();
  }
  Status operator()(SetBackupReminderRequested& c) {
    return services.home != nullptr ? services.home->SetReminderDays(c.days) : NoVaults();
  }
  Status operator()(SetTheme& c) {
    if (c.theme != Theme::kLight && c.theme != Theme::kHighContrast) {
      return Status::Error(StatusCode::kInvalidArgument, "unknown theme");
    }
    state.theme = c.theme;
    return Status::Ok();
  }
  Status operator()(SetTextSize& c) {
    if (c.percent < kMinTextPercent || c.percent > kMaxTextPercent) {
      return Status::Error(StatusCode::kInvalidArgument, "text size out of range");
    }
    state.text_percent = c.percent;
    return Status::Ok();
  }
  Status operator()(ShowCaseView& c) {
    return services.caseload != nullptr ? services.caseload->Show(c.view) : NoVaults();
  }
  Status operator()(OpenDossierRequested& c) {
    if (services.caseload == nullptr) return NoVaults();
    Status opened = services.caseload->OpenDossier(c.dossier_id);
    if (!opened.ok() || services.sharing == nullptr) return opened;
    return services.sharing->DossierOpened(c.dossier_id);
  }
  Status operator()(SetOverviewFilter& c) {
    return services.caseload != nullptr ? services.caseload->SetFilter(c.filter) : NoVaults();
  }
  Status operator()(PaletteSearch& c) {
    return services.caseload != nullptr ? services.caseload->Search(c.text) : NoVaults();
  }
  // Statistics and their merge (app/stats/stats_controller.h).
  Status operator()(PrepareStatsRequested& c) {
    return services.stats != nullptr ? services.stats->Prepare(c.draft) : NoVaults();
  }
  Status operator()(DownloadStatsRequested&) {
    return services.stats != nullptr ? services.stats->Download() : NoVaults();
  }
  Status operator()(DiscardStatsRequested&) {
    if (services.stats == nullptr) return NoVaults();
    services.stats->Discard();
    return Status::Ok();
  }
  Status operator()(PickMergeFilesRequested&) {
    return services.stats != nullptr ? services.stats->PickMergeFiles() : NoVaults();
  }
  Status operator()(ClearMergeFilesRequested&) {
    if (services.stats == nullptr) return NoVaults();
    services.stats->ClearMergeFiles();
    return Status::Ok();
  }
  Status operator()(MergeStatsRequested& c) {
    return services.stats != nullptr ? services.stats->Merge(c.confirmed) : NoVaults();
  }
  Status operator()(DownloadMergedRequested&) {
    return services.stats != nullptr ? services.stats->DownloadMerged() : NoVaults();
  }
  // Sharing, the register and the person's rights (app/sharing/sharing_controller.h).
  template <typename Call>
  Status Sharing(Call&& call) {
    return services.sharing != nullptr ? call(*services.sharing) : NoVaults();
  }
  Status operator()(ShowSharingTab& c) {
    if (services.caseload == nullptr || services.sharing == nullptr) return NoVaults();
    if (Status shown = services.caseload->Show(CaseView::kSharing); !shown.ok()) return shown;
    return services.sharing->Show(c.tab);
  }
  Status operator()(SetIdentityNameRequested& c) {
    return Sharing([&](SharingController& s) { return s.SetIdentityName(c.name); });
  }
  Status operator()(DownloadOwnCardRequested&) {
    return Sharing([](SharingController& s) { return s.DownloadOwnCard(); });
  }
  Status operator()(ImportCardRequested& c) {
    return Sharing([&](SharingController& s) { return s.ImportCard(c.text); });
  }
  Status operator()(PickCardFileRequested&) {
    return Sharing([](SharingController& s) { return s.PickCardFile(); });
  }
  Status operator()(ConfirmContactRequested& c) {
    return Sharing([&](SharingController& s) { return s.ConfirmContact(c.contact_id, c.check); });
  }
  Status operator()(ConfirmHeldCardRequested& c) {
    return Sharing([&](SharingController& s) { return s.ConfirmHeldCard(c.check); });
  }
  Status operator()(DropHeldCardRequested&) {
    return Sharing([](SharingController& s) {
      s.DropHeldCard();
      return Status::Ok();
    });
  }
  Status operator()(RemoveContactRequested& c) {
    return Sharing([&](SharingController& s) { return s.RemoveContact(c.contact_id); });
  }
  Status operator()(SharePackageRequested& c) {
    return Sharing([&](SharingController& s) { return s.Share(c.draft); });
  }
  Status operator()(PickPackageRequested&) {
    return Sharing([](SharingController& s) { return s.PickPackageFile(); });
  }
  Status operator()(ConfirmSenderRequested& c) {
    return Sharing([&](SharingController& s) { return s.ConfirmSender(c.check); });
  }
  Status operator()(DismissPackageRequested&) {
    return Sharing([](SharingController& s) {
      s.DismissPackage();
      return Status::Ok();
    });
  }
  Status operator()(OpenReceivedRequested& c) {
    if (services.caseload == nullptr || services.sharing == nullptr) return NoVaults();
    if (Status shown = services.caseload->Show(CaseView::kSharing); !shown.ok()) return shown;
    return services.sharing->OpenReceived(c.received_id);
  }
  Status operator()(AdoptReceivedRequested& c) {
    if (services.caseload == nullptr || services.sharing == nullptr) return NoVaults();
    Result<Id> dossier = services.sharing->AdoptReceived(c.received_id);
    if (!dossier.ok()) return dossier.status();
    return services.caseload->OpenDossier(dossier.value());
  }
  Status operator()(DeleteReceivedRequested& c) {
    return Sharing([&](SharingController& s) { return s.DeleteReceived(c.received_id); });
  }
  Status operator()(SetRegisterFilterRequested& c) {
    return Sharing([&](SharingController& s) { return s.SetRegisterFilter(c.filter); });
  }
  Status operator()(PersonCopyRequested& c) {
    return Sharing([&](SharingController& s) { return s.PersonCopy(c.dossier_id); });
  }
  Status operator()(ProcessingRecordRequested&) {
    return Sharing([](SharingController& s) { return s.ProcessingRecord(); });
  }
  Status operator()(EraseDossierRequested& c) {
    return Sharing([&](SharingController& s) { return s.Erase(c.dossier_id); });
  }
  Status operator()(PurgeRequested& c) {
    return Sharing([&](SharingController& s) { return s.Purge(c.dossier_ids); });
  }
  Status operator()(SetRetentionRequested& c) {
    return Sharing([&](SharingController& s) { return s.SetRetention(c); });
  }
  Status operator()(CopyCoordinatesRequested& c) {
    return Sharing([&](SharingController& s) { return s.CopyCoordinates(c.dossier_id); });
  }
  Status operator()(PrintingRequested& c) {
    return Sharing([&](SharingController& s) { return s.Printing(c.shown_dossier); });
  }
  // The forms that change the case file.
  template <typename Form>
  Status operator()(Form& c) {
    return services.caseload != nullptr ? services.caseload->Apply(c) : NoVaults();
  }
};

}  // namespace

Status Apply(AppState& state, AppServices& services, Command& command) {
  return std::visit(Applier{state, services}, command);
}

Status ApplyAll(AppState& state, AppServices& services, CommandQueue& queue) {
  Status first = Status::Ok();
  for (Command& command : queue) {
    Status status = Apply(state, services, command);
    if (first.ok() && !status.ok()) first = status;
  }
  queue.clear();
  return first;
}

}  // namespace carnet
