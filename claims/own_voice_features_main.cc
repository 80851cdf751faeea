// own_voice_features_main: the check-worthiness features of sentences, for
// fitting the own-voice claim model (claims/tools/fit_checkworthy.py).
//
//   own_voice_features_main < sentences.jsonl > features.jsonl
//
// Each input line is a JSON object with a "sentence" string (other fields,
// such as an item number, are copied through as "item" when it is a
// number). Each output line is the sentence's ClaimFeatures as ScoreSentence
// computes them, one JSON object per input line, in order. A line that is
// not such an object is reported on stderr as "stdin:LINE: reason" and
// skipped; the exit status is then 1.
#include <cstdio>
#include <iostream>
#include <string>

#include <simdjson.h>

#include "claims/own_voice.h"

int main() {
  simdjson::dom::parser parser;
  std::string line;
  int line_number = 0, bad = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    simdjson::dom::element doc;
    std::string_view sentence;
    if (parser.parse(line).get(doc) || doc["sentence"].get(sentence)) {
      std::fprintf(stderr, "stdin:%d: not a JSON object with a \"sentence\" string\n", line_number);
      ++bad;
      continue;
    }
    int64_t item = -1;
    if (doc["item"].get(item)) item = -1;
    const qtrack::ClaimFeatures f = qtrack::ScoreSentence(sentence);
    std::printf(
        "{\"item\":%lld,\"words\":%d,\"has_predicate\":%d,\"assertive_verb\":%d,"
        "\"has_named_entity\":%d,\"has_number\":%d,\"has_date\":%d,\"has_weekday\":%d,"
        "\"causal\":%d,\"comparative\":%d,\"hedged\":%d,\"question\":%d,\"first_person\":%d,"
        "\"second_person\":%d,\"imperative\":%d,\"speech_cue\":%d,\"quote_mark\":%d,"
        "\"title_case\":%d,\"scene\":%d,\"public_affairs_words\":%d,\"leisure_words\":%d,"
        "\"money\":%d,\"fitted\":%d,\"hand_score\":%.4f,\"rejected_by\":\"%.*s\",\"score\":%.4f}\n",
        static_cast<long long>(item), f.words, f.has_predicate, f.assertive_verb,
        f.has_named_entity, f.has_number, f.has_date, f.has_weekday, f.causal, f.comparative,
        f.hedged, f.question, f.first_person, f.second_person, f.imperative, f.speech_cue,
        f.quote_mark, f.title_case, f.scene, f.public_affairs_words, f.leisure_words, f.money,
        f.fitted, f.hand_score, static_cast<int>(f.rejected_by.size()),
        f.rejected_by.data(), f.score);
  }
  return bad > 0 ? 1 : 0;
}
