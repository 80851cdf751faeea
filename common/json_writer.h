// File: common/json_writer.h
//
// A minimal streaming JSON writer for qtrack's output lines. It escapes
// strings per RFC 8259 (quotes, backslash, control characters, and U+2028/
// U+2029 so the output is also safe inside <script>), and inserts commas.
// It does not validate nesting; callers write well-formed structures.
//
// Example:
//   JsonWriter w(&line);
//   w.BeginObject(); w.Key("id"); w.String("a1"); w.Key("n"); w.Int(3);
//   w.EndObject();  // {"id":"a1","n":3}
#ifndef QTRACK_COMMON_JSON_WRITER_H_
#define QTRACK_COMMON_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace qtrack {

// Appends `s` as a JSON string literal (with quotes) to `out`.
void AppendJsonString(std::string_view s, std::string* out);

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject() { Separate(); out_->push_back('{'); first_ = true; }
  void EndObject() { out_->push_back('}'); first_ = false; }
  void BeginArray() { Separate(); out_->push_back('['); first_ = true; }
  void EndArray() { out_->push_back(']'); first_ = false; }
  void Key(std::string_view key) {
    Separate();
    AppendJsonString(key, out_);
    out_->push_back(':');
    first_ = true;  // the value follows without a comma
  }
  void String(std::string_view s) { Separate(); AppendJsonString(s, out_); }
  // Writes null for an empty string: "unknown" rather than "".
  void StringOrNull(std::string_view s) { s.empty() ? Null() : String(s); }
  void Int(int64_t v) { Separate(); out_->append(std::to_string(v)); }
  void Double(double v);  // shortest round-trip-ish form, 4 decimals max
  void Bool(bool v) { Separate(); out_->append(v ? "true" : "false"); }
  void Null() { Separate(); out_->append("null"); }
  // Appends already-serialised JSON as a value.
  void Raw(std::string_view json) { Separate(); out_->append(json); }

 private:
  void Separate() {
    if (!first_) out_->push_back(',');
    first_ = false;
  }
  std::string* out_;
  bool first_ = true;
};

}  // namespace qtrack

#endif  // QTRACK_COMMON_JSON_WRITER_H_
