// File: common/status_macros.h
//
// Debian's Abseil (20220623) ships no RETURN_IF_ERROR-style macros; these
// are the project's own, in one place.
#ifndef QTRACK_COMMON_STATUS_MACROS_H_
#define QTRACK_COMMON_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define QTRACK_CONCAT_INNER_(a, b) a##b
#define QTRACK_CONCAT_(a, b) QTRACK_CONCAT_INNER_(a, b)

// Returns the status from the enclosing function when `expr` is not OK.
#define RETURN_IF_ERROR(expr)                         \
  do {                                                \
    ::absl::Status qtrack_status_ = (expr);           \
    if (!qtrack_status_.ok()) return qtrack_status_;  \
  } while (0)

// ASSIGN_OR_RETURN(auto x, Foo()); declares/assigns the value or returns the
// error status.
#define ASSIGN_OR_RETURN(lhs, expr)                                     \
  auto QTRACK_CONCAT_(qtrack_statusor_, __LINE__) = (expr);             \
  if (!QTRACK_CONCAT_(qtrack_statusor_, __LINE__).ok())                 \
    return QTRACK_CONCAT_(qtrack_statusor_, __LINE__).status();         \
  lhs = std::move(*QTRACK_CONCAT_(qtrack_statusor_, __LINE__))

#endif  // QTRACK_COMMON_STATUS_MACROS_H_
