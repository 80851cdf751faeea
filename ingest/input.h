// File: ingest/input.h
//
// Byte sources for the readers: files (plain or gzip, detected by content),
// stdin ("-"), and directory trees. Everything is read through zlib's gz*
// API, which passes uncompressed files through unchanged, so a ".gz" suffix
// is never required.
//
// Example:
//   std::vector<std::string> files;
//   ExpandInputPaths({"testdata", "-"}, &files, [](const InputProblem& p) {...});
//   ASSIGN_OR_RETURN(auto in, InputFile::Open(files[0]));
//   std::string line;
//   while (true) {
//     ASSIGN_OR_RETURN(auto got, in->ReadLine(&line, 64 << 20));
//     if (got == LineStatus::kEnd) break;
//   }
#ifndef QTRACK_INGEST_INPUT_H_
#define QTRACK_INGEST_INPUT_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace qtrack {

// One rejected input or record: printed as "FILE:LINE: reason", or
// "FILE: reason" when line is 0, both escaped for a terminal
// (EscapeForTerminal: control characters as \xHH).
struct InputProblem {
  std::string file;
  int64_t line = 0;
  std::string reason;
  // A warning keeps the record (e.g. invalid UTF-8 repaired); it is printed
  // but does not make the run exit 1.
  bool warning = false;
  std::string ToString() const;
};

using ProblemSink = std::function<void(const InputProblem&)>;

// Expands `paths` into files: directories recursively (sorted, hidden
// entries skipped, symlink loops detected by device and inode), "-" kept as
// stdin. Missing, unreadable or special paths are reported to `on_problem`
// and skipped.
void ExpandInputPaths(const std::vector<std::string>& paths,
                      std::vector<std::string>* files,
                      const ProblemSink& on_problem);

enum class LineStatus { kLine, kTooLong, kEnd };

// A sequential reader over one input. Not copyable (owns a gzFile).
// Thread-compatible: one thread at a time.
class InputFile {
 public:
  static absl::StatusOr<std::unique_ptr<InputFile>> Open(const std::string& path);
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  const std::string& path() const { return path_; }
  // 1-based number of the line last returned by ReadLine.
  int64_t line_number() const { return line_number_; }
  // Bytes of the file itself read so far (compressed bytes for gzip), in
  // steps of the read buffer: how far through the file a reader is, for
  // progress displays.
  uint64_t disk_offset() const;

  // Reads the next line (without its "\n" or "\r\n") into `line`. A line
  // longer than `max_bytes` is skipped to its end and reported as kTooLong
  // (memory stays bounded by max_bytes). Errors: truncated or corrupt gzip
  // data, read failures.
  absl::StatusOr<LineStatus> ReadLine(std::string* line, size_t max_bytes);

  // Reads the rest of the input into `out`. Fails with ResourceExhausted
  // when it exceeds `max_bytes`.
  absl::Status ReadAll(std::string* out, size_t max_bytes);

  // Peeks at up to `n` bytes of the (decompressed) start without consuming.
  absl::StatusOr<std::string_view> Peek(size_t n);

 private:
  InputFile(std::string path, void* gz) : path_(std::move(path)), gz_(gz) {}
  absl::Status Fill();  // refills buffer_; sets eof_

  std::string path_;
  void* gz_;  // gzFile
  std::string buffer_;
  size_t pos_ = 0;
  bool eof_ = false;
  int64_t line_number_ = 0;
};

}  // namespace qtrack

#endif  // QTRACK_INGEST_INPUT_H_
