#include "common/file_util.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace qtrack {

absl::Status WriteFileAtomically(const std::string& path, std::string_view content) {
  const std::string temp = absl::StrCat(path, ".tmp.", getpid());
  auto fail = [&](const std::string& file, int error) {
    return absl::InternalError(absl::StrCat(file, ": ", std::strerror(error)));
  };
  const int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return fail(path, errno);
  int error = 0;
  for (size_t done = 0; done < content.size() && error == 0;) {
    const ssize_t n = write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno != EINTR) error = errno;
    if (n > 0) done += static_cast<size_t>(n);
  }
  // Some file systems report a full disk only when the data is flushed.
  if (error == 0 && fsync(fd) != 0) error = errno;
  if (close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && std::rename(temp.c_str(), path.c_str()) != 0) error = errno;
  if (error != 0) {
    unlink(temp.c_str());
    return fail(path, error);
  }
  return absl::OkStatus();
}

}  // namespace qtrack
