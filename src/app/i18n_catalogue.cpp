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
