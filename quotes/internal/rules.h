// File: quotes/internal/rules.h  (private to //quotes:extractor)
//
// The named attribution rules: every candidate statement the extractor
// emits carries the rule that produced it. A rule is a row here (its name
// as it appears in `qtrack extract` output, its prior confidence, and an
// example sentence of the shape it reads); extractor_test.cc runs every
// example and checks that its rule fires. The decision model
// (quotes/decision_model.h) takes the rule as a feature.
//
// Order: the lexicon-cue rules are tried per cue word (cue_rule.cc); the
// sentence-shape rules only when no cue attributed, in the order of
// kShapeRules in attribute.cc; the paragraph rules per paragraph.
#ifndef QTRACK_QUOTES_INTERNAL_RULES_H_
#define QTRACK_QUOTES_INTERNAL_RULES_H_

#include <cstdint>
#include <string_view>

namespace qtrack::quotes_internal {

enum RuleId : uint8_t {
  // Around a lexicon cue word (cue_rule.cc).
  kRuleCueSpeakerBefore,   // the speaker left of the cue
  kRuleCueInverted,        // the speaker after the cue
  kRuleCueContinued,       // a participle or "and" + cue continues the speaker
  kRuleCueInfinitive,      // "plans to say": the clause's subject
  kRuleCueCoordinated,     // "X laughed and said"
  kRuleCueOpeningParticiple,  // "After saying ..., X ..."
  kRuleCueParticipleSubject,  // "X ..., saying ..."
  kRuleCuePassiveIt,       // "It was reported that ..."
  kRuleAccording,          // "according to X", "по словам X", "как сообщает X"
  kRuleNounCue,            // "X's claim that ..."
  // Sentence shapes with no lexicon cue (shape_rules.cc).
  kRuleColonQuote,         // "X commented: \"...\""
  kRuleClosingVerb,        // "\"...,\" X scoffed."
  kRuleAsPutIt,            // "as X put it"
  kRuleQuoteAfterColon,    // "X went further: \"...\""
  kRuleOpeningQuote,       // "\"...,\" beamed X of Y."
  kRuleVerbThat,           // "Officials insisted that ..."
  kRuleSubjectVerbQuote,   // "X branded Y an \"...\""
  kRuleInSource,           // "In a poll, ..."
  // Clause forms (attribute.cc).
  kRuleAskedQuestion,      // "Asked whether ..., X said"
  kRuleWhenAsked,          // "..., X said when asked whether ..."
  kRuleUnknownParticiple,  // "..., encouraging Y to ... \"...\""
  // Paragraph forms (paragraphs.cc).
  kRuleSpeakerLabel,       // "PENCE: ..."
  kRuleDashSigned,         // "\"...\" ― X"
  kRuleSignedParagraph,    // a quoted paragraph, then "- X."
  kRuleColonParagraph,     // "X said:" + the next paragraph
  kRuleColonParagraphSubject,  // "X made the following comment:" + quote
  // Russian and Ukrainian sentence forms (cyrillic_rules.cc).
  kRuleQuoteInterrupted,   // "«…, — говорит X, — …»": the cue inside the quote
  kRuleConduitTail,        // "…, передает ТАСС": the conduit closes the sentence
  kRuleAboutThis,          // "…. Об этом заявил X": the sentence before is the content
  kRuleCount,
};

struct RuleInfo {
  std::string_view name;
  // The prior confidence of a rule that reads no lexicon cue (a cue rule's
  // prior is its cue's rate, quotes/lexicon.h).
  float prior;
  // A sentence the rule attributes, and its speaker as resolved.
  std::string_view example;
  std::string_view example_speaker;
};

// Indexed by RuleId.
extern const RuleInfo kRules[kRuleCount];

inline const RuleInfo& Rule(RuleId id) { return kRules[id]; }

// The Russian and Ukrainian sentence forms: rules the decision model,
// fitted on English, has never seen.
inline bool CyrillicSentenceRule(RuleId id) {
  return id == kRuleQuoteInterrupted || id == kRuleConduitTail || id == kRuleAboutThis;
}

}  // namespace qtrack::quotes_internal

#endif  // QTRACK_QUOTES_INTERNAL_RULES_H_
