// File: claims/xapian_error.h
//
// The text of a Xapian error for a person, shared by the two adapters that
// turn Xapian's exceptions into Status (claims/store.cc, claims/checks.cc):
// "DIR: Type: message (operating-system error)". Xapian keeps the errno
// text of a failed read or write apart from its message; without it a full
// disk read "Error writing block 42" and never named ENOSPC.
#ifndef QTRACK_CLAIMS_XAPIAN_ERROR_H_
#define QTRACK_CLAIMS_XAPIAN_ERROR_H_

#include <string>
#include <string_view>

#include <xapian.h>

namespace qtrack {

std::string DescribeXapianError(const Xapian::Error& e, std::string_view dir);

}  // namespace qtrack

#endif  // QTRACK_CLAIMS_XAPIAN_ERROR_H_
