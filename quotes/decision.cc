// File: quotes/decision.cc
//
// The features of a candidate attribution for the decision model
// (quotes/internal/decision_model.h): the rule and cue that made it, the
// shape of its speaker mention and content, the words around the cue, and
// where it stands in the article. All are read from the tokens; nothing
// here allocates except CollectingSink (used only for fitting).
#include <algorithm>
#include <cstdio>
#include <string_view>

#include "quotes/internal/decision_model.h"
#include "quotes/internal/extractor_impl.h"

namespace qtrack {
namespace {

// "1", "2", "3", "4-6", "7-12", "13-25", "26+": counts that matter in
// their order of magnitude.
std::string_view CountBucket(int n) {
  if (n <= 0) return "0";
  if (n == 1) return "1";
  if (n == 2) return "2";
  if (n == 3) return "3";
  if (n <= 6) return "4-6";
  if (n <= 12) return "7-12";
  if (n <= 25) return "13-25";
  return "26+";
}

std::string_view TokTypeName(int type) {
  static constexpr std::string_view kNames[] = {"<word>", "<num>", "<dq>", "<sq>", ",", ".",
                                                ":",      ";",     "-",    "<other>"};
  return type >= 0 && type < int(std::size(kNames)) ? kNames[type] : "<other>";
}

// Joins two feature values into `buf` as "a|b".
std::string_view Pair(std::string_view a, std::string_view b, char* buf, size_t cap) {
  size_t n = std::min(a.size(), cap / 2 - 1);
  std::copy(a.begin(), a.begin() + n, buf);
  buf[n++] = '|';
  size_t m = std::min(b.size(), cap - n);
  std::copy(b.begin(), b.begin() + m, buf + n);
  return std::string_view(buf, n + m);
}

}  // namespace

// What the speaker mention looks like: none, a pronoun, a name (one
// capitalised word or more), a role noun, an organisation, another noun
// phrase, a number ("52 percent"), "who".
std::string_view QuoteExtractor::Impl::SpeakerShape(Range np) {
  if (np.empty()) return "none";
  int last = np.e - 1;
  while (last > np.b && !IsWord(last)) --last;
  if (np.e - np.b == 1 && IsWord(np.b) && Is(np.b, qi::kPronoun)) return LowerIs(np.b, "who") ? "who" : "pron";
  bool cap = false, role = false, org = false, num = false;
  for (int t = np.b; t < np.e; ++t) {
    cap |= IsCap(t) && !Is(t, qi::kDeterminer | qi::kTitle);
    role |= IsWord(t) && Is(t, qi::kRoleNoun);
    org |= IsWord(t) && Is(t, qi::kOrganisation | qi::kOutlet);
    num |= tokens_[t].type == kNumber;
  }
  if (IsCap(last) && !Is(last, qi::kRoleNoun | qi::kOrganisation)) return cap && np.e - np.b > 1 ? "name" : "name1";
  if (role) return "role";
  if (org) return "org";
  if (num) return "num";
  return cap ? "np-cap" : "np";
}

void QuoteExtractor::Impl::DecisionFeatures(const Attribution& a, const Quote& q, FeatureSink* f) {
  char buf[96];
  const std::string_view rule = Rule(a.rule).name;
  const std::string_view kind = StatementKindName(q.kind);
  f->Add("r", rule);
  f->Add("k", kind);
  f->Add("rk", Pair(rule, kind, buf, sizeof buf));
  f->Add("cls", StatementClassName(q.statement_class));
  if (q.polarity == Polarity::kDenies) f->Add("deny");
  // The cue: its first word, flags and rate; the words around it.
  const CueEntry* cue = CueOf(a);
  std::string_view cue_word = "<none>";
  char cue_buf[48];
  for (int t = a.cue.b; t < a.cue.e; ++t)
    if (tokens_[t].cue || t + 1 == a.cue.e) {
      std::string_view w = IsWord(t) ? LowerTok(t) : TokTypeName(tokens_[t].type);
      size_t n = std::min(w.size(), sizeof cue_buf);
      std::copy(w.begin(), w.begin() + n, cue_buf);
      cue_word = std::string_view(cue_buf, n);
      break;
    }
  f->Add("c", cue_word);
  if (cue) {
    static constexpr std::pair<uint32_t, std::string_view> kFlags[] = {
        {qi::kCueSpeech, "speech"}, {qi::kCueTakesObject, "object"}, {qi::kCueAccording, "according"},
        {qi::kCueParticiple, "participle"}, {qi::kCueWeak, "weak"}, {qi::kCueParticle, "particle"},
        {qi::kCueNoun, "noun"}, {qi::kCueSaysWords, "says-words"}};
    for (const auto& [bit, name] : kFlags)
      if (cue->flags & bit) f->Add("cf", name);
    char rate[4] = {'0', '.', char('0' + std::clamp(int(cue->rate * 10), 0, 9)), 0};
    f->Add("cr", std::string_view(rate, 3));
  }
  if (!a.cue.empty()) {
    int before = a.cue.b - 1, after = a.cue.e;
    std::string_view pv = before >= 0 ? (IsWord(before) ? LowerTok(before) : TokTypeName(tokens_[before].type))
                                      : std::string_view("<s>");
    f->Add("pv", pv);
    if (before >= 0 && tokens_[before].quote >= 0) f->Add("pvq");
    std::string_view nx = after < int(tokens_.size()) ? (IsWord(after) ? LowerTok(after) : TokTypeName(tokens_[after].type))
                                                       : std::string_view("</s>");
    f->Add("nx", nx);
    char nx_buf[48];
    size_t n = std::min(nx.size(), sizeof nx_buf);
    std::copy(nx.begin(), nx.begin() + n, nx_buf);
    f->Add("cnx", Pair(cue_word, std::string_view(nx_buf, n), buf, sizeof buf));
    if (IsCap(a.cue.b)) f->Add("ccap");
  }
  // The speaker mention.
  std::string_view shape = SpeakerShape(a.speaker);
  f->Add("sp", shape);
  f->Add("rsp", Pair(rule, shape, buf, sizeof buf));
  f->Add("ksp", Pair(kind, shape, buf, sizeof buf));
  if (!a.speaker.empty()) {
    f->Add("spn", CountBucket(a.speaker.e - a.speaker.b));
    int head = a.speaker.e - 1;
    while (head > a.speaker.b && !IsWord(head)) --head;
    f->Add("sph", IsWord(head) ? LowerTok(head) : TokTypeName(tokens_[head].type));
    f->Add("spf", IsWord(a.speaker.b) ? LowerTok(a.speaker.b) : TokTypeName(tokens_[a.speaker.b].type));
    int before = a.speaker.b - 1;
    f->Add("spv", before >= 0 ? (IsWord(before) ? LowerTok(before) : TokTypeName(tokens_[before].type))
                              : std::string_view("<s>"));
    f->Add("spside", a.speaker.b < a.cue.b ? "left" : "right");
  }
  f->Add("res", q.speaker.empty() ? "none" : (q.speaker_is_organisation ? "org" : "resolved"));
  // The content.
  int words = 0, quoted_tokens = 0, tokens = 0;
  bool first_person = false, before_cue = false, after_cue = false;
  for (int i = 0; i < a.n_content; ++i) {
    const Range& r = a.content[i];
    (r.e <= a.cue.b ? before_cue : after_cue) = true;
    for (int t = r.b; t < r.e; ++t) {
      ++tokens;
      words += IsWord(t) || tokens_[t].type == kNumber;
      quoted_tokens += tokens_[t].quote >= 0;
      first_person |= IsWord(t) && (LowerIs(t, "i") || LowerIs(t, "we") || LowerIs(t, "my") || LowerIs(t, "our") ||
                                    LowerIs(t, "me") || LowerIs(t, "us") || LowerIs(t, "я") || LowerIs(t, "мы") ||
                                    LowerIs(t, "ми"));
    }
  }
  std::string_view pos = before_cue && after_cue ? "split" : before_cue ? "before" : "after";
  f->Add("pos", pos);
  f->Add("kpos", Pair(kind, pos, buf, sizeof buf));
  f->Add("cl", CountBucket(words));
  f->Add("cq", quoted_tokens == 0 ? "none" : quoted_tokens == tokens ? "whole" : "part");
  if (first_person) f->Add("fp");
  f->Add("prop", ContentIsProposition(a) ? "1" : "0");
  if (a.n_content > 0 && !a.content[0].empty()) {
    int b = a.content[0].b;
    f->Add("c0", IsWord(b) ? LowerTok(b) : TokTypeName(tokens_[b].type));
  }
  f->Add("nf", CountBucket(int(q.fragments.size())));
  // Flags of the attribution and where it stands.
  if (a.nested) f->Add("nested");
  if (a.weak) f->Add("weak");
  if (a.according) f->Add("acc");
  if (!q.via.empty()) f->Add("via");
  if (!q.addressee.empty()) f->Add("addr");
  if (a.has_date) f->Add("date");
  int anchor = a.n_content > 0 ? a.content[0].b : a.cue.b;
  int para = ParagraphOfToken(anchor);
  if (para == headline_para_) f->Add("hl");
  if (para == 0) f->Add("p0");
}

}  // namespace qtrack
