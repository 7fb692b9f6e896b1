// What the statistics file's writer and reader share (core-internal): the file's fixed labels
// and the exact text of its numbers. Every number has one spelling only (no leading zeros, no
// trailing decimal zeros, a comma for the decimal point), so a file read and written again
// gives the same bytes, and the reader can compare texts instead of parsing them twice.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/stats/stats_file.h"

namespace carnet::stats_text {

inline constexpr std::string_view kBom = "\xEF\xBB\xBF";
inline constexpr std::string_view kMagic = "Carnet – statistiques anonymisées";
inline constexpr std::string_view kFormat = "format 1";
inline constexpr std::string_view kSpec = "spécification";
inline constexpr std::string_view kTypology = "typologie";
inline constexpr std::string_view kYear = "année";
inline constexpr std::string_view kFirstMonth = "premier mois";
inline constexpr std::string_view kLastMonth = "dernier mois";
inline constexpr std::string_view kMode = "mode";
inline constexpr std::string_view kModeNoise = "bruit";
inline constexpr std::string_view kModeConventional = "conventionnel";
inline constexpr std::string_view kEpsilon = "epsilon";
inline constexpr std::string_view kMinimumFrequency = "fréquence minimale";
inline constexpr std::string_view kMergedFiles = "fichiers fusionnés";
inline constexpr std::string_view kTablesHeader =
    "tableau;borne par personne;échelle du bruit (numérateur);échelle du bruit (dénominateur);"
    "variance par case;écart-type par case";
inline constexpr std::string_view kCellsHeader =
    "tableau;dimension 1;dimension 2;dimension 3;valeur;écart-type";
inline constexpr std::string_view kSecret = "secret";
inline constexpr std::uint32_t kMaxRationalPart = std::uint32_t{1} << 20;

// Thousandths as a decimal with a comma: 287333 -> "287,333", 1500 -> "1,5", 0 -> "0".
// `milli` >= 0.
std::string FormatMilli(std::int64_t milli);
// The reverse, accepting only FormatMilli's spelling; nothing for any other text.
std::optional<std::int64_t> ParseMilli(std::string_view text, std::int64_t max);

// Epsilon as a finite decimal ("1", "0,5", "0,25"); nothing when it has none (1/3) or needs
// more than 18 digits.
std::optional<std::string> FormatEpsilon(Rational epsilon);
// The reverse, reduced: a positive finite decimal in FormatEpsilon's spelling whose reduced
// parts are at most 2^20; nothing otherwise ("0", "-1", "NaN", "inf", "1e3", "0,50", "").
std::optional<Rational> ParseEpsilon(std::string_view text);

// A whole number spelled without sign (or "-" for negatives), leading zeros or "-0", within
// [min, max]; nothing otherwise.
std::optional<std::int64_t> ParseWhole(std::string_view text, std::int64_t min, std::int64_t max);

// True for "-3", "12", "0,5": a plain number, which no spreadsheet reads as a formula.
bool IsPlainNumber(std::string_view text);
// True when a spreadsheet could read the field as the start of a formula: it starts with
// = + - @ tab or CR and is not a plain number.
bool CouldStartFormula(std::string_view text);

// The scale a table's noise must have: bound x tables / epsilon, reduced (epsilon is split
// evenly between the tables, each with its bound as sensitivity). Nothing when a part would
// exceed 2^20.
std::optional<Rational> ExpectedScale(int bound, int tables, Rational epsilon);

// A cell's position for messages: "demandes / DROITS / 0 à 17 ans / 2026-T1".
std::string DescribeCell(StatsTable table, const StatsKey& key);

}  // namespace carnet::stats_text
