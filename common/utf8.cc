#include "common/utf8.h"

#include <algorithm>

namespace qtrack {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr size_t kBlock = 64;

inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed sequence at s[pos], or 0 when ill-formed.
size_t SequenceLength(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t left = s.size() - pos;
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return (left >= 2 && IsContinuation(p[1])) ? 2 : 0;
  if (c < 0xF0) {
    if (left < 3 || !IsContinuation(p[1]) || !IsContinuation(p[2])) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (c == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (left < 4 || !IsContinuation(p[1]) || !IsContinuation(p[2]) ||
        !IsContinuation(p[3]))
      return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (c == 0xF4 && p[1] >= 0x90) return 0;  // > U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

size_t DecodeUtf16(std::string_view bytes, bool big_endian, std::string* out) {
  auto unit = [&](size_t i) -> char32_t {
    const auto hi = static_cast<unsigned char>(bytes[big_endian ? i : i + 1]);
    const auto lo = static_cast<unsigned char>(bytes[big_endian ? i + 1 : i]);
    return (char32_t{hi} << 8) | lo;
  };
  out->reserve(out->size() + bytes.size() / 2 * 3 / 2);
  size_t repairs = 0;
  size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00), out);
        i += 2;
        continue;
      }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = kReplacement;
      ++repairs;
    }
    AppendUtf8(cp, out);
  }
  if (i < bytes.size()) {  // an odd byte out
    AppendUtf8(kReplacement, out);
    ++repairs;
  }
  return repairs;
}

std::string EscapeForTerminal(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size());
  auto escape_byte = [&](unsigned char c) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  for (size_t pos = 0; pos < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    const size_t length = SequenceLength(s, pos);
    if (length == 0) {
      escape_byte(c);
      ++pos;
      continue;
    }
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7F) escape_byte(c);
    else if (c == 0xC2 && static_cast<unsigned char>(s[pos + 1]) < 0xA0) {
      // U+0080..U+009F: C1 controls (0x9B is a one-byte CSI on some terminals).
      escape_byte(c);
      escape_byte(static_cast<unsigned char>(s[pos + 1]));
    } else {
      out.append(s.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

size_t Utf8PrefixLength(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s.size();
  size_t n = max_bytes;
  // s[n] is where the cut falls: back off while it is inside a character.
  while (n > 0 && IsContinuation(static_cast<unsigned char>(s[n]))) --n;
  return n;
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t n = SequenceLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

size_t RepairUtf8(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  size_t repairs = 0;
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = s[i];
    if (c == 0) {
      ++repairs;
      ++i;
      continue;
    }
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    const size_t n = SequenceLength(s, i);
    if (n == 0) {
      AppendUtf8(kReplacement, out);
      ++repairs;
      ++i;
    } else {
      out->append(s.data() + i, n);
      i += n;
    }
  }
  return repairs;
}

char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  const size_t n = SequenceLength(s, *pos);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + *pos;
  switch (n) {
    case 1:
      *pos += 1;
      return p[0];
    case 2:
      *pos += 2;
      return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3:
      *pos += 3;
      return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    case 4:
      *pos += 4;
      return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
             ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    default:
      *pos += 1;
      return kReplacement;
  }
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  cp_at_block_.reserve(text.size() / kBlock + 1);
  uint32_t cps = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) cp_at_block_.push_back(cps);
    if (!IsContinuation(static_cast<unsigned char>(text[i]))) ++cps;
  }
  if (text.empty()) cp_at_block_.push_back(0);
}

size_t CodePointIndex::ToCodePoint(size_t byte_offset) const {
  byte_offset = std::min(byte_offset, text_.size());
  const size_t block = byte_offset / kBlock;
  if (block >= cp_at_block_.size()) {
    // byte_offset == text_.size() on a block boundary.
    size_t cps = cp_at_block_.back();
    for (size_t i = (cp_at_block_.size() - 1) * kBlock; i < byte_offset; ++i)
      if (!IsContinuation(static_cast<unsigned char>(text_[i]))) ++cps;
    return cps;
  }
  size_t cps = cp_at_block_[block];
  for (size_t i = block * kBlock; i < byte_offset; ++i)
    if (!IsContinuation(static_cast<unsigned char>(text_[i]))) ++cps;
  // An offset inside a sequence belongs to the code point that contains it.
  if (byte_offset < text_.size() &&
      IsContinuation(static_cast<unsigned char>(text_[byte_offset])) && cps > 0)
    --cps;
  return cps;
}

size_t CodePointIndex::ToByte(size_t cp_offset) const {
  // Last block whose starting code point count is <= cp_offset.
  auto it = std::upper_bound(cp_at_block_.begin(), cp_at_block_.end(),
                             static_cast<uint32_t>(cp_offset));
  size_t block = (it == cp_at_block_.begin()) ? 0 : (it - cp_at_block_.begin() - 1);
  size_t byte = block * kBlock;
  size_t cps = cp_at_block_[block];
  // Move to the start of a code point first.
  while (byte < text_.size() && IsContinuation(static_cast<unsigned char>(text_[byte]))) ++byte;
  while (byte < text_.size() && cps < cp_offset) {
    ++byte;
    while (byte < text_.size() && IsContinuation(static_cast<unsigned char>(text_[byte]))) ++byte;
    ++cps;
  }
  return byte;
}

size_t Utf8CharStart(std::string_view text, size_t i) {
  while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

std::string TruncateUtf8(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  return std::string(text.substr(0, Utf8CharStart(text, max_bytes))) + "\u2026";
}

}  // namespace qtrack
