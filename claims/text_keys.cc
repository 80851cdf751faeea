#include "claims/text_keys.h"

#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "common/strings.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace qtrack {
namespace {

// Keeps letters and digits, turns everything else into single spaces.
std::string CollapseToWords(const icu::UnicodeString& s) {
  std::string out;
  bool pending_space = false;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalnum(c)) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      icu::UnicodeString one(c);
      one.toUTF8String(out);
    } else if (u_charType(c) != U_NON_SPACING_MARK) {
      pending_space = true;
    }
  }
  return out;
}

icu::Transliterator* NewNameTransliterator() {
  UErrorCode status = U_ZERO_ERROR;
  icu::Transliterator* t = icu::Transliterator::createInstance(
      "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status);
  return U_SUCCESS(status) ? t : nullptr;
}

}  // namespace

std::string NameKeyUncached(std::string_view name);

std::string StatementKey(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status)) {
    icu::UnicodeString folded = nfkc_cf->normalize(s, status);
    if (U_SUCCESS(status)) s = folded;
  }
  return CollapseToWords(s);
}

std::string NameKey(std::string_view name) {
  // Names repeat heavily (speakers, outlets, conduits) and transliteration
  // is the costliest step of storing a statement: cache per thread,
  // bounded.
  thread_local absl::flat_hash_map<std::string, std::string> cache;
  if (auto it = cache.find(ToAbsl(name)); it != cache.end()) return it->second;
  if (cache.size() > 100000) cache.clear();
  std::string key = NameKeyUncached(name);
  cache.emplace(std::string(name), key);
  return key;
}

std::string NameKeyUncached(std::string_view name) {
  // One transliterator per thread: ICU transliterators are not thread-safe.
  thread_local std::unique_ptr<icu::Transliterator> translit(NewNameTransliterator());
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (translit) translit->transliterate(s);
  else s.toLower();
  return CollapseToWords(s);
}

std::string_view Surname(std::string_view name_key) {
  size_t space = name_key.rfind(' ');
  return space == std::string_view::npos ? name_key : name_key.substr(space + 1);
}

}  // namespace qtrack
