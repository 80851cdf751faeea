// File: common/utf8.h
//
// UTF-8 helpers used on every input: validation with repair, and the
// conversion between byte offsets (what the code uses internally) and
// Unicode code point offsets (what users and the evaluation files use).
//
// Thread-safety: all functions are pure.
#ifndef QTRACK_COMMON_UTF8_H_
#define QTRACK_COMMON_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qtrack {

// Returns true when `s` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view s);

// Copies `s` into `out`, replacing each ill-formed sequence with U+FFFD and
// dropping NUL bytes. Returns the number of replacements made (NULs count).
size_t RepairUtf8(std::string_view s, std::string* out);

// Decodes one code point at `s[*pos]` and advances `*pos`. On ill-formed
// input returns U+FFFD and advances one byte. REQUIRES: *pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// The start of the UTF-8 character that holds byte `i` of `text` (`i` when
// it starts one, or is at or past the end): where to cut without splitting
// a character.
size_t Utf8CharStart(std::string_view text, size_t i);

// `text` cut to at most `max_bytes` on a character boundary, with "…"
// appended when cut (so up to max_bytes + 3 bytes).
std::string TruncateUtf8(std::string_view text, size_t max_bytes);

// Decodes UTF-16 text (without its byte order mark) into UTF-8 appended
// to `out`. An unpaired surrogate or an odd last byte becomes U+FFFD;
// returns how many there were.
size_t DecodeUtf16(std::string_view bytes, bool big_endian, std::string* out);

// `s` made safe to print on a terminal: C0 and C1 control characters, DEL
// and ill-formed bytes become \xHH (\n, \r, \t as such), and a backslash
// becomes \\, so a file name cannot fake a "FILE:LINE:" line or send a
// terminal escape. Everything else, UTF-8 included, is kept.
std::string EscapeForTerminal(std::string_view s);

// The length of the longest prefix of `s` of at most `max_bytes` bytes that
// does not end inside a multi-byte character (so cutting there keeps valid
// UTF-8 valid).
size_t Utf8PrefixLength(std::string_view s, size_t max_bytes);

// Maps byte offsets of one text to code point offsets. Build once per text
// (O(n)); each lookup is O(log n) on a table of one entry per 64 bytes.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // REQUIRES: byte_offset <= text.size(). Offsets inside a multi-byte
  // sequence map to the code point that contains them.
  size_t ToCodePoint(size_t byte_offset) const;
  // Inverse: REQUIRES: cp_offset <= number of code points.
  size_t ToByte(size_t cp_offset) const;

 private:
  std::string_view text_;
  std::vector<uint32_t> cp_at_block_;  // code points before byte 64*i
};

}  // namespace qtrack

#endif  // QTRACK_COMMON_UTF8_H_
