// extraction_eval_main: prints the extraction score of a gold JSONL file.
//   extraction_eval_main FILE [--per-page] [--dump DIR]
// --per-page: per-page lines (id, P, R, F1) on stderr.
// --dump DIR: writes DIR/<id>.pred and DIR/<id>.gold for error analysis.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "ingest/extraction_eval.h"
#include "ingest/html_reader.h"
#include "simdjson.h"

namespace {

int Dump(const char* path, const std::string& dir) {
  std::ifstream in(path, std::ios::binary);
  simdjson::dom::parser parser;
  std::string line;
  while (std::getline(in, line)) {
    simdjson::padded_string padded(line);
    simdjson::dom::object obj;
    std::string_view id, url, html, body;
    if (parser.parse(padded).get_object().get(obj) != simdjson::SUCCESS ||
        obj["id"].get_string().get(id) != simdjson::SUCCESS ||
        obj["html"].get_string().get(html) != simdjson::SUCCESS ||
        obj["body"].get_string().get(body) != simdjson::SUCCESS)
      continue;
    if (obj["url"].get_string().get(url) != simdjson::SUCCESS) url = {};
    auto article = qtrack::ParseHtmlArticle(html, url);
    std::ofstream(dir + "/" + std::string(id) + ".pred")
        << (article.ok() ? article->title + "\n=====\n" + article->text : "ERROR");
    std::ofstream(dir + "/" + std::string(id) + ".gold") << body;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE.jsonl [--per-page] [--dump DIR]\n", argv[0]);
    return 2;
  }
  if (std::strcmp(argv[1], "--html") == 0 && argc > 2) {  // debugging: one page
    std::ifstream in(argv[2], std::ios::binary);
    std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto a = qtrack::ParseHtmlArticle(html, argc > 3 ? argv[3] : "");
    if (!a.ok()) return 1;
    std::printf("title: %s\nurl: %s\noutlet: %s\nbyline: %s\npublished: %s\nlanguage: %s\n\n%s\n",
                a->title.c_str(), a->url.c_str(), a->outlet.c_str(), a->byline.c_str(),
                a->published.c_str(), a->language.c_str(), a->text.c_str());
    return 0;
  }
  bool per_page = false;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--per-page") == 0) per_page = true;
    if (std::strcmp(argv[i], "--dump") == 0 && i + 1 < argc) return Dump(argv[1], argv[i + 1]);
  }
  auto score = qtrack::ScoreExtractionFile(argv[1], per_page ? &std::cerr : nullptr);
  if (!score.ok()) {
    std::fprintf(stderr, "%s\n", std::string(score.status().message()).c_str());
    return 1;
  }
  double secs = score->extract_seconds;
  std::printf("pages %zu  F1 %.3f  P %.3f  R %.3f  accuracy %.3f\n", score->pages, score->f1,
              score->precision, score->recall, score->accuracy);
  std::printf("extraction: %.2f ms/page, %.0f pages/s, %.1f MB/s (%.1f MB of HTML)\n",
              secs > 0 ? 1000 * secs / score->pages : 0.0,
              secs > 0 ? score->pages / secs : 0.0, secs > 0 ? score->html_bytes / secs / 1e6 : 0.0,
              score->html_bytes / 1e6);
  return 0;
}
