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

}  // namespace qtrack
