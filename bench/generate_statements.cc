// generate_statements: builds a large qtrack database for the latency and
// scale benchmarks, composed from real material so the index has natural
// term statistics — not copies of one record.
//
//   generate_statements --corpus DIR --db OUT --statements 1000000 [--seed 1]
//
// Statement texts are sentences of the plain-text articles under DIR (the
// BBC corpus), each optionally spliced with the second half of another
// sentence so texts do not repeat; about 3% of statements are re-carried by
// other outlets (occurrences) as wire copy is. Speakers are composed from
// first-name and surname lists (including shared surnames, so namesakes
// exist), with roles; outlets, conduits and dates (two years) vary.
#include <dirent.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "claims/store.h"

namespace qtrack {
namespace {

constexpr const char* kFirst[] = {
    "Dmitry", "Sergey", "Maria", "Olena", "Andrii", "Kaja", "Maia", "Steve", "Donald", "Melania",
    "Volodymyr", "Vladimir", "Anna", "Ivan", "Oleksandr", "Yulia", "Petro", "Mark", "Ursula",
    "Emmanuel", "Olaf", "Keir", "Giorgia", "Antony", "Marco", "Kirill", "Alexei", "Natalia",
    "Viktor", "Iryna", "Denys", "Mykhailo", "Rustem", "Kyrylo", "Valerii", "Tetiana", "Jens",
    "Josep", "Robert", "Karin"};
constexpr const char* kLast[] = {
    "Peskov", "Lavrov", "Zakharova", "Sybiha", "Kallas", "Sandu", "Witkoff", "Trump", "Zelensky",
    "Putin", "Kuleba", "Yermak", "Podolyak", "Rutte", "Leyen", "Macron", "Scholz", "Starmer",
    "Meloni", "Blinken", "Rubio", "Dmitriev", "Navalny", "Shmyhal", "Budanov", "Umerov",
    "Syrskyi", "Zaluzhnyi", "Stoltenberg", "Borrell", "Fico", "Orban", "Medvedev", "Shoigu",
    "Gerasimov", "Belousov", "Nebenzya", "Ushakov", "Klitschko", "Stefanchuk", "Kim", "Smith",
    "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Clark", "Lewis"};
constexpr const char* kRoles[] = {
    "spokesperson", "foreign minister", "defence minister", "president", "prime minister",
    "envoy", "ambassador", "analyst", "governor", "mayor", "MP", "general", "adviser", ""};
constexpr const char* kConduits[] = {"", "", "", "", "TASS", "Reuters", "AP", "RIA Novosti",
                                     "Interfax", "Ukrinform", "AFP", "Bloomberg"};
constexpr const char* kKinds[] = {"direct", "mixed", "indirect", "claim"};

std::vector<std::string> LoadSentences(const std::string& dir) {
  std::vector<std::string> sentences;
  std::vector<std::string> stack = {dir};
  while (!stack.empty()) {
    std::string path = stack.back();
    stack.pop_back();
    DIR* d = opendir(path.c_str());
    if (!d) {
      std::ifstream in(path);
      std::stringstream text;
      text << in.rdbuf();
      std::string s = text.str();
      size_t start = 0;
      for (size_t i = 0; i + 1 < s.size(); ++i) {
        if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && (s[i + 1] == ' ' || s[i + 1] == '\n')) {
          std::string sentence = s.substr(start, i + 1 - start);
          for (char& c : sentence)
            if (c == '\n') c = ' ';
          size_t b = sentence.find_first_not_of(' ');
          if (b != std::string::npos) sentence = sentence.substr(b);
          if (sentence.size() > 40 && sentence.size() < 400) sentences.push_back(sentence);
          start = i + 2;
        }
      }
      continue;
    }
    while (dirent* e = readdir(d)) {
      if (e->d_name[0] == '.') continue;
      stack.push_back(path + "/" + e->d_name);
    }
    closedir(d);
  }
  return sentences;
}

int Run(int argc, char** argv) {
  std::string corpus, db;
  size_t total = 1000000;
  unsigned seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--corpus") corpus = argv[i + 1];
    else if (flag == "--db") db = argv[i + 1];
    else if (flag == "--statements") total = std::stoull(argv[i + 1]);
    else if (flag == "--seed") seed = std::stoul(argv[i + 1]);
  }
  if (corpus.empty() || db.empty()) {
    std::cerr << "usage: generate_statements --corpus DIR --db OUT [--statements N] [--seed S]\n";
    return 2;
  }
  std::vector<std::string> sentences = LoadSentences(corpus);
  if (sentences.empty()) {
    std::cerr << corpus << ": no sentences found\n";
    return 3;
  }
  StoreOptions options;
  options.batch_articles = 5000;
  // The database is for read latency; linking a million statements would
  // measure the matcher, which the bench script does separately.
  options.link = false;
  auto store = Store::OpenForWriting(db, options);
  if (!store.ok()) {
    std::cerr << store.status() << "\n";
    return 3;
  }
  std::mt19937_64 rng(seed);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  const size_t speakers = 5000;
  std::vector<std::pair<std::string, std::string>> speaker_names;  // name, role
  for (size_t i = 0; i < speakers; ++i) {
    std::string name = absl::StrCat(kFirst[pick(std::size(kFirst))], " ",
                                    kLast[pick(std::size(kLast))]);
    if (i >= std::size(kFirst) * 4) absl::StrAppend(&name, " ", absl::StrFormat("%c.", 'A' + pick(26)));
    speaker_names.emplace_back(name, kRoles[pick(std::size(kRoles))]);
  }
  size_t made = 0, article_no = 0;
  std::vector<Quote> recent;  // re-carried by other outlets now and then
  while (made < total) {
    Article article;
    article.id = absl::StrCat("gen-", seed, "-", article_no);
    const size_t outlet = pick(300);
    article.outlet = absl::StrCat("outlet", outlet, ".example");
    article.url = absl::StrCat("https://", article.outlet, "/a/", article_no);
    article.title = sentences[pick(sentences.size())].substr(0, 80);
    const int day = static_cast<int>(pick(730));
    article.published = absl::StrFormat("%04d-%02d-%02d", 2024 + day / 365, 1 + (day % 365) / 31,
                                        1 + (day % 365) % 31 % 28);
    article.language = "en";
    std::vector<Quote> quotes;
    for (int q = 0; q < 10 && made < total; ++q) {
      if (!recent.empty() && pick(100) < 3) {
        quotes.push_back(recent[pick(recent.size())]);  // wire copy
        continue;
      }
      Quote quote;
      const auto& [name, role] = speaker_names[pick(std::min(speakers, 50 + made / 20))];
      quote.speaker = name;
      quote.speaker_role = role;
      quote.kind = static_cast<StatementKind>(pick(4));
      quote.via = kConduits[pick(std::size(kConduits))];
      quote.text = sentences[pick(sentences.size())];
      if (pick(2)) {
        const std::string& other = sentences[pick(sentences.size())];
        size_t half = other.find(' ', other.size() / 2);
        if (half != std::string::npos) {
          quote.text.pop_back();
          absl::StrAppend(&quote.text, ", and", other.substr(half));
        }
      }
      quote.said_on = article.published;
      quote.confidence = 0.9;
      quotes.push_back(quote);
      if (recent.size() < 1000) recent.push_back(quote);
      else recent[pick(recent.size())] = quote;
      ++made;
    }
    auto added = (*store)->AddArticle(article, quotes);
    if (!added.ok()) {
      std::cerr << added.status() << "\n";
      return 3;
    }
    if (++article_no % 10000 == 0) std::cerr << "\r" << made << " statements" << std::flush;
  }
  absl::Status s = (*store)->Commit();
  if (!s.ok()) {
    std::cerr << s << "\n";
    return 3;
  }
  std::cerr << "\r" << made << " statements in " << article_no << " articles\n";
  (void)kKinds;
  return 0;
}

}  // namespace
}  // namespace qtrack

int main(int argc, char** argv) { return qtrack::Run(argc, argv); }
