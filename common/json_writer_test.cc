#include "common/json_writer.h"

#include "gtest/gtest.h"

namespace qtrack {
namespace {

TEST(JsonWriterTest, WritesNestedValuesWithCommas) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id"); w.String("a\"b\\c\n\x01");
  w.Key("n"); w.Int(-3);
  w.Key("score"); w.Double(0.5);
  w.Key("list"); w.BeginArray(); w.Int(1); w.StringOrNull(""); w.Bool(true); w.EndArray();
  w.Key("empty"); w.BeginObject(); w.EndObject();
  w.EndObject();
  EXPECT_EQ(out, R"({"id":"a\"b\\c\n\u0001","n":-3,"score":0.5,"list":[1,null,true],"empty":{}})");
}

TEST(JsonWriterTest, EscapesLineSeparators) {
  std::string out;
  AppendJsonString("a\u2028b\u2029c «ok»", &out);
  EXPECT_EQ(out, "\"a\\u2028b\\u2029c «ok»\"");
}

TEST(JsonWriterTest, InvalidUtf8BecomesReplacementCharacter) {
  std::string out;
  AppendJsonString("cut \xD0", &out);  // half of a Cyrillic letter
  EXPECT_EQ(out, "\"cut \xEF\xBF\xBD\"");
}

}  // namespace
}  // namespace qtrack
