// File: common/file_util.h
//
// Files written whole or not at all.
#ifndef QTRACK_COMMON_FILE_UTIL_H_
#define QTRACK_COMMON_FILE_UTIL_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace qtrack {

// Writes `content` to `path` through a temporary file beside it
// (PATH.tmp.PID, created exclusively, flushed to disk), renamed over `path`
// once complete, so a reader of `path` sees the old file or the new one,
// never a part: a full disk used to leave a 0-byte report behind. On
// failure the temporary file is removed, `path` is untouched, and the
// error names the file and the operating system's reason ("No space left
// on device"). The new file's mode is 0666 less the umask.
absl::Status WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace qtrack

#endif  // QTRACK_COMMON_FILE_UTIL_H_
