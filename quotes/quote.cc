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

}  // namespace qtrack
