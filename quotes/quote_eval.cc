// File: quotes/quote_eval.cc
#include "quotes/quote_eval.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "common/utf8.h"
#include "common/json_writer.h"
#include "quotes/extractor.h"
#include "simdjson.h"
#include "unicode/uchar.h"

namespace qtrack {
namespace {

// A quote reduced to what scoring needs: content code point positions
// (sorted), whether it counts in the `quoted` view, the speaker mention.
struct Item {
  std::vector<uint32_t> chars;
  bool quoted = false;
  int64_t speaker_start = -1, speaker_end = -1;
  std::string kind, desc;
};

bool IsContentChar(char32_t cp) {
  return !u_isUWhiteSpace(cp) && !u_ispunct(cp) && cp != 0xFEFF && !u_isISOControl(cp);
}

// Content characters of code point ranges; `cps` is the text as code points.
void ContentChars(const std::vector<char32_t>& cps,
                  const std::vector<std::pair<int64_t, int64_t>>& ranges,
                  std::vector<uint32_t>* out) {
  out->clear();
  for (auto [b, e] : ranges) {
    b = std::max<int64_t>(b, 0);
    e = std::min<int64_t>(e, cps.size());
    for (int64_t i = b; i < e; ++i)
      if (IsContentChar(cps[i])) out->push_back(i);
  }
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

double Jaccard(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t i = 0, j = 0, inter = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (a[i] > b[j]) ++j;
    else { ++inter; ++i; ++j; }
  }
  return double(inter) / double(a.size() + b.size() - inter);
}

bool HasDoubleQuote(std::string_view s) {
  for (std::string_view m : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB"})
    if (s.find(m) != std::string_view::npos) return true;
  return false;
}

// Greedy one-to-one matching; returns matched pairs (gold, pred).
std::vector<std::pair<int, int>> Match(const std::vector<const Item*>& gold,
                                       const std::vector<const Item*>& pred) {
  std::vector<std::tuple<double, int, int>> cand;
  for (size_t g = 0; g < gold.size(); ++g)
    for (size_t p = 0; p < pred.size(); ++p) {
      double j = Jaccard(gold[g]->chars, pred[p]->chars);
      if (j >= 0.5) cand.emplace_back(j, g, p);
    }
  std::sort(cand.begin(), cand.end(), [](auto& x, auto& y) { return std::get<0>(x) > std::get<0>(y); });
  std::vector<char> gu(gold.size()), pu(pred.size());
  std::vector<std::pair<int, int>> pairs;
  for (auto& [j, g, p] : cand) {
    if (gu[g] || pu[p]) continue;
    gu[g] = pu[p] = 1;
    pairs.emplace_back(g, p);
  }
  return pairs;
}

// Prints the item of `others` whose content overlaps `item` most: it tells a
// boundary error (the same statement, its content cut differently) from a
// statement not found at all.
void PrintNearest(const Item& item, const std::vector<const Item*>& others, std::ostream* errors) {
  double best = 0;
  const Item* nearest = nullptr;
  for (const Item* other : others) {
    double j = Jaccard(item.chars, other->chars);
    if (j > best) best = j, nearest = other;
  }
  if (nearest != nullptr)
    *errors << "\t\tnearest (Jaccard " << absl::StrFormat("%.2f", best) << "): " << nearest->desc << "\n";
}

std::string Clip(std::string_view s, size_t n = 160) {
  std::string out(s.substr(0, n));
  for (char& c : out) if (c == '\n') c = ' ';
  if (s.size() > n) out += "…";
  return out;
}

void AppendJsonOrNull(std::string_view s, std::string* out) {
  if (s.empty()) out->append("null");
  else AppendJsonString(s, out);
}

}  // namespace

std::vector<Span> SplitParagraphsOnNewlines(std::string_view text) {
  std::vector<Span> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = pos, e = nl;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e > b) out.push_back(Span{b, e});
    pos = nl + 1;
  }
  return out;
}

void WriteQuoteJsonl(const Article& article, const std::vector<Quote>& quotes, std::string* out) {
  CodePointIndex index(article.text);
  auto cp = [&](size_t b) { return index.ToCodePoint(b); };
  for (const Quote& q : quotes) {
    Span x = q.extent();
    out->append("{\"doc_id\": ");
    AppendJsonString(article.id, out);
    if (!article.source_file.empty()) {
      out->append(", \"source\": ");
      AppendJsonString(article.source_file, out);
    }
    absl::StrAppend(out, ", \"start\": ", cp(x.begin), ", \"end\": ", cp(x.end), ", \"fragments\": [");
    for (size_t i = 0; i < q.fragments.size(); ++i)
      absl::StrAppend(out, i ? ", " : "", "[", cp(q.fragments[i].begin), ", ", cp(q.fragments[i].end), "]");
    out->append("], \"quote\": ");
    AppendJsonString(q.text, out);
    for (std::string_view piece : {std::string_view(", \"kind\": \""), StatementKindName(q.kind),
                                   std::string_view("\", \"class\": \""), StatementClassName(q.statement_class),
                                   std::string_view("\", \"polarity\": \""), PolarityName(q.polarity),
                                   std::string_view("\", \"cue\": ")})
      out->append(piece);
    AppendJsonOrNull(std::string_view(article.text).substr(q.cue.begin, q.cue.size()), out);
    absl::StrAppend(out, ", \"cue_start\": ", cp(q.cue.begin), ", \"cue_end\": ", cp(q.cue.end), ", \"speaker\": ");
    AppendJsonOrNull(q.speaker, out);
    if (q.speaker_mention.empty()) {
      out->append(", \"speaker_start\": null, \"speaker_end\": null");
    } else {
      absl::StrAppend(out, ", \"speaker_start\": ", cp(q.speaker_mention.begin),
                      ", \"speaker_end\": ", cp(q.speaker_mention.end));
    }
    out->append(", \"speaker_role\": ");
    AppendJsonOrNull(q.speaker_role, out);
    if (!q.on_behalf_of.empty()) {
      out->append(", \"on_behalf_of\": ");
      AppendJsonString(q.on_behalf_of, out);
    }
    out->append(", \"via\": ");
    AppendJsonOrNull(q.via, out);
    out->append(", \"addressee\": ");
    AppendJsonOrNull(q.addressee, out);
    out->append(", \"said_on\": ");
    AppendJsonOrNull(q.said_on, out);
    absl::StrAppendFormat(out, ", \"confidence\": %.3f, \"rule\": ", q.confidence);
    AppendJsonOrNull(q.rule, out);
    out->append("}\n");
  }
}

absl::Status PredictQuoteFile(const std::string& gold_path, std::ostream* out) {
  std::ifstream in(gold_path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open ", gold_path));
  QuoteExtractor extractor;
  simdjson::dom::parser parser;
  std::vector<Quote> quotes;
  std::string line, buf;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    simdjson::dom::element doc;
    if (auto err = parser.parse(line).get(doc); err)
      return absl::DataLossError(simdjson::error_message(err));
    Article a;
    std::string_view sv;
    if (doc["id"].get(sv) == simdjson::SUCCESS) a.id = std::string(sv);
    if (doc["text"].get(sv) == simdjson::SUCCESS) a.text = std::string(sv);
    if (doc["date"].get(sv) == simdjson::SUCCESS) a.published = std::string(sv);
    if (doc["language"].get(sv) == simdjson::SUCCESS) a.language = std::string(sv);
    a.paragraphs = SplitParagraphsOnNewlines(a.text);
    extractor.Extract(a, &quotes);
    buf.clear();
    WriteQuoteJsonl(a, quotes, &buf);
    *out << buf;
  }
  return absl::OkStatus();
}

namespace {

void WriteCandidates(std::string_view doc, const std::vector<Quote>& quotes, const std::vector<Item>& pred,
                     const std::vector<char>& matched_all, const std::vector<char>& matched_quoted,
                     const std::vector<char>& speaker_exact, std::ostream* out) {
  std::string line;
  for (size_t i = 0; i < quotes.size(); ++i) {
    const Quote& q = quotes[i];
    line.clear();
    JsonWriter w(&line);
    w.BeginObject();
    w.Key("doc"); w.String(doc);
    w.Key("matched_all"); w.Bool(matched_all[i]);
    w.Key("matched_quoted"); w.Bool(matched_quoted[i]);
    w.Key("quoted"); w.Bool(pred[i].quoted);
    w.Key("speaker_exact"); w.Bool(speaker_exact[i]);
    w.Key("rule"); w.String(q.rule);
    w.Key("kind"); w.String(StatementKindName(q.kind));
    w.Key("class"); w.String(StatementClassName(q.statement_class));
    w.Key("confidence"); w.Double(q.confidence);
    w.Key("features"); w.BeginArray();
    for (const std::string& f : q.features) w.String(f);
    w.EndArray();
    w.Key("text"); w.String(pred[i].desc);
    w.EndObject();
    *out << line << "\n";
  }
}

}  // namespace

absl::StatusOr<QuoteScores> ScoreQuoteFile(const std::string& gold_path, std::ostream* errors) {
  QuoteEvalOptions options;
  options.errors = errors;
  return ScoreQuoteFile(gold_path, options);
}

absl::StatusOr<QuoteScores> ScoreQuoteFile(const std::string& gold_path, const QuoteEvalOptions& options) {
  std::ifstream in(gold_path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open ", gold_path));
  std::ostream* errors = options.errors;
  QuoteScores scores;
  QuoteExtractor extractor(options.extractor);
  simdjson::dom::parser parser;
  std::vector<Quote> quotes;
  std::vector<char32_t> cps;
  std::string line;
  int64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    simdjson::dom::element doc;
    if (auto err = parser.parse(line).get(doc); err)
      return absl::DataLossError(absl::StrCat(gold_path, ":", line_no, ": ", simdjson::error_message(err)));
    Article a;
    std::string_view sv;
    if (doc["id"].get(sv) == simdjson::SUCCESS) a.id = std::string(sv);
    if (doc["text"].get(sv) == simdjson::SUCCESS) a.text = std::string(sv);
    if (doc["date"].get(sv) == simdjson::SUCCESS) a.published = std::string(sv);
    if (doc["language"].get(sv) == simdjson::SUCCESS) a.language = std::string(sv);
    if (doc["publisher"].get(sv) == simdjson::SUCCESS) a.outlet = std::string(sv);
    if (doc["title"].get(sv) == simdjson::SUCCESS) a.title = std::string(sv);
    a.paragraphs = SplitParagraphsOnNewlines(a.text);
    extractor.Extract(a, &quotes);
    ++scores.articles;
    scores.bytes += a.text.size();

    cps.clear();
    for (size_t pos = 0; pos < a.text.size();) cps.push_back(DecodeUtf8(a.text, &pos));
    CodePointIndex index(a.text);

    std::vector<Item> gold, pred;
    simdjson::dom::array gq;
    if (doc["quotes"].get(gq) == simdjson::SUCCESS) {
      for (simdjson::dom::element q : gq) {
        Item it;
        std::vector<std::pair<int64_t, int64_t>> ranges;
        simdjson::dom::array frags;
        if (q["fragments"].get(frags) == simdjson::SUCCESS) {
          for (simdjson::dom::element f : frags) {
            int64_t b = f.at(0).get_int64().value_unsafe(), e = f.at(1).get_int64().value_unsafe();
            ranges.emplace_back(b, e);
          }
        } else {
          ranges.emplace_back(q["start"].get_int64().value_unsafe(), q["end"].get_int64().value_unsafe());
        }
        ContentChars(cps, ranges, &it.chars);
        std::string_view kind;
        if (q["kind"].get(kind) == simdjson::SUCCESS) it.kind = std::string(kind);
        it.quoted = it.kind == "direct" || it.kind == "mixed";
        int64_t ss, se;
        if (q["speaker_start"].get(ss) == simdjson::SUCCESS && q["speaker_end"].get(se) == simdjson::SUCCESS) {
          it.speaker_start = ss;
          it.speaker_end = se;
        }
        std::string_view qt, spk, cue;
        if (q["quote"].get(qt) != simdjson::SUCCESS) qt = {};
        std::string spk_s = q["speaker"].get(spk) == simdjson::SUCCESS ? std::string(spk) : "null";
        std::string cue_s = q["cue"].get(cue) == simdjson::SUCCESS ? std::string(cue) : "null";
        it.desc = absl::StrCat(it.kind, " [", spk_s, "] (", cue_s, ") ", Clip(qt));
        gold.push_back(std::move(it));
      }
    }
    for (const Quote& q : quotes) {
      Item it;
      std::vector<std::pair<int64_t, int64_t>> ranges;
      bool dq = false;
      for (const Span& f : q.fragments) {
        ranges.emplace_back(index.ToCodePoint(f.begin), index.ToCodePoint(f.end));
        dq |= HasDoubleQuote(std::string_view(a.text).substr(f.begin, f.size()));
      }
      ContentChars(cps, ranges, &it.chars);
      it.quoted = dq;
      it.kind = std::string(StatementKindName(q.kind));
      if (!q.speaker_mention.empty()) {
        it.speaker_start = index.ToCodePoint(q.speaker_mention.begin);
        it.speaker_end = index.ToCodePoint(q.speaker_mention.end);
      }
      std::string_view mention = std::string_view(a.text).substr(q.speaker_mention.begin, q.speaker_mention.size());
      std::string_view cue = std::string_view(a.text).substr(q.cue.begin, q.cue.size());
      it.desc = absl::StrCat(it.kind, " [", std::string(mention), " => ", q.speaker, "] (", std::string(cue), ") ", Clip(q.text));
      pred.push_back(std::move(it));
    }
    // Per prediction: matched in the quoted / all view, speaker exact.
    std::vector<char> pred_quoted(pred.size()), pred_all(pred.size()), pred_speaker(pred.size());
    for (int view = 0; view < 2; ++view) {
      std::vector<const Item*> g, p;
      std::vector<size_t> p_index;
      for (size_t i = 0; i < pred.size(); ++i)
        if (view == 1 || pred[i].quoted) p_index.push_back(i);
      for (const Item& it : gold) if (view == 1 || it.quoted) g.push_back(&it);
      for (const Item& it : pred) if (view == 1 || it.quoted) p.push_back(&it);
      auto pairs = Match(g, p);
      PRF& prf = view == 0 ? scores.quoted : scores.all;
      prf.gold += g.size();
      prf.predicted += p.size();
      prf.matched += pairs.size();
      std::vector<char> gm(g.size()), pm(p.size());
      for (auto [gi, pi] : pairs) {
        gm[gi] = pm[pi] = 1;
        (view == 0 ? pred_quoted : pred_all)[p_index[pi]] = 1;
        if (view == 1) {
          bool exact = g[gi]->speaker_start == p[pi]->speaker_start && g[gi]->speaker_end == p[pi]->speaker_end;
          scores.speaker_exact += exact;
          pred_speaker[p_index[pi]] = exact;
          if (!exact && errors)
            *errors << a.id << "\tSPEAKER\tgold: " << g[gi]->desc << "\n\t\tpred: " << p[pi]->desc << "\n";
        }
      }
      if (errors) {
        const char* v = view == 0 ? "quoted" : "all";
        for (size_t i = 0; i < g.size(); ++i)
          if (!gm[i]) {
            *errors << a.id << "\tMISS " << v << "\t" << g[i]->desc << "\n";
            PrintNearest(*g[i], p, errors);
          }
        for (size_t i = 0; i < p.size(); ++i)
          if (!pm[i]) {
            *errors << a.id << "\tFALSE " << v << "\t" << p[i]->desc << "\n";
            PrintNearest(*p[i], g, errors);
          }
      }
    }
    if (options.candidates) WriteCandidates(a.id, quotes, pred, pred_all, pred_quoted, pred_speaker, options.candidates);
  }
  return scores;
}

}  // namespace qtrack
