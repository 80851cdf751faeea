#include "quotes/quote.h"

namespace qtrack {

std::string_view StatementKindName(StatementKind kind) {
  switch (kind) {
    case StatementKind::kDirect: return "direct";
    case StatementKind::kMixed: return "mixed";
    case StatementKind::kIndirect: return "indirect";
    case StatementKind::kClaim: return "claim";
  }
  return "direct";
}

std::string_view StatementClassName(StatementClass c) {
  switch (c) {
    case StatementClass::kSpeech: return "speech";
    case StatementClass::kBelief: return "belief";
    case StatementClass::kIntent: return "intent";
    case StatementClass::kEvent: return "event";
  }
  return "speech";
}

std::string_view PolarityName(Polarity p) { return p == Polarity::kDenies ? "denies" : "asserts"; }

}  // namespace qtrack
