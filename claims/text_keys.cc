#include "claims/text_keys.h"

#include <algorithm>
#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "common/strings.h"
#include "common/utf8.h"
#include "ingest/article_util.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
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
  // Most names are ASCII, for which transliteration is lower-casing: the
  // same key without ICU (name_key_test checks both paths agree).
  if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out;
    bool pending_space = false;
    for (char c : name) {
      if (absl::ascii_isalnum(static_cast<unsigned char>(c))) {
        if (pending_space && !out.empty()) out.push_back(' ');
        pending_space = false;
        out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
      } else {
        pending_space = true;
      }
    }
    return out;
  }
  return internal::NameKeyIcu(name);
}

namespace internal {

std::string NameKeyIcu(std::string_view name) {
  // One transliterator per thread: ICU transliterators are not thread-safe.
  thread_local std::unique_ptr<icu::Transliterator> translit(NewNameTransliterator());
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (translit) translit->transliterate(s);
  else s.toLower();
  return CollapseToWords(s);
}

}  // namespace internal

std::string_view Surname(std::string_view name_key) {
  size_t space = name_key.rfind(' ');
  return space == std::string_view::npos ? name_key : name_key.substr(space + 1);
}

}  // namespace qtrack

namespace qtrack {

bool IsNamedSpeaker(std::string_view mention, bool organisation) {
  std::string_view m = StripWhitespace(mention);
  if (organisation && !m.empty() && m.find(' ') == std::string_view::npos &&
      m.find('.') != std::string_view::npos)
    return true;  // an outlet's domain: "tass.com"
  // Determiners before a name: "the Kremlin", "a Ukrainian official".
  for (std::string_view det : {"the ", "The ", "a ", "A ", "an ", "An "}) {
    if (m.starts_with(det)) {
      m.remove_prefix(det.size());
      break;
    }
  }
  if (m.empty()) return false;
  const std::string_view first_word = m.substr(0, m.find(' '));
  std::string lower(first_word);
  for (char& c : lower) c = static_cast<char>(absl::ascii_tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kNotNames[] = {
      "it", "its", "they", "them", "their", "we", "us", "our", "you", "your", "he", "his",
      "him", "she", "her", "i", "me", "my", "who", "whom", "which", "that", "this", "these",
      "those", "what", "some", "many", "most", "all", "few", "several", "others", "other",
      "both", "each", "every", "everyone", "everybody", "nobody", "no", "none", "one",
      "someone", "somebody", "anyone", "any", "more", "such", "there", "here",
      // Groups named by a common noun, capitalised only at a sentence's start.
      "analysts", "experts", "officials", "critics", "economists", "observers", "sources",
      "residents", "researchers", "scientists", "campaigners", "investors", "traders",
      "witnesses", "people", "reports", "figures", "studies", "documents", "lawmakers",
      "diplomats", "authorities", "activists", "doctors", "experts", "insiders",
      // Sentence openers that are no name: "Neither Ask Jeeves nor ...",
      // "Latest figures suggest".
      "neither", "either", "latest", "recent", "earlier", "later"};
  for (std::string_view word : kNotNames)
    if (lower == word) return false;
  // People described by a relation: "Drug enforcement chiefs in the US",
  // "the widow of Ray Kemp": a lower-case word before a preposition makes
  // a description, not a name ("Bank of England" has none).
  for (std::string_view prep : {" of ", " for ", " in ", " at ", " from ", " to "}) {
    const size_t at = m.find(prep);
    if (at == std::string_view::npos || at == 0) continue;
    const size_t word_begin = m.rfind(' ', at - 1);
    const char head = m[word_begin == std::string_view::npos ? 0 : word_begin + 1];
    if (head >= 'a' && head <= 'z') return false;
  }
  // A proper name starts with a capital (in any script).
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(m.data(), i, static_cast<int32_t>(m.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

namespace {
constexpr size_t kHashSuffixBytes = 34;  // '~' + ContentHashId

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// The full name whose words' initials spell `letters`, ending right before
// `end` in `text` (after optional spaces); "" when none.
std::string NameSpelling(std::string_view text, size_t end, std::string_view letters) {
  static constexpr std::string_view kJoining[] = {"of", "and", "for", "the", "&", "de", "du", "la"};
  size_t pos = end;
  size_t begin = std::string_view::npos;
  int want = static_cast<int>(letters.size()) - 1;
  for (int words = 0; want >= 0 && words < 12; ++words) {
    while (pos > 0 && text[pos - 1] == ' ') --pos;
    size_t start = pos;
    while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n' && text[start - 1] != '(' &&
           text[start - 1] != ',' && text[start - 1] != '"')
      --start;
    if (start == pos) return "";
    const std::string_view word = text.substr(start, pos - start);
    if (IsUpperAscii(word[0])) {
      if (word[0] != letters[want]) return "";
      --want;
      begin = start;
    } else if (std::find(std::begin(kJoining), std::end(kJoining), word) == std::end(kJoining)) {
      return "";
    }
    pos = start;
  }
  if (want >= 0 || begin == std::string_view::npos) return "";
  std::string_view name = text.substr(begin, end - begin);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  // "Incomes Data Services' (IDS)": the possessive is no part of the name.
  if (name.ends_with("'s")) name.remove_suffix(2);
  else if (name.ends_with('\'')) name.remove_suffix(1);
  return std::string(name);
}

}  // namespace

std::vector<DefinedShortForm> DefinedShortForms(std::string_view text) {
  std::vector<DefinedShortForm> out;
  for (size_t open = text.find('('); open != std::string_view::npos; open = text.find('(', open + 1)) {
    const size_t close = text.find(')', open);
    if (close == std::string_view::npos || close - open < 3 || close - open > 9) continue;
    const std::string_view inside = text.substr(open + 1, close - open - 1);
    std::string letters;
    bool ok = true;
    for (char c : inside) {
      if (IsUpperAscii(c)) letters += c;
      else if (c != '&') ok = false;
    }
    if (!ok || letters.size() < 2) continue;
    if (std::any_of(out.begin(), out.end(), [&](const DefinedShortForm& d) { return d.short_form == inside; }))
      continue;
    std::string full = NameSpelling(text, open, letters);
    if (!full.empty()) out.push_back({std::string(inside), std::move(full)});
  }
  return out;
}

std::string_view VisibleKeyPrefix(std::string_view key) {
  return key.substr(0, Utf8PrefixLength(key, kMaxKeyBytes - kHashSuffixBytes));
}

std::string BoundedKey(std::string_view key) {
  if (key.size() <= kMaxKeyBytes) return std::string(key);
  std::string out(VisibleKeyPrefix(key));
  out += '~';
  out += ContentHashId(key);
  return out;
}

}  // namespace qtrack
