#include "common/json_writer.h"

#include "common/utf8.h"

#include <cmath>
#include <cstdio>

namespace qtrack {

void AppendJsonString(std::string_view s, std::string* out) {
  // JSON must be valid UTF-8; a caller's bad bytes become U+FFFD here
  // rather than poisoning a stored document for every later reader.
  std::string repaired;
  if (!IsValidUtf8(s)) {
    RepairUtf8(s, &repaired);
    s = repaired;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default:
        if (c < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
                    static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
          out->append(static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029");
          i += 2;
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

void JsonWriter::Double(double v) {
  Separate();
  if (!std::isfinite(v)) {
    out_->append("null");
    return;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  std::string_view text(buf);
  // Trim trailing zeros ("0.5000" -> "0.5", "1.0000" -> "1").
  while (text.size() > 1 && text.back() == '0') text.remove_suffix(1);
  if (text.back() == '.') text.remove_suffix(1);
  out_->append(text);
}

}  // namespace qtrack
