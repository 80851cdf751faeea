// File: claims/own_voice.h
//
// Claims in an outlet's own voice: the sentences of an article that assert
// something a fact-checker could check — a fact about a named person,
// organisation or place; a number, amount or statistic; a cause or a
// comparison; a dated event — and that nobody is quoted as saying. Recycled
// narratives travel through such sentences ("The Ukrainian revolution was
// organized by the Americans") as much as through quotes.
//
// Example:
//   Article a = ParseTextArticle(text);
//   std::vector<Quote> quotes;
//   QuoteExtractor().Extract(a, &quotes);
//   std::vector<Quote> claims;
//   std::vector<ClaimFeatures> why;
//   FindClaims(a, quotes, ClaimOptions(), &claims, &why);
//   // claims[i].kind == StatementKind::kClaim, claims[i].speaker == the outlet,
//   // claims[i].confidence == why[i].score.
//
// Method (rule-based, English lexicon, linear in the text):
//   1. Each paragraph is split into sentences by text/sentences.h, the
//      splitter the quote extractor uses too (SplitSentences below): a
//      terminator (. ! ? …) plus closing quotes or brackets, then white
//      space, then a capital, digit or opening mark; not after
//      abbreviations ("Dr.", "St.", "Gen.", "Jan."), initials ("J.") or
//      dotted acronyms ("U.S.") unless a function word such as "The"
//      follows. ICU's sentence BreakIterator was the alternative; it
//      needs a UTF-16 copy of every paragraph and splits after "U.S." and
//      "St.", which news text is full of.
//   2. Paragraph gates: captions (a trailing parenthesised credit such as
//      "(Russian Presidential Office)", "Photo:", "Getty Images") and
//      bylines ("by Anna Fratsyvir April 14 …", "Author: …", "min read").
//   3. Sentence gates (score 0, `rejected_by` says which): overlaps a span
//      of `quotes` (quote content or cue) and the rest is no claim of its
//      own (see ClaimOptions::keep_partly_quoted); announces a quote (a speech cue
//      plus a quote mark: "Zelensky invites Trump …, says ‘…’"); question;
//      boilerplate phrase ("Subscribe", "* indicates required",
//      "pre-order now", "Edit post", "min read", "This audio is created
//      with AI assistance", …); no predicate (menus, tag lists, headlines
//      without a verb; except a sentence that is the article's whole text,
//      see ClaimFeatures::whole_text).
//   4. Otherwise a logistic model over named ClaimFeatures, fitted on
//      blind-labelled news sentences (claims/tools/fit_checkworthy.py,
//      weights in claims/internal/checkworthy_model.inc). Whole-text items
//      and sentences mostly in another script, which the fit never saw,
//      keep the hand weights (CheckworthyScore in own_voice.cc), rescaled
//      so their tuned threshold meets the model's.
//
// Thread-safety: all functions are thread-safe (the lexicon is built once,
// read-only). Cost: one pass over each sentence, a hash lookup per word;
// no allocation per word.
#ifndef QTRACK_CLAIMS_OWN_VOICE_H_
#define QTRACK_CLAIMS_OWN_VOICE_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/article.h"
#include "quotes/quote.h"

namespace qtrack {

// The default check-worthiness threshold, chosen by the fit
// (claims/tools/fit_checkworthy.py writes it into
// claims/internal/checkworthy_model.inc): the lowest whose cross-validated
// precision reaches 0.55.
extern const double kDefaultMinCheckworthy;

struct ClaimOptions {
  // Sentences scoring below this are not reported. The score is the fitted
  // model's probability that a fact-checking desk would want to verify the
  // sentence, or the narrative rule's score when higher (see
  // FittedOrNarrativeScore in own_voice.cc). A number or amount, a
  // comparison and the nouns of public affairs ("minister", "tax", "court")
  // raise it; sport and entertainment nouns, hedges, first person and short
  // sentences lower it. Judged blind on 300 BBC sentences, out of fold: at
  // the default, 57% of the sentences that pass the gates are kept (83%
  // before the fit), and 0.43 of those kept are worth checking (0.32
  // before), with 0.87 of the sentences worth checking kept.
  // Range [0, 1]; 0 reports every sentence that passes the gates.
  double min_checkworthy = kDefaultMinCheckworthy;
  // A sentence that overlaps a quote is still the outlet's claim when its
  // own words — the sentence minus the quotes' content, cue and speaker
  // mention spans — make a claim by themselves: a named entity, a
  // predicate, no speech cue, and a score of at least min_checkworthy.
  // "The talks come as Moscow continues to reject Trump's calls for a full
  // ceasefire" is kept although "a full ceasefire …" is Trump's call;
  // "Peskov said that the matter was not discussed" is not. false drops
  // every sentence that overlaps a quote. Default: true.
  bool keep_partly_quoted = true;
};

// The named features behind a sentence's check-worthiness score.
struct ClaimFeatures {
  int words = 0;                  // word tokens in the sentence
  bool has_predicate = false;     // a finite verb, auxiliary or copula
  bool assertive_verb = false;    // a content verb (not only is/has/will)
  bool has_named_entity = false;  // capitalised name, acronym, demonym
  bool has_number = false;        // digits or number words ("two-thirds")
  bool has_date = false;          // month or year ("March 25", "2014")
  bool has_weekday = false;       // weekday or "yesterday": a weaker date
  bool causal = false;            // because, due to, caused, led to, …
  bool comparative = false;       // more than, largest, twice, record, …
  bool hedged = false;            // may, reportedly, allegedly, likely, …
  bool question = false;          // ends with '?'
  bool first_person = false;      // I, we, our, …
  bool second_person = false;     // you, your: addresses the reader
  bool imperative = false;        // starts with a bare verb ("Subscribe")
  bool speech_cue = false;        // says, said, according to, claimed, …
  bool quote_mark = false;        // contains a quotation mark
  bool title_case = false;        // most words capitalised: menu, headline
  bool scene = false;             // scene-setting words (morning, snow, …)
  bool partly_quoted = false;     // overlaps a quote; kept for its own words
  // The sentence is the article's whole text: a scraped claim, a post, a
  // headline-only feed item. What it asserts is the item's point, in
  // whatever grammar: headline style ("A third world war because of North
  // Macedonia", "Ukrainian Nazis Dance on …") is neither rejected for want
  // of a verb nor marked down as title case.
  bool whole_text = false;
  // Topic signals, for the fitted model: nouns whose first WordNet sense
  // is public affairs ("minister", "tax", "court", "war") or sport and
  // entertainment ("striker", "album", "film"); a currency sign or a
  // percentage ("£3bn", "$5", "4%", "per cent").
  int public_affairs_words = 0;
  int leisure_words = 0;
  bool money = false;
  // The score comes from the fitted model (claims/internal/
  // checkworthy_model.inc), which was trained on English news sentences.
  // false for whole-text items and sentences mostly in another script, which
  // keep the hand weights (see CheckworthyScore), rescaled to the same
  // threshold.
  bool fitted = false;
  // The hand weights' score in [0, 1], tuned for a threshold of 0.5 (see
  // CheckworthyScore in own_voice.cc). Rescaled to the model's threshold,
  // it is the score of whole-text and non-Latin sentences, and of the
  // narrative rule (see FittedOrNarrativeScore).
  double hand_score = 0;
  // Which gate rejected the sentence ("" when it was scored): "quote",
  // "announces_quote", "question", "boilerplate", "byline", "caption",
  // "no_predicate", "too_short".
  std::string_view rejected_by;
  double score = 0;  // check-worthiness in [0, 1]; 0 when rejected
  // The article's byline (Article::byline, else the author found on a
  // "by …" / "Author: …" line); empty when unknown.
  std::string author;
};

// Finds the own-voice claims of `article`. `claims` is cleared, then gets
// one Quote per claim in text order: kind kClaim, one fragment (the
// sentence's byte span, white space trimmed), text = the sentence,
// speaker = article.outlet (else the URL's host; empty if neither),
// speaker_is_organisation = true, said_on = the YYYY-MM-DD part of
// article.published, confidence = the score. When `features` is not null
// it is cleared and gets the features of each claim, index for index.
// Sentences overlapping any fragment or cue span of `quotes` are skipped,
// unless their own words make a claim (see keep_partly_quoted); the score
// of such a sentence is the lower of the sentence's and its own words'.
// REQUIRES: article.paragraphs in order and inside article.text; `claims`
// not null.
void FindClaims(const Article& article, const std::vector<Quote>& quotes,
                const ClaimOptions& options, std::vector<Quote>* claims,
                std::vector<ClaimFeatures>* features);

// Scores one sentence on its own (no paragraph or quote gates): the
// features and score FindClaims would give it. For tests and tuning.
ClaimFeatures ScoreSentence(std::string_view sentence);

// Appends to `out` the sentence spans of `paragraph`, as offsets into
// `paragraph` shifted by `base`, white space trimmed, each non-empty:
// text::SplitSentences with this file's function words (the ones that
// start a sentence after "U.S.").
void SplitSentences(std::string_view paragraph, size_t base, std::vector<Span>* out);

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_OWN_VOICE_H_
