#include "claims/xapian_error.h"

#include "absl/strings/str_cat.h"
#include "common/strings.h"

namespace qtrack {

std::string DescribeXapianError(const Xapian::Error& e, std::string_view dir) {
  std::string text = absl::StrCat(ToAbsl(dir), ": ", e.get_type(), ": ", e.get_msg());
  // get_error_string() is strerror(errno) when an OS call failed, else null.
  const char* os_error = e.get_error_string();
  if (os_error != nullptr && *os_error != '\0' && e.get_msg().find(os_error) == std::string::npos)
    absl::StrAppend(&text, " (", os_error, ")");
  return text;
}

absl::Status FromXapian(const Xapian::Error& e, std::string_view dir,
                        const XapianErrorWords& words) {
  // Xapian::Error is not polymorphic; its class name is get_type().
  const std::string_view type = e.get_type();
  if (type == "DatabaseLockError")
    return absl::FailedPreconditionError(absl::StrCat(ToAbsl(dir), ": ", ToAbsl(words.locked)));
  if (type == "DatabaseNotFoundError" || type == "DatabaseOpeningError")
    return absl::NotFoundError(absl::StrCat(ToAbsl(dir), ": ", ToAbsl(words.missing)));
  if (type == "QueryParserError")
    return absl::InvalidArgumentError(absl::StrCat("query: ", e.get_msg()));
  const std::string what = DescribeXapianError(e, dir);
  if (type == "DatabaseCorruptError") return absl::DataLossError(what);
  if (type == "DatabaseModifiedError") return absl::UnavailableError(what);
  return absl::InternalError(what);
}

}  // namespace qtrack
