#include "platform/native/dir_index.h"

#include <doctest/doctest.h>
#include <sodium.h>

#include <functional>
#include <string>

#include "core/base/byte_io.h"
#include "core/case/store_fixture.h"

using namespace carnet;
using namespace carnet::test;

namespace {

DirectoryIndex Sample() {
  DirectoryIndex index;
  index.generation = 7;
  index.versions = {{"chunk-000000", 3}, {"chunk-000001", 7}, {"header", 7}, {"manifest", 7}};
  return index;
}

// An index with a correct checksum around `body` (everything after the format).
Bytes WithChecksum(const std::function<void(ByteWriter&)>& body) {
  ByteWriter out;
  out.Raw(std::string_view("CARNETDI"));
  out.U16(1);
  body(out);
  Bytes bytes = out.Take();
  Bytes sum(16);
  crypto_generichash(sum.data(), sum.size(), bytes.data(), bytes.size(), nullptr, 0);
  bytes.insert(bytes.end(), sum.begin(), sum.end());
  return bytes;
}

void Entry(ByteWriter& out, const std::string& key, std::uint64_t version) {
  out.U8(static_cast<std::uint8_t>(key.size()));
  out.Raw(key);
  out.U64(version);
}

}  // namespace

TEST_SUITE("directory index") {
  TEST_CASE("an index reads back as written") {
    const DirectoryIndex index = Sample();
    const Bytes bytes = EncodeDirectoryIndex(index);
    CHECK(Value(ParseDirectoryIndex(bytes)) == index);
    CHECK(Value(ParseDirectoryIndex(EncodeDirectoryIndex(DirectoryIndex{}))) == DirectoryIndex{});
  }

  TEST_CASE("a truncated or damaged index is refused at every length and every bit") {
    const Bytes bytes = EncodeDirectoryIndex(Sample());
    for (std::size_t length = 0; length < bytes.size(); ++length) {
      CAPTURE(length);
      CHECK_FALSE(ParseDirectoryIndex(ByteView(bytes.data(), length)).ok());
    }
    for (std::size_t bit = 0; bit < bytes.size() * 8; ++bit) {
      CAPTURE(bit);
      Bytes damaged = bytes;
      damaged[bit / 8] = static_cast<std::uint8_t>(damaged[bit / 8] ^ (1u << (bit % 8)));
      CHECK_FALSE(ParseDirectoryIndex(damaged).ok());
    }
  }

  TEST_CASE("an index with a valid checksum but impossible contents is refused") {
    auto message = [](const Bytes& bytes) { return ParseDirectoryIndex(bytes).status().message(); };
    CHECK(message(WithChecksum([](ByteWriter& out) {
            out.U64(7);
            out.U32(kMaxVaultRecords + 1);
          })) == "the vault directory's index is damaged (record count)");
    CHECK(message(WithChecksum([](ByteWriter& out) {
            out.U64(7);
            out.U32(1);
            Entry(out, "../../etc/passwd", 3);
          })) == "the vault directory's index is damaged (unknown record)");
    CHECK(message(WithChecksum([](ByteWriter& out) {
            out.U64(7);
            out.U32(2);
            Entry(out, "header", 3);
            Entry(out, "header", 3);
          })) == "the vault directory's index is damaged (records out of order)");
    CHECK(message(WithChecksum([](ByteWriter& out) {
            out.U64(7);
            out.U32(1);
            Entry(out, "header", 8);
          })) == "the vault directory's index is damaged (record version)");
    CHECK(message(WithChecksum([](ByteWriter& out) {
            out.U64(7);
            out.U32(1);
            Entry(out, "header", 0);
          })) == "the vault directory's index is damaged (record version)");
    CHECK(message(WithChecksum([](ByteWriter& out) {
            out.U64(7);
            out.U32(2);
            Entry(out, "header", 7);
          })) == "the vault directory's index is damaged (truncated entry)");
    CHECK(message(WithChecksum([](ByteWriter& out) {
            out.U64(7);
            out.U32(0);
            out.U8(0);
          })) == "the vault directory's index is damaged (trailing bytes)");
  }

  TEST_CASE("record file names") {
    CHECK(RecordFileName("chunk-000012", 7) == "chunk-000012.7");
    const auto parsed = ParseRecordFileName("chunk-000012.7");
    REQUIRE(parsed);
    CHECK(parsed->first == "chunk-000012");
    CHECK(parsed->second == 7);
    CHECK(ParseRecordFileName("header.18446744073709551615"));
    CHECK_FALSE(ParseRecordFileName("header.18446744073709551616"));
    CHECK_FALSE(ParseRecordFileName("header.07"));
    CHECK_FALSE(ParseRecordFileName("header.0"));
    CHECK_FALSE(ParseRecordFileName("header."));
    CHECK_FALSE(ParseRecordFileName("header"));
    CHECK_FALSE(ParseRecordFileName("header.7a"));
    CHECK_FALSE(ParseRecordFileName("notes.7"));
    CHECK_FALSE(ParseRecordFileName("index.tmp"));
    CHECK_FALSE(ParseRecordFileName(".7"));
  }
}
