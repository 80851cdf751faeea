// qtrack articles: print parsed articles so ingest can be inspected.
#include <iostream>

#include "cli/article_input.h"
#include "cli/cli.h"
#include "common/json_writer.h"

namespace qtrack::cli {
namespace {

void WriteArticleJson(const Article& a, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("id"); w.String(a.id);
  w.Key("url"); w.StringOrNull(a.url);
  w.Key("outlet"); w.StringOrNull(a.outlet);
  w.Key("title"); w.StringOrNull(a.title);
  w.Key("byline"); w.StringOrNull(a.byline);
  w.Key("published"); w.StringOrNull(a.published);
  w.Key("language"); w.StringOrNull(a.language);
  w.Key("paragraphs");
  w.BeginArray();
  for (size_t i = 0; i < a.paragraphs.size(); ++i) w.String(a.paragraph_text(i));
  w.EndArray();
  w.EndObject();
  out->push_back('\n');
}

void WriteArticleText(const Article& a, std::string* out) {
  out->append(a.title.empty() ? "(untitled)" : a.title);
  out->append("\n  id: " + a.id);
  if (!a.outlet.empty()) out->append("\n  outlet: " + a.outlet);
  if (!a.published.empty()) out->append("\n  published: " + a.published);
  if (!a.byline.empty()) out->append("\n  byline: " + a.byline);
  if (!a.url.empty()) out->append("\n  url: " + a.url);
  out->append("\n");
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    out->append("  | ");
    out->append(a.paragraph_text(i));
    out->append("\n");
  }
  out->append("\n");
}

}  // namespace

void RegisterArticles(CLI::App& app, Cli& cli) {
  struct Options {
    std::vector<std::string> paths;
    std::string input_format;
  };
  auto options = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "articles", "print the parsed articles (metadata and paragraphs) of FILE...");
  cmd->add_option("paths", options->paths, "files or directories; - for stdin");
  AddInputFormatOption(cmd, &options->input_format);
  cmd->callback([&cli, options] {
    OutputFormat format;
    if (!cli.ResolveFormat(OutputFormat::kText, &format)) return;
    InputCounts counts;
    std::string out;
    ReadArticles(cli, options->paths, options->input_format, [&](Article&& a) {
      out.clear();
      if (format == OutputFormat::kText) WriteArticleText(a, &out);
      else WriteArticleJson(a, &out);
      std::cout << out;
    }, &counts);
  });
}

}  // namespace qtrack::cli
