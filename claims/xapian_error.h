// File: claims/xapian_error.h
//
// The one adapter from Xapian's exceptions to Status, for the statement
// store (claims/store.h) and the fact-check store (claims/checks.h), and
// the text of a Xapian error for a person: "DIR: Type: message
// (operating-system error)". Xapian keeps the errno text of a failed read
// or write apart from its message; without it a full disk read "Error
// writing block 42" and never named ENOSPC.
#ifndef QTRACK_CLAIMS_XAPIAN_ERROR_H_
#define QTRACK_CLAIMS_XAPIAN_ERROR_H_

#include <string>
#include <string_view>

#include <xapian.h>

#include "absl/status/status.h"

namespace qtrack {

std::string DescribeXapianError(const Xapian::Error& e, std::string_view dir);

// What the caller's database is called in the two errors that name it.
struct XapianErrorWords {
  // After "DIR: " when another writer holds the lock.
  std::string_view locked;
  // After "DIR: " when there is no database at DIR.
  std::string_view missing;
};

// Xapian::Error → Status: DatabaseLockError → FailedPrecondition
// ("DIR: <locked>"); DatabaseNotFoundError, DatabaseOpeningError → NotFound
// ("DIR: <missing>"); QueryParserError → InvalidArgument ("query: message");
// DatabaseCorruptError → DataLoss; DatabaseModifiedError (a reader that
// commits kept overtaking) → Unavailable; anything else → Internal. The
// last three carry DescribeXapianError.
absl::Status FromXapian(const Xapian::Error& e, std::string_view dir,
                        const XapianErrorWords& words);

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_XAPIAN_ERROR_H_
