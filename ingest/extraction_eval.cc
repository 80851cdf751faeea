// File: ingest/extraction_eval.cc
#include "ingest/extraction_eval.h"

#include <unicode/uchar.h>

#include <chrono>
#include <fstream>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "common/utf8.h"
#include "ingest/html_reader.h"
#include "simdjson.h"

namespace qtrack {
namespace {

bool IsWordChar(char32_t cp) {
  if (cp == U'_') return true;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

std::vector<std::string_view> Tokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t pos = 0, start = std::string_view::npos;
  while (pos < text.size()) {
    size_t at = pos;
    char32_t cp = DecodeUtf8(text, &pos);
    if (IsWordChar(cp)) {
      if (start == std::string_view::npos) start = at;
    } else if (start != std::string_view::npos) {
      tokens.push_back(text.substr(start, at - start));
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) tokens.push_back(text.substr(start));
  return tokens;
}

// Shingle multiset: the 4-token windows joined by a separator no token has.
absl::flat_hash_map<std::string, int> Shingles(const std::vector<std::string_view>& t) {
  absl::flat_hash_map<std::string, int> out;
  if (t.empty()) return out;
  size_t width = std::min<size_t>(4, t.size());
  for (size_t i = 0; i + width <= t.size(); ++i) {
    std::string key;
    for (size_t k = 0; k < width; ++k) {
      key.append(t[i + k]);
      key.push_back('\x1F');
    }
    ++out[key];
  }
  return out;
}

}  // namespace

PageScore ScoreExtraction(std::string_view predicted, std::string_view gold) {
  std::vector<std::string_view> pt = Tokens(predicted), gt = Tokens(gold);
  auto ps = Shingles(pt), gs = Shingles(gt);
  PageScore s;
  s.predicted_empty = ps.empty();
  s.gold_empty = gs.empty();
  s.exact = pt == gt;
  long tp = 0, fp = 0, fn = 0;
  for (const auto& [k, n] : ps) {
    auto it = gs.find(k);
    int g = it == gs.end() ? 0 : it->second;
    tp += std::min(n, g);
    fp += std::max(0, n - g);
  }
  for (const auto& [k, g] : gs) {
    auto it = ps.find(k);
    int n = it == ps.end() ? 0 : it->second;
    fn += std::max(0, g - n);
  }
  s.precision = tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp);
  s.recall = tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn);
  if (s.predicted_empty && !s.gold_empty) s.recall = 0;
  return s;
}

absl::StatusOr<ExtractionScore> ScoreExtractionFile(const std::string& path,
                                                    std::ostream* per_page) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open ", path));
  simdjson::dom::parser parser;  // reused across lines
  ExtractionScore total;
  double p_sum = 0, r_sum = 0;
  size_t p_pages = 0, r_pages = 0, exact = 0;
  std::string line;
  for (size_t line_no = 1; std::getline(in, line); ++line_no) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::padded_string padded(line);
    simdjson::dom::object obj;
    std::string_view id, url, html, body;
    if (parser.parse(padded).get_object().get(obj) != simdjson::SUCCESS ||
        obj["html"].get_string().get(html) != simdjson::SUCCESS ||
        obj["body"].get_string().get(body) != simdjson::SUCCESS)
      return absl::InvalidArgumentError(
          absl::StrCat(path, ":", line_no, ": not a {html, body} JSON object"));
    if (obj["id"].get_string().get(id) != simdjson::SUCCESS) id = {};
    if (obj["url"].get_string().get(url) != simdjson::SUCCESS) url = {};
    auto start = std::chrono::steady_clock::now();
    absl::StatusOr<Article> article = ParseHtmlArticle(html, url);
    total.extract_seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    total.html_bytes += html.size();
    PageScore s = ScoreExtraction(article.ok() ? std::string_view(article->text) : "", body);
    ++total.pages;
    if (!s.predicted_empty) {
      p_sum += s.precision;
      ++p_pages;
    }
    if (!s.gold_empty) {
      r_sum += s.recall;
      ++r_pages;
    }
    exact += s.exact;
    if (per_page != nullptr) {
      double f1 = s.precision + s.recall == 0
                      ? 0
                      : 2 * s.precision * s.recall / (s.precision + s.recall);
      *per_page << absl::StrFormat("%s\t%.3f\t%.3f\t%.3f\n", std::string(id), s.precision, s.recall, f1);
    }
  }
  total.precision = p_pages == 0 ? 0 : p_sum / p_pages;
  total.recall = r_pages == 0 ? 0 : r_sum / r_pages;
  total.f1 = total.precision + total.recall == 0
                 ? 0
                 : 2 * total.precision * total.recall / (total.precision + total.recall);
  total.accuracy = total.pages == 0 ? 0 : static_cast<double>(exact) / total.pages;
  return total;
}

}  // namespace qtrack
