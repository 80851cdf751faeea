#include "ingest/input.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "common/utf8.h"

namespace qtrack {
namespace {

constexpr size_t kChunk = 1 << 16;

std::string ErrnoText(int err) { return std::strerror(err); }

void ExpandOne(const std::string& path, bool top_level,
               std::set<std::pair<dev_t, ino_t>>* visited_dirs,
               std::vector<std::string>* files, const ProblemSink& on_problem) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    on_problem({path, 0, ErrnoText(errno)});
    return;
  }
  if (S_ISDIR(st.st_mode)) {
    if (!visited_dirs->insert({st.st_dev, st.st_ino}).second) {
      on_problem({path, 0, "directory loop (symlink back to a parent); skipped"});
      return;
    }
    DIR* dir = opendir(path.c_str());
    if (dir == nullptr) {
      on_problem({path, 0, ErrnoText(errno)});
      return;
    }
    std::vector<std::string> names;
    while (struct dirent* entry = readdir(dir)) {
      if (entry->d_name[0] == '.') continue;  // ".", "..", hidden files
      names.emplace_back(entry->d_name);
    }
    closedir(dir);
    std::sort(names.begin(), names.end());
    const std::string prefix = path.back() == '/' ? path : path + "/";
    for (const std::string& name : names)
      ExpandOne(prefix + name, false, visited_dirs, files, on_problem);
    // A directory may be reached again through another, non-looping path;
    // only ancestors make a loop.
    visited_dirs->erase({st.st_dev, st.st_ino});
    return;
  }
  if (!S_ISREG(st.st_mode) && !(top_level && S_ISFIFO(st.st_mode))) {
    on_problem({path, 0, "not a regular file; skipped"});
    return;
  }
  if (access(path.c_str(), R_OK) != 0) {
    on_problem({path, 0, ErrnoText(errno)});
    return;
  }
  files->push_back(path);
}

}  // namespace

std::string InputProblem::ToString() const {
  // Names and reasons (which may quote input) are escaped: a file named
  // "x\nother.txt:1: ..." must not print a line of its own.
  const std::string name = EscapeForTerminal(file), why = EscapeForTerminal(reason);
  if (line > 0) return absl::StrCat(name, ":", line, ": ", why);
  return absl::StrCat(name, ": ", why);
}

void ExpandInputPaths(const std::vector<std::string>& paths,
                      std::vector<std::string>* files,
                      const ProblemSink& on_problem) {
  std::set<std::pair<dev_t, ino_t>> visited_dirs;
  for (const std::string& path : paths) {
    if (path == "-") {
      files->push_back(path);
      continue;
    }
    ExpandOne(path, true, &visited_dirs, files, on_problem);
  }
}

absl::StatusOr<std::unique_ptr<InputFile>> InputFile::Open(const std::string& path) {
  gzFile gz;
  if (path == "-") {
    gz = gzdopen(dup(STDIN_FILENO), "rb");
  } else {
    int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return absl::NotFoundError(absl::StrCat(path, ": ", ErrnoText(errno)));
    gz = gzdopen(fd, "rb");
    if (gz == nullptr) close(fd);
  }
  if (gz == nullptr) return absl::InternalError(absl::StrCat(path, ": cannot open"));
  gzbuffer(gz, kChunk);
  return std::unique_ptr<InputFile>(new InputFile(path, gz));
}

InputFile::~InputFile() { gzclose(static_cast<gzFile>(gz_)); }

uint64_t InputFile::disk_offset() const {
  const z_off_t offset = gzoffset(static_cast<gzFile>(gz_));
  return offset < 0 ? 0 : static_cast<uint64_t>(offset);
}

absl::Status InputFile::Fill() {
  if (eof_) return absl::OkStatus();
  // Compact: drop consumed bytes so the buffer never grows past what one
  // line (or a peek) needs.
  if (pos_ > 0) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  const size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  auto gz = static_cast<gzFile>(gz_);
  const int got = gzread(gz, buffer_.data() + old, kChunk);
  if (got < 0) {
    buffer_.resize(old);
    int errnum = 0;
    const char* msg = gzerror(gz, &errnum);
    return absl::DataLossError(errnum == Z_ERRNO ? ErrnoText(errno)
                                                 : absl::StrCat("corrupt gzip data (", msg, ")"));
  }
  buffer_.resize(old + got);
  if (got == 0) {
    eof_ = true;
    int errnum = 0;
    const char* msg = gzerror(gz, &errnum);
    if (errnum == Z_BUF_ERROR) {
      return absl::DataLossError("truncated gzip stream (unexpected end of file)");
    }
    if (errnum != Z_OK) return absl::DataLossError(absl::StrCat("gzip error: ", msg));
  }
  return absl::OkStatus();
}

absl::StatusOr<LineStatus> InputFile::ReadLine(std::string* line, size_t max_bytes) {
  line->clear();
  bool too_long = false;
  while (true) {
    const size_t nl = buffer_.find('\n', pos_);
    const size_t end = nl == std::string::npos ? buffer_.size() : nl;
    if (!too_long) {
      line->append(buffer_, pos_, end - pos_);
      if (line->size() > max_bytes) {
        too_long = true;
        line->clear();
        line->shrink_to_fit();
      }
    }
    if (nl != std::string::npos) {
      pos_ = nl + 1;
      ++line_number_;
      if (!too_long && !line->empty() && line->back() == '\r') line->pop_back();
      return too_long ? LineStatus::kTooLong : LineStatus::kLine;
    }
    pos_ = buffer_.size();
    if (eof_) {
      if (line->empty() && !too_long) return LineStatus::kEnd;
      ++line_number_;
      if (!too_long && line->back() == '\r') line->pop_back();
      return too_long ? LineStatus::kTooLong : LineStatus::kLine;
    }
    absl::Status s = Fill();
    if (!s.ok()) return s;
  }
}

absl::Status InputFile::ReadAll(std::string* out, size_t max_bytes) {
  out->assign(buffer_, pos_, std::string::npos);
  pos_ = buffer_.size();
  while (!eof_) {
    if (out->size() > max_bytes) {
      return absl::ResourceExhaustedError(
          absl::StrCat("larger than the ", max_bytes >> 20, " MiB document limit"));
    }
    buffer_.clear();
    pos_ = 0;
    absl::Status s = Fill();
    if (!s.ok()) return s;
    out->append(buffer_);
    pos_ = buffer_.size();
  }
  if (out->size() > max_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat("larger than the ", max_bytes >> 20, " MiB document limit"));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string_view> InputFile::Peek(size_t n) {
  while (!eof_ && buffer_.size() - pos_ < n) {
    absl::Status s = Fill();
    if (!s.ok()) return s;
  }
  return std::string_view(buffer_).substr(pos_, std::min(n, buffer_.size() - pos_));
}

}  // namespace qtrack
