// File: quotes/internal/extractor_impl.h  (private to //quotes:extractor)
//
// The extractor's shared state and vocabulary: the token model (a token is
// a byte span into the article text plus a class, the quote holding it and
// its lexicon entry), quote spans, candidate attributions over token
// ranges, and QuoteExtractor::Impl, whose member functions are defined one
// stage per file:
//   tokenize.cc    tokens, quote-mark pairing, multi-paragraph chains
//   persons.cc     names with roles in the article; speaker resolution
//   sentences.cc   sentence splitting outside quotes
//   phrases.cc     noun phrases, clause verbs, tails, content trimming
//   cue_rule.cc    the attribution around a lexicon cue word
//   shape_rules.cc the attributions read from a sentence's shape (no cue)
//   attribute.cc   all attributions of a sentence, in order
//   paragraphs.cc  paragraph-shaped forms ("PENCE: ...", "X said:" + quote)
//   emit.cc        candidate attribution → Quote; multi-paragraph chains
//   cyrillic_rules.cc  what Russian and Ukrainian need beyond the shared
//                  rules (language, conduits, "Про це заявив X", names);
//                  called through hooks, a no-op in other languages
//   extractor.cc   the per-article pipeline and the public API
// Everything works on token indices into the reused `tokens_` vector.
#ifndef QTRACK_QUOTES_INTERNAL_EXTRACTOR_IMPL_H_
#define QTRACK_QUOTES_INTERNAL_EXTRACTOR_IMPL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/time/civil_time.h"
#include "ingest/article.h"
#include "quotes/extractor.h"
#include "quotes/internal/cyrillic_lexicon.h"
#include "quotes/internal/cyrillic_names.h"
#include "quotes/internal/decision_model.h"
#include "quotes/internal/rules.h"
#include "quotes/internal/words.h"
#include "quotes/lexicon.h"
#include "quotes/quote.h"
#include "text/chars.h"
#include "text/tokenizer.h"

namespace qtrack {
namespace quotes_internal {

// The token model is text/tokenizer.h's; a token here adds the quote that
// holds it and its lexicon entry.
using text::TokType;
using text::kWord, text::kNumber, text::kDQuote, text::kSQuote, text::kComma, text::kPeriod,
    text::kColon, text::kSemicolon, text::kDash, text::kOther;
using text::Mark;
using text::kNoMark, text::kStraight, text::kLeftCurly, text::kRightCurly, text::kGuilOpen,
    text::kGuilClose, text::kLow9, text::kSingleOpen, text::kSingleClose;
using text::TokFlags;
using text::kCap, text::kAdjacentPrev;

struct Token : text::Token {
  int32_t quote = -1;  // index into quotes_ of the top-level quote holding it
  const CueEntry* cue = nullptr;
  uint32_t classes = 0;  // quotes_internal::WordClass bits
};

struct QuoteSpan {
  uint32_t open_tok = 0, close_tok = 0;  // close_tok: last token inside when unclosed
  uint32_t begin = 0, end = 0;           // bytes, marks included
  int32_t chain = -1;                    // multi-paragraph chain id
  bool closed = false;
  bool single = false;
};

struct Person {
  std::string name;
  std::string role;
  std::string_view surname;  // into the article text
  std::string surname_key;   // Russian and Ukrainian: CyrillicSurnameKey(surname); else empty
  uint32_t pos = 0;          // byte offset of the first mention
  bool titled = false;       // introduced with a title, role or honorific
};

// A token range [b, e).
struct Range {
  int b = 0, e = 0;
  bool empty() const { return e <= b; }
};

struct Attribution {
  Range cue, speaker, addressee, via;
  Range content[3];
  int n_content = 0;
  absl::CivilDay said_on;
  bool has_date = false;
  bool according = false;
  bool weak = false;  // through a weak cue (see quotes_internal::kCueWeak)
  float rate = 0;
  RuleId rule = kRuleCueSpeakerBefore;  // the rule that produced it
  bool nested = false;  // found inside another attribution's content
  // When the speaker is the object of the verb before the cue ("Hughes
  // branded Mr Howard wrong for claiming"): the clause's subject
  // (Hughes), whom a later "he said" means. Empty otherwise.
  Range subject;
  // Where a clause of another subject starts after the content (`While he
  // acknowledged ..., Ham also noted ...`): searched again; -1 when none.
  int next_clause = -1;
};

// An attribution through a rule rather than a lexicon cue (a verb the
// lexicon lacks, "In <poll>, ..."): weak, with the prior of a weak cue.
inline Attribution WeakAttribution(RuleId rule, Range speaker, Range cue, Range content) {
  Attribution a;
  a.rule = rule;
  a.speaker = speaker;
  a.cue = cue;
  a.rate = Rule(rule).prior;
  a.weak = true;
  a.content[0] = content;
  a.n_content = 1;
  return a;
}

}  // namespace quotes_internal

namespace qi = quotes_internal;
// This header is private to the extractor's own files, which all speak its
// vocabulary (token types, word classes, cue flags) unqualified.
using namespace quotes_internal;  // NOLINT(build/namespaces)

struct QuoteExtractor::Impl {
  explicit Impl(QuoteOptions o) : options(o) {}

  QuoteOptions options;
  const Article* article = nullptr;
  std::string_view text;
  std::vector<Token> tokens_;
  std::vector<text::Token> text_tokens_;  // one paragraph piece, before lookups
  std::vector<Range> para_tokens_;  // per paragraph
  std::vector<QuoteSpan> quotes_;
  std::vector<int> stack_;
  std::vector<Range> sentences_;
  std::vector<Person> persons_;
  std::vector<char> quote_used_;
  absl::CivilDay article_day;
  bool has_article_day = false;
  int last_speaker_person_ = -1;
  int last_speaker_para_ = -100;
  // The organisation that spoke last ("Macrovision said ...") and in which
  // paragraph: what a later "the company said" in the next paragraphs means.
  std::string last_org_speaker_;
  int last_org_para_ = -100;
  int current_para_ = 0;
  int consumed_para_ = -1;  // paragraph taken as the content of a "said:" line
  char lower_buf_[64];

  // --- token helpers -------------------------------------------------------
  // The token predicates below run in every rule's inner loops: inlined
  // (GCC left them out of line once TryCue grew; measured 10% of the
  // extractor's instructions).
  ABSL_ATTRIBUTE_ALWAYS_INLINE std::string_view Tok(int i) const {
    return text.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  std::string_view LowerTok(int i) { return Lower(Tok(i), lower_buf_, sizeof lower_buf_); }
  ABSL_ATTRIBUTE_ALWAYS_INLINE uint32_t Classes(int i) const { return tokens_[i].classes; }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool Is(int i, uint32_t cls) { return (Classes(i) & cls) != 0; }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool IsWord(int i) const { return tokens_[i].type == kWord; }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool IsCap(int i) const {
    return tokens_[i].type == kWord && (tokens_[i].flags & kCap);
  }
  // REQUIRES: w is lowercase. Compares without hashing or copying; the
  // length test, which rejects most words, is inlined.
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool LowerIs(int i, std::string_view w) {
    const Token& t = tokens_[i];
    if (t.type != kWord || t.end - t.begin != w.size()) return false;
    return LowerIsSameLength(i, w);
  }
  bool LowerIsSameLength(int i, std::string_view w) {
    const Token& t = tokens_[i];
    if (((unsigned char)w[0]) < 0x80) {
      for (size_t k = 0; k < w.size(); ++k) {
        unsigned char c = text[t.begin + k];
        if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != (unsigned char)w[k]) return false;
      }
      return true;
    }
    return LowerTok(i) == w;
  }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool IsOpenQuote(int i) const {
    const Token& t = tokens_[i];
    return t.quote >= 0 && quotes_[t.quote].open_tok == uint32_t(i);
  }
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool IsCloseQuote(int i) const {
    const Token& t = tokens_[i];
    return t.quote >= 0 && quotes_[t.quote].closed && quotes_[t.quote].close_tok == uint32_t(i);
  }
  std::string RangeText(Range r) const {
    if (r.empty()) return "";
    return std::string(text.substr(tokens_[r.b].begin, tokens_[r.e - 1].end - tokens_[r.b].begin));
  }

  void Extract(const Article& a, std::vector<Quote>* out);
  void Tokenize();
  void TokenizeParagraph(Span p);
  void PairQuotes(Range p, Range next, int skip = -1);
  void PairSingleQuotes(Range p);
  void ChainQuotes();
  void FindPersons();
  // The sentences of paragraph range p, into `out` (sentences_ by default).
  void SplitSentences(Range p, std::vector<Range>* out);
  void SplitSentences(Range p) { SplitSentences(p, &sentences_); }
  bool ClosingQuoteEndsSentence(int i, int e);
  bool FindAttribution(Range s, int from, Attribution* a, bool nested = false);
  // A sentence-shape rule and its gates (see FindAttribution).
  struct ShapeRule {
    RuleId id;
    bool needs_quote;     // tried only when the sentence holds a quote
    bool whole_sentence;  // not tried inside another statement's content
    bool weak;            // tried only with QuoteOptions::include_weak_cues
    bool (Impl::*try_rule)(Range s, int from, Attribution* a);
  };
  void EndContentsAtCoordinatedAttributions(std::vector<Attribution>* found);
  void AttributeSentence(Range s, std::vector<Attribution>* found);
  int AskedQuestionOpening(Range s, std::vector<Attribution>* found);
  int SegmentEnd(Range s, int seg_b);
  void AttributeSegment(Range seg, std::vector<Attribution>* found);
  bool NextSearchAfter(const Attribution& a, Range* seg, int* from, std::vector<Attribution>* found);
  void WhenAskedQuestion(Range s, std::vector<Attribution>* found);
  void AddNested(const Attribution& a, std::vector<Attribution>* found);
  bool UnknownParticiple(const Attribution& a, int p, int e, bool nested, std::vector<Attribution>* found);
  Range inherited_speaker_;  // the speaker a participle cue continues
  std::vector<Attribution> attributions_;
  bool TryCue(Range s, int c, Attribution* a);
  // TryCue's reading of one cue, passed between its steps (cue_rule.cc).
  struct CueScan {
    Range s;                       // the sentence or segment searched
    int c = 0;                     // the cue word
    int cue_end = 0;               // one past the cue ("called for", "said Peskov")
    const CueEntry* cue = nullptr;
    bool to_inf = false;           // `plans to say`: the clause's subject speaks
    Range speaker;
    bool inverted = false;         // `..., said Peskov.`
    bool cue_first = false;        // `Said Ellis: "..."`
    bool participle = false;       // the speaker comes from elsewhere in the sentence
  };
  // kFound: go on; kNone: no attribution; kAttributed: `a` is complete.
  enum class SpeakerStep { kNone, kFound, kAttributed };
  // One named cut of the content after a cue (see CueContent).
  struct ContentCut {
    const char* name;
    void (Impl::*apply)(const CueScan& scan, Attribution* a, Range* content);
  };
  Range SpeakerLeftOfCue(Range s, int c);
  SpeakerStep FindCueSpeaker(CueScan* scan, Attribution* a);
  SpeakerStep CheckCueSpeaker(CueScan* scan, Attribution* a);
  int ContentStartAfterCue(const CueScan& scan, Attribution* a);
  bool CueContent(const CueScan& scan, int content_after_begin, Attribution* a);
  void CutAtMainClause(const CueScan& scan, Attribution* a, Range* content);
  void CutClosingAttribution(const CueScan& scan, Attribution* a, Range* content);
  void CutBeforeParticipleCue(const CueScan& scan, Attribution* a, Range* content);
  void CutAtSecondVerbPhrase(const CueScan& scan, Attribution* a, Range* content);
  void CutAtWhileClauseWithCue(const CueScan& scan, Attribution* a, Range* content);
  void CutAtParticipleClause(const CueScan& scan, Attribution* a, Range* content);
  void CutAtVerbAfterQuote(const CueScan& scan, Attribution* a, Range* content);
  void CutAtDashGloss(const CueScan& scan, Attribution* a, Range* content);
  void CutAtAppositiveGloss(const CueScan& scan, Attribution* a, Range* content);
  void CutAfterOpeningQuote(const CueScan& scan, Attribution* a, Range* content);
  void CutParticipleTimeClause(const CueScan& scan, Attribution* a, Range* content);
  void CutAtQuotedLabel(const CueScan& scan, Attribution* a, Range* content);
  bool TryAccording(Range s, int c, int cue_end, Attribution* a);
  bool TryNounCue(Range s, int c, Attribution* a);
  bool TryColonQuote(Range s, int from, Attribution* a);
  bool TryAsPutIt(Range s, int from, Attribution* a);
  bool TryQuoteAfterColon(Range s, int from, Attribution* a);
  bool TryOpeningQuote(Range s, int from, Attribution* a);
  bool TryClosingVerb(Range s, int from, Attribution* a);
  bool TrySubjectVerbQuote(Range s, int from, Attribution* a);
  bool VerbLike(int i);
  // Whether token i is one of `words` (lowercase), case-insensitively.
  template <size_t N>
  bool LowerIsAny(int i, const std::string_view (&words)[N]) {
    for (std::string_view w : words)
      if (LowerIs(i, w)) return true;
    return false;
  }
  // A capitalised "May" that is the surname of a person named before
  // ("Brian May ... May said"), not the month or the modal.
  bool MaySurname(int i) { return IsWord(i) && IsCap(i) && LowerIs(i, "may") && FindPersonBySurname(Tok(i)) >= 0; }
  // "programme", "show": the noun closing a broadcast a cue's object names
  // ("told BBC Radio 4's Today programme").
  bool IsProgrammeNoun(int i) {
    static constexpr std::string_view kProgrammeNouns[] = {"programme", "programmes", "program", "show"};
    return IsWord(i) && LowerIsAny(i, kProgrammeNouns);
  }
  // Common irregular past tenses ("went", "told"): verbs VerbLike misses.
  bool IrregularPast(int i) {
    static constexpr std::string_view kIrregularPast[] = {
        "kept", "went", "made", "took", "gave", "said", "told", "left", "came", "got", "ran", "held", "met",
        "saw", "sent", "spent", "won", "lost", "began", "brought", "thought", "urged", "vowed", "spoke",
        "wrote", "stood", "sat"};
    return LowerIsAny(i, kIrregularPast);
  }
  // "this weekend", "last month", "next Tuesday": a time tail of two words.
  bool RelativeTime(int i) {
    return i + 1 < int(tokens_.size()) && IsWord(i) && IsWord(i + 1) &&
           (LowerIs(i, "this") || LowerIs(i, "last") || LowerIs(i, "next")) &&
           Is(i + 1, qi::kTimeWord | qi::kWeekday | qi::kMonth);
  }
  // A word that opens a noun phrase as a determiner does: "several groups",
  // "one GOP source", "dozens of lawmakers".
  bool IsQuantifier(int i) {
    static constexpr std::string_view kQuantifiers[] = {"one",  "two",  "three", "several", "another",
                                                        "some", "many", "both",  "dozens",  "hundreds"};
    return LowerIsAny(i, kQuantifiers);
  }
  // The closing mark's index when a closed quote of at most five tokens
  // (a show or outlet name: "Morning Joe") opens at i; else -1.
  int ShortQuoteClose(int i) const {
    if (!IsOpenQuote(i)) return -1;
    const QuoteSpan& q = quotes_[tokens_[i].quote];
    return q.closed && int(q.close_tok) - i <= 6 ? int(q.close_tok) : -1;
  }
  // A lowercase -ly word ("repeatedly", "quickly").
  bool IsAdverb(int i) {
    std::string_view w = Tok(i);
    return IsWord(i) && !IsCap(i) && tokens_[i].quote < 0 && w.size() > 4 && EndsWith(w, "ly");
  }
  bool TryVerbThat(Range s, int from, Attribution* a);
  // `X laughed and <cue>`: with `prev` the "and" before the cue, the
  // subject X of the -ed verb before it when X opens the clause; else empty.
  Range VerbAndCueSubject(Range s, int prev) {
    if (prev - 2 < s.b || !LowerIs(prev, "and")) return Range{};
    if (IsWord(prev - 1) && !IsCap(prev - 1) && EndsWith(Tok(prev - 1), "ed")) {
      Range np = LeftNP(s.b, prev - 2);
      if (!SpeakerLike(np)) return Range{};
      if (np.b > s.b && tokens_[np.b - 1].type != kComma) return Range{};
      return np;
    }
    return CoordinatedVerbSubject(s, prev);
  }
  Range CoordinatedVerbSubject(Range s, int conj);
  bool TryInSource(Range s, int from, Attribution* a);
  int ClauseVerb(int k, int e);
  int ClauseCut(Range s, Range after);
  bool CutBefore(const Attribution& next, Attribution* first);
  bool CutAtClause(int b, Attribution* first);
  bool CutBeforeQuotedNested(const Attribution& inner, Attribution* outer);
  // Words and numbers in r.
  int CountWords(Range r) {
    int words = 0;
    for (int t = r.b; t < r.e; ++t) words += IsWord(t) || tokens_[t].type == kNumber;
    return words;
  }
  int ClosingVerbEnd(int k, int e);
  Range LeftNP(int s, int j);
  Range Apposition(Range s, int comma);
  bool ParagraphForms(Range p, std::vector<Quote>* out);
  Range RightNP(int k, int e, int max_len);
  Range SubjectNP(Range s, int c);
  int OpeningParticipleEnd(Range s, int c, int cue_end, Range* speaker);
  bool SpeakerLike(Range np);
  int SkipTail(int k, int e, Attribution* a);
  int ParseDate(int k, int e, absl::CivilDay* day);
  // ParseDate against a given article day; DatePhraseLength measures the
  // date phrase of an undated article (its day cannot be known).
  int ParseDateFrom(int k, int e, absl::CivilDay base, absl::CivilDay* day);
  int DatePhraseLength(int k, int e);
  int ContinuationQuote(int k, int e);
  Range TrimContent(Range r);
  void Emit(const Attribution& a, std::vector<Quote>* out);
  // classify.cc: sets the statement's class and polarity.
  void Classify(const Attribution& a, Quote* q);
  // "Mercedes is hoping to increase productivity", "Iraq is seeking to
  // award contracts": an aim in the progressive is the writer's account
  // of it, an event, not the subject's stated intent.
  bool ProgressiveAim(const Attribution& a);
  bool ShownToDesk(const Attribution& a, const Quote& q);
  // Whether the article capitalises `word` where no sentence, quote or
  // line starts: a name, not a word capitalised by its place.
  bool NameUsedMidSentence(std::string_view word);
  bool DeniesAssertion(const Attribution& a);
  const CueEntry* CueOf(const Attribution& a) const;
  bool ContentIsProposition(const Attribution& a);
  // decision.cc: the decision model's features of a candidate.
  void DecisionFeatures(const Attribution& a, const Quote& q, FeatureSink* sink);
  std::string_view SpeakerShape(Range np);
  // The paragraph holding token t; the headline paragraph (the article's
  // title repeated as its first paragraph), or -1.
  int ParagraphOfToken(int t) const;
  int headline_para_ = -1;
  int HeadlineParagraph() const;
  // Sets q's speaker (and role, conduit) from the mention `np` of
  // attribution `a`; pronouns resolve to a person named before.
  void Resolve(Range np, const Attribution& a, Quote* q);
  // Resolve's parts: a one-word pronoun mention ("he", "who", "it"); a
  // mention that is no name run (a role, an organisation, a description).
  void ResolvePronoun(Range np, const Attribution& a, Quote* q);
  void ResolveDescription(Range np, const Attribution& a, Quote* q);
  // The name run closing `np` ("Chancellor Gordon Brown", "Julio De
  // Vido"), with its role; false when `np` ends in no name.
  bool ResolveNameRun(Range np, Range described_role, Quote* q);
  // Whether a conduit phrase names one: a capitalised word or an outlet
  // ("Reuters", "the BBC"), or a document noun closing it ("reports").
  bool ConduitNamed(Range via);
  // Whether a capitalised word of a's content is a word of person's name.
  bool NamedInContent(int person, const Attribution& a);
  void FinishChains(std::vector<Quote>* out);
  void FillStatementTexts(std::vector<Quote>* out);
  void DropNestedRepeats(std::vector<Quote>* out);
  void AttributeParagraphSentences(size_t p, int* open_statement, std::vector<Quote>* out);
  bool SignedQuotedParagraph(size_t p, std::vector<Quote>* out);
  void ColonIntroducedParagraph(size_t p, std::vector<Quote>* out);
  int FindPersonBySurname(std::string_view surname) const;
  bool genitive_mention_ = false;  // the speaker is named in the genitive ("по словам Пескова")
  int FindPersonByRole(Range np);
  // The latest person named before byte `pos`, with `titled_only` one
  // introduced with a title, role or honorific; -1 when none.
  int LastPersonBefore(uint32_t pos, bool titled_only) const;
  // The person the sentence before the one holding token `t` is about: the
  // first person it names by surname (not a possessive, not after a
  // preposition), or the last person quoted when a "he"/"she" comes
  // first. -1 when it names no one, is all quotation, or lies more than a
  // paragraph back.
  int SubjectOfSentenceBefore(int t);
  // Moves a name in apposition to a description speaker into the speaker
  // ("..., Jo Marsh, the party's spokeswoman said"; "Jo Marsh, a
  // candidate said ...").
  void NameInAppositionSpeaks(Range s, Attribution* a);
  bool DescriptionOfSomeone(Range np);
  int NameEndingAt(int floor, int end);
  // Whether `np` is a definite description of one person: "the" and a
  // singular noun for a person ("the Tottenham striker", "the Factory
  // Records founder"), no "of" phrase, and no spokesperson, official or
  // source, who is someone else than the people the article is about.
  bool DescribesOnePerson(Range np);
  // Whether the capitalised words of `run`, after a noun for a person
  // ("Singer", "Lawyer"), read as a person's name, not an organisation's.
  bool RestReadsAsPersonName(Range run);
  bool IsHonorific(int t);
  bool ResolveRepresentative(Range np, Quote* q);
  // Records `q`'s speaker as the last organisation to speak when it names
  // one: an organisation phrase, or one capitalised word that is no
  // known person's surname ("Macrovision", "BT").
  void NoteOrganisationSpeaker(const Quote& q);
  // "the Bank of England", "National Union of Journalists": an
  // organisation's head noun, "of" and a capitalised name is one
  // organisation, not the person or place after "of".
  bool ResolveOrganisationOf(Range np, Quote* q);
  // "the company", "the firm": the organisation that spoke in this or the
  // last three paragraphs; false (speaker left as written) when none.
  bool ResolveGenericOrganisation(Range np, Quote* q);
  // "Sarah Rainsford in Moscow" → "Sarah Rainsford".
  Range NameBeforePlaceOrEmployer(Range np);
  // "Critics of Mr Blair": a description of people, not the name.
  bool ResolveRelatedPeople(Range np, Quote* q);
  // "The Police Federation", "the Association" (named in full before).
  bool ResolveOrganisationName(Range np, Quote* q);
  Range OrganisationNameAround(int k);
  Range RoleBefore(int name, int floor);

  // --- Russian and Ukrainian (cyrillic_rules.cc) ----------------------------
  // Each is called from a shared stage and does nothing unless the article
  // is in Russian or Ukrainian.
  qi::CyrillicLanguage cyrillic_ = qi::CyrillicLanguage::kNone;
  bool Cyrillic() const { return cyrillic_ != qi::CyrillicLanguage::kNone; }
  // Sets cyrillic_ from Article::language, else from the letters of the
  // text; then gives Ukrainian readings to the tokens of a Ukrainian article.
  void ApplyCyrillicLanguage();
  // The speaker left of the cue at c, given `left`, the phrase ending at j
  // that the shared reading found: past a prepositional phrase between
  // subject and verb ("Лавров в понедельник заявил", "Белоусов в интервью «Известиям»
  // сказал") and a coordinated verb ("X улыбнулся и сказал"), then
  // CyrillicSpeakerPhrase.
  Range CyrillicSpeakerLeftOfCue(Range s, int c, int j, Range left);
  // The mention without a date or clause words before the role and name
  // ("14 апреля пресс-секретарь Кремля Дмитрий Песков" → from
  // "пресс-секретарь"; "затем Кузьмин" → "Кузьмин"), and without an apposition
  // after a comma ("Ольга, работающая …," → "Ольга").
  Range CyrillicSpeakerPhrase(Range np);
  // Whether the phrase after the cue at c names a speaker: a capitalised
  // word or a role noun in it, a quantifier opening it ("один из депутатов"), or
  // any phrase after a quote and a dash ("«…», — говорят местные жители").
  bool CyrillicSpeakerAfterCue(int c, Range np);
  // "один", "многие", "деякі": words that open a speaker phrase.
  bool CyrillicQuantifier(int i);
  // Where the speaker starts after a cue, past an addressee, date or outlet
  // ("— заявил журналистам Песков", "— сказал в интервью РБК …"); records
  // the date and the outlet (as via) in `a`. k when there is none.
  int CyrillicTailBeforeSpeaker(int k, int e, Attribution* a);
  // Past a phrase of medium at k ("в интервью «Известиям»", "на брифинге") and the
  // outlet after it, which goes to a->via; k when there is none.
  int CyrillicMediumPhraseEnd(int k, int e, Attribution* a);
  // Past the tail after an inverted speaker up to a comma, dash or the end
  // ("— сказал Песков журналистам в Кремле"): the date and outlet go to `a`.
  int CyrillicTailAfterSpeaker(int k, int e, Attribution* a);
  // The date and outlet next to the speaker of a cue: a date before the
  // mention ("14 апреля Песков заявил"), a date or outlet between it and
  // the cue ("Песков в интервью ТАСС заявил").
  void CyrillicSpeakerSurroundings(const CueScan& scan, Attribution* a);
  // An inverted cue interposed in the sentence it reports: the rest after
  // the speaker (past a role apposition) becomes a second fragment.
  void CyrillicInterposedRest(Range s, int after_begin, Attribution* a);
  // What OpenCyrillicSentence found around a sentence's statements.
  struct CyrillicSentence {
    Range conduit;         // the outlet of a closing "…, передает ТАСС"
    int conduit_cue = -1;  // its verb
    Range citing;          // "со ссылкой на X", "з посиланням на X"
    Range cited;           // its X
  };
  // Before the shared rules read sentence s: attributes the forms they
  // cannot (a cue inside a quote, "Об этом заявил X", ", о чем заявил X")
  // into `found`, and returns the part of s left for them: s without a
  // closing conduit clause, or an empty range when s is done.
  Range OpenCyrillicSentence(Range s, CyrillicSentence* cs, std::vector<Attribution>* found);
  // After them: the conduit and the cited source go to the statements
  // found in `read` (or make one of their own); s is remembered for "Об
  // этом" in the next sentence.
  void CloseCyrillicSentence(Range s, Range read, const CyrillicSentence& cs, std::vector<Attribution>* found);
  // «…, — говорит X, — …»: the attribution of the quote opening at `open`.
  bool CyrillicInterruptedQuote(int open, Attribution* a);
  // "Об этом заявил X", "…, о чем сообщил X", "Про це повідомляє X": kFound
  // with `a` set; kNothingNew when the sentence before made a statement of
  // its own ("X заявил, что …. Об этом он сказал в эфире": no second one);
  // kNone when s is no such sentence.
  enum class AboutThis { kNone, kNothingNew, kFound };
  AboutThis CyrillicAboutThis(Range s, Attribution* a);
  // Where the personal name starts in the capitalised run [r, e) ("Кремля
  // Дмитрий Песков" → at "Дмитрий"): at its given name; else the run's
  // last words, past genitives of the role ("Пентагона").
  int CyrillicNameStart(int r, int e);
  // The person named by the capitalised run [i, j): name in the nominative
  // and proper case, role from the words before (FindPersons).
  void AddCyrillicPerson(int i, int j);
  // The person whose surname is a case form of `surname`, the latest
  // introduced before; -1 when none.
  int FindCyrillicPerson(std::string_view surname) const;
  // Resolve for a mention ending in the Cyrillic name run [r, np.e) (none
  // when r == np.e), or naming an organisation after a preposition ("В
  // Кремле заявили"); false (q untouched) when it is neither.
  bool ResolveCyrillicName(Range np, int r, Quote* q);
  // The name [g, e) as the nominative ("Дмитрия Пескова" → "Дмитрий
  // Песков" when `oblique`), in proper case.
  std::string CyrillicPersonName(int g, int e, bool oblique);
  // The role [b, g) as text; in the nominative when the mention is oblique
  // ("пресс-секретаря Кремля" → "пресс-секретарь Кремля"): the head role
  // noun and the adjectives before it; its complements stay as written.
  std::string CyrillicRoleText(int b, int g, bool oblique);
  // "По его словам, …", "За її словами …": the according-to cue at c with
  // a possessive pronoun for its source; sets `a` and returns true.
  bool CyrillicPossessiveSource(Range s, int c, Attribution* a);
  // A role mention with no name ("глави держави", "пресс-секретарь"): the
  // person introduced earlier with that role; -1 when none.
  int FindCyrillicPersonByRole(Range np);
  // Whether `a` is a weak Russian or Ukrainian cue ("назвал", "назвав")
  // whose content `q` holds no quote: a label of a thing, not words.
  bool CyrillicLabelWithoutQuote(const Attribution& a, const Quote& q);
  // An outlet named in another case as the nominative ("Укрінформу" →
  // "Укрінформ", "Интерфаксу" → "Интерфакс"); other conduits unchanged.
  std::string CyrillicOutletName(std::string_view via);
  // Whether an "according to" cue names its source in the genitive ("по
  // словам X", "за даними X", "на думку X").
  bool CyrillicGenitiveSource(const Attribution& a);
  Range last_sentence_;                   // the sentence before, for "Об этом"
  bool last_sentence_attributed_ = false;  // whether it made a statement
};

}  // namespace qtrack

#endif  // QTRACK_QUOTES_INTERNAL_EXTRACTOR_IMPL_H_
